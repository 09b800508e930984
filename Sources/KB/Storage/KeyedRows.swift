import Foundation
import GRDB

/// The contract views' rows by stable key, without what is each database's own (row ids,
/// `ingested_at`): two databases hold the same knowledge exactly when their lists are equal, however
/// they were built (one ingest, shards merged, another order). For tests and for checking a merge.
public enum KeyedRows {
    /// The views compared; v_threats is a subset of v_relations.
    static let views = ["v_documents", "v_sentences", "v_entities", "v_aliases", "v_mentions", "v_statements", "v_relations", "v_roles"]

    /// One line per row, "view<TAB>value<TAB>…", sorted.
    public static func lines(dbPath: String) throws -> [String] {
        try KBDatabase.openForReading(path: dbPath).read { db in
            var lines: [String] = []
            for view in views {
                let columns = try db.columns(in: view).map(\.name).filter { !$0.hasSuffix("_id") && $0 != "ingested_at" }
                let rows = try Row.fetchCursor(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \(view)")
                while let row = try rows.next() {
                    lines.append(([view] + row.databaseValues.map(\.description)).joined(separator: "\t"))
                }
            }
            return lines.sorted()
        }
    }
}
