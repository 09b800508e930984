import Foundation
import GRDB

/// What `kbctl merge` did with each shard.
public struct MergeReport: Sendable {
    /// One shard: its path, the documents copied, the documents the output already had.
    public struct Shard: Sendable {
        public var path: String
        public var added = 0
        public var present = 0
    }

    public var shards: [Shard] = []

    /// One summary line for the end of a run.
    public var summary: String {
        let added = shards.reduce(0) { $0 + $1.added }, present = shards.reduce(0) { $0 + $1.present }
        return "\(shards.count) shard(s) merged: \(added) document(s) added, \(present) already in the database."
    }
}

/// Folds shard databases (each built by `kbctl ingest`, anywhere) into one. Documents are the same
/// by sha256 and entities by (name, type), the columns the stable keys are made of; row ids are
/// each file's own and are remapped. One transaction per shard: a shard is merged whole or not at all.
public enum Merger {
    /// The tables copied for each new document, in foreign-key order, with the expression that names
    /// the row's document (a mention's is its sentence's: migration 0009) and the join it needs.
    static let documentTables: [(table: String, document: String, join: String)] = [
        ("documents", "s.id", ""), ("sentences", "s.document_id", ""),
        ("mentions", "t.document_id", " JOIN shard.sentences t ON t.id = s.sentence_id"),
        ("statements", "s.document_id", ""), ("relations", "s.document_id", ""), ("roles", "s.document_id", ""),
    ]

    /// Merges `shards` into the database at `outPath` (created if missing). Every shard is checked
    /// first (a kbctl database of this schema and of the output's lexicon version), so a refused
    /// shard changes nothing. Merging a shard again adds nothing.
    public static func merge(into outPath: String, shards: [String], progress: ((Int, Int, String) -> Void)? = nil) throws -> MergeReport {
        guard !shards.isEmpty else { throw KBError.badArgument("Name at least one shard database to merge into '\(outPath)'.") }
        let versions = try shards.map { try shardVersion($0, outPath: outPath) }
        let queue = try KBDatabase.openForWriting(path: outPath)
        try queue.write { db in
            let recorded = try KBDatabase.lexiconVersion(db)
            let documents = try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0
            if recorded == nil && documents > 0 {
                throw KBError.badArgument("'\(outPath)' holds articles but records no lexicon version (made before kbctl recorded one), so shards cannot be checked against it. "
                    + "Run 'kbctl reextract --db \(outPath)' once to record this kbctl's, or merge into a new --db.")
            }
            let expected = recorded ?? versions[0]
            for (shard, version) in zip(shards, versions) where version != expected {
                throw KBError.badArgument("'\(shard)' was extracted with lexicon version \(version), '\(outPath)' with \(expected): "
                    + "the same article would give other entities and rows. Nothing was merged. Ingest the shard's articles again with "
                    + "the kbctl and lexicons of the others (or 'kbctl reextract --db \(shard)'), then merge.")
            }
            try KBDatabase.recordLexiconVersion(db, expected)
        }
        var report = MergeReport()
        for (n, shard) in shards.enumerated() {
            progress?(n + 1, shards.count, shard)
            report.shards.append(try mergeOne(shard, into: queue))
        }
        return report
    }

    /// Checks that `path` is a kbctl database of this schema, other than the output, and returns
    /// its lexicon version.
    static func shardVersion(_ path: String, outPath: String) throws -> String {
        var a = stat(), b = stat()
        if stat(path, &a) == 0, stat(outPath, &b) == 0, a.st_dev == b.st_dev, a.st_ino == b.st_ino {
            throw KBError.badArgument("'\(path)' is the output database itself; name the shards and a different --db to merge them into.")
        }
        // Refuses another program's file, a damaged one, and one of an older or newer schema.
        let queue = try KBDatabase.openForReading(path: path)
        guard let version = try queue.read({ try KBDatabase.lexiconVersion($0) }) else {
            throw KBError.badArgument("'\(path)' records no lexicon version (made before kbctl recorded one), so it cannot be checked against the other shards. "
                + "Nothing was merged. Run 'kbctl reextract --db \(path)' once to record this kbctl's, then merge.")
        }
        return version
    }

    /// Copies the documents of `path` that the output lacks, with all their rows, in one transaction.
    static func mergeOne(_ path: String, into queue: DatabaseQueue) throws -> MergeReport.Shard {
        var result = MergeReport.Shard(path: path)
        try queue.writeWithoutTransaction { db in
            // Only SELECTs read the shard. Attached read-write where it may be: a read-only connection
            // to a WAL file cannot remove the -wal and -shm files it makes when it closes.
            let folder = (path as NSString).deletingLastPathComponent
            let writable = access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
            try db.execute(sql: "ATTACH DATABASE ? AS shard", arguments: [writable ? path : KBDatabase.readOnlyURI(path)])
            defer { try? db.execute(sql: "DETACH DATABASE shard") }
            try db.inTransaction(.immediate) {
                result.added = try copyNewDocuments(db)
                result.present = (try Int.fetchOne(db, sql: "SELECT count(*) FROM shard.documents") ?? 0) - result.added
                return .commit
            }
        }
        return result
    }

    /// The attached shard's new documents and their rows, ids shifted past the output's own so that
    /// rows keep their order (the stable keys count rows in id order); entities mapped by name and type.
    static func copyNewDocuments(_ db: Database) throws -> Int {
        try db.execute(sql: """
            CREATE TEMP TABLE merge_documents (old INTEGER PRIMARY KEY, new INTEGER NOT NULL);
            CREATE TEMP TABLE merge_entities (old INTEGER PRIMARY KEY, new INTEGER NOT NULL);
            """)
        defer { try? db.execute(sql: "DROP TABLE temp.merge_documents; DROP TABLE temp.merge_entities") }
        var offsets: [String: Int64] = [:]
        for (table, _, _) in documentTables {
            offsets[table] = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM main.\(table)") ?? 0
        }
        try db.execute(sql: """
            INSERT INTO temp.merge_documents (old, new)
            SELECT s.id, s.id + ? FROM shard.documents s WHERE NOT EXISTS (SELECT 1 FROM main.documents d WHERE d.sha256 = s.sha256)
            """, arguments: [offsets["documents"]])
        let added = db.changesCount
        if added == 0 { return 0 }
        try db.execute(sql: """
            INSERT INTO main.entities (name, type) SELECT name, type FROM shard.entities ORDER BY id ON CONFLICT (name, type) DO NOTHING;
            INSERT INTO temp.merge_entities (old, new)
            SELECT s.id, m.id FROM shard.entities s JOIN main.entities m ON m.name = s.name AND m.type = s.type;
            INSERT OR IGNORE INTO main.aliases (entity_id, alias)
            SELECT e.new, a.alias FROM shard.aliases a JOIN temp.merge_entities e ON e.old = a.entity_id;
            """)
        for (table, document, join) in documentTables {
            let columns = try db.columns(in: table, in: "main").map(\.name)
            let values = columns.map { copiedValue($0, table: table, offsets: offsets) }.joined(separator: ", ")
            // The sentence triggers add each copied sentence to the full-text index, as an ingest does.
            try db.execute(sql: """
                INSERT INTO main.\(table) (\(columns.joined(separator: ", ")))
                SELECT \(values) FROM shard.\(table) s\(join) JOIN temp.merge_documents d ON d.old = \(document) ORDER BY s.id
                """)
        }
        // The copied relations and roles join their groups, and the copied documents' mentions are
        // added to the entity counts, as a writer adds them.
        try RowGroups.add(db, after: (offsets["relations"]!, offsets["roles"]!))
        try db.execute(sql: """
            INSERT INTO main.entity_counts (entity_id, mentions, documents)
            SELECT e.new, count(*), count(DISTINCT t.document_id)
            FROM shard.mentions m JOIN shard.sentences t ON t.id = m.sentence_id
            JOIN temp.merge_documents d ON d.old = t.document_id JOIN temp.merge_entities e ON e.old = m.entity_id
            WHERE true GROUP BY e.new
            ON CONFLICT (entity_id) DO UPDATE SET mentions = mentions + excluded.mentions, documents = documents + excluded.documents
            """)
        return added
    }

    /// The expression giving a shard row's `column` in the output: ids shifted by their table's
    /// offset, entities mapped, everything else as it is (so columns later migrations add are copied).
    static func copiedValue(_ column: String, table: String, offsets: [String: Int64]) -> String {
        switch column {
        case "id": return table == "documents" ? "d.new" : "s.id + \(offsets[table]!)"
        case "document_id": return "d.new"
        case "sentence_id": return "s.sentence_id + \(offsets["sentences"]!)"
        case "statement_id": return "s.statement_id + \(offsets["statements"]!)"
        case _ where column.hasSuffix("entity_id"):
            return "(SELECT e.new FROM temp.merge_entities e WHERE e.old = s.\(column))"
        default: return "s.\(column)"
        }
    }
}
