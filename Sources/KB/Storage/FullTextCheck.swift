import Foundation
import GRDB

/// FTS5's own check that the full-text index matches the sentences it was built from, run
/// without writing to the database.
///
/// FTS5 runs its 'integrity-check' as an INSERT command: on the database itself it needs the
/// write lock, so it failed (or would wait) while an ingest ran, and `kbctl check` was not
/// read-only. Instead the index's tables and the sentences are copied, inside the caller's read
/// transaction (one snapshot), into a scratch file where the command runs; the file is then deleted.
/// The copy is linear in the size of the index and the sentences.
enum FullTextCheck {
    static let shadowTables = ["sentences_fts_data", "sentences_fts_idx", "sentences_fts_docsize", "sentences_fts_config"]

    /// nil when the index matches the sentences, else what is wrong.
    static func run(_ source: Database) throws -> String? {
        guard let ddl = try String.fetchOne(source, sql: "SELECT sql FROM sqlite_master WHERE name = 'sentences_fts'") else {
            return "the full-text table sentences_fts is missing"
        }
        let path = NSTemporaryDirectory() + "kbctl-fts-check-\(UUID().uuidString).db"
        defer { for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try copy(from: source, ddl: ddl, to: path)
        // A new connection, so that FTS5 reads the copied index rather than what it cached when created.
        let scratch = try DatabaseQueue(path: path)
        do {
            try scratch.writeWithoutTransaction { db in
                try db.execute(sql: "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
            }
            return nil
        } catch let e as DatabaseError where e.resultCode == .SQLITE_CORRUPT {
            return "the index does not match the sentences (\(e.message ?? "corrupt")); re-ingest with --force or into a new --db"
        }
    }

    /// The sentences (id, text) and the index's shadow tables, copied row for row.
    static func copy(from source: Database, ddl: String, to path: String) throws {
        let scratch = try DatabaseQueue(path: path)
        try scratch.writeWithoutTransaction { db in
            // A scratch file: no journal, no syncs.
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            try db.inTransaction {
                try db.execute(sql: "CREATE TABLE sentences (id INTEGER PRIMARY KEY, text TEXT)")
                try db.execute(sql: ddl)
                try copyRows(from: source, select: "SELECT id, text FROM sentences", to: db, insert: "INSERT INTO sentences (id, text) VALUES (?, ?)")
                for table in shadowTables {
                    let count = try source.columns(in: table).count
                    try db.execute(sql: "DELETE FROM \(table)")
                    let marks = Array(repeating: "?", count: count).joined(separator: ", ")
                    try copyRows(from: source, select: "SELECT * FROM \(table)", to: db, insert: "INSERT INTO \(table) VALUES (\(marks))")
                }
                return .commit
            }
        }
    }

    static func copyRows(from source: Database, select: String, to target: Database, insert: String) throws {
        let statement = try target.makeStatement(sql: insert)
        let rows = try Row.fetchCursor(source, sql: select)
        while let row = try rows.next() {
            try statement.execute(arguments: StatementArguments(row.databaseValues))
        }
    }
}
