import Foundation
import GRDB

/// Telling a kbctl database from every other SQLite file, before anything is written to it.
extension KBDatabase {
    /// The columns of kbctl's tables as migration 0001 made them: a file holding these tables with
    /// at least these columns, and kbctl's first migration, is kbctl's (files from before 0003 have
    /// no application id). Tables only gain columns in later migrations, except where noted.
    static let signature: [(table: String, columns: [String])] = [
        ("documents", ["id", "source", "format", "title", "author", "published", "sha256", "ingested_at", "text"]),
        ("sentences", ["id", "document_id", "ordinal", "paragraph", "char_start", "char_end", "text"]),
        ("sentences_fts", ["text"]),
        ("entities", ["id", "name", "type"]),
        ("aliases", ["entity_id", "alias"]),
        // Migration 0009 dropped mentions.document_id (a mention's document is its sentence's).
        ("mentions", ["id", "entity_id", "sentence_id", "char_start", "char_end", "surface", "method"]),
        ("statements", ["id", "document_id", "sentence_id", "speaker_entity_id", "speaker_text", "cue", "content", "quote", "kind",
                        "char_start", "char_end"]),
        ("relations", ["id", "document_id", "sentence_id", "subject_entity_id", "subject_text", "predicate", "object_entity_id",
                       "object_text", "polarity", "modality", "source_entity_id", "source_text", "statement_id", "cameo", "trigger"]),
        ("roles", ["id", "document_id", "sentence_id", "person_entity_id", "role", "organization_entity_id"]),
    ]

    /// The migrations applied to a kbctl database, or nil for a file with nothing in it yet (a new
    /// file, or one an ingest created and was stopped in before its first commit). Throws `notKB`
    /// for another program's database, `newerSchema` for a newer kbctl's. Only reads.
    static func identify(_ db: Database, path: String) throws -> [String]? {
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let objects = try Row.fetchAll(db, sql: "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
        let tables = Set(objects.filter { $0["type"] as String == "table" }.map { $0["name"] as String })
        if appID != 0 && appID != applicationID {
            throw KBError.notKB(path: path, reason: String(format: "its application id is 0x%08X; kbctl's is 0x%08X ('KBCT')", appID, applicationID))
        }
        if objects.isEmpty {
            let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            // kbctl sets its id in the transaction that creates its tables: an id and no tables is not ours.
            if appID == 0 && userVersion == 0 { return nil }
            throw KBError.notKB(path: path, reason: "it has an application id or version but no tables")
        }
        guard tables.contains("grdb_migrations") else {
            if tables.isEmpty { throw KBError.notKB(path: path, reason: "it holds only views, indexes or triggers, and no kbctl tables") }
            throw KBError.notKB(path: path, reason: "it has tables of its own (\(tables.sorted().prefix(5).joined(separator: ", "))) and no kbctl migrations")
        }
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        guard applied.first == migrationNames.first else {
            // kbctl creates its migrations table and its first migration in one transaction.
            if applied.isEmpty {
                throw KBError.notKB(path: path, reason: "its migrations table is empty: another GRDB application's file (or one an earlier kbctl was stopped in while creating it: then delete it)")
            }
            throw KBError.notKB(path: path, reason: "its migrations (\(applied.prefix(3).joined(separator: ", "))) are another application's")
        }
        for (table, columns) in signature {
            guard tables.contains(table) else {
                throw KBError.notKB(path: path, reason: "it records kbctl's migrations but has no table '\(table)'")
            }
            let have = Set(try db.columns(in: table).map(\.name))
            let missing = columns.filter { !have.contains($0) }
            if !missing.isEmpty {
                throw KBError.notKB(path: path, reason: "its table '\(table)' lacks kbctl's columns \(missing.joined(separator: ", "))")
            }
        }
        let unknown = applied.filter { !migrationNames.contains($0) }
        if !unknown.isEmpty {
            // A newer kbctl sets the application id (0003 onwards): another GRDB application whose
            // migrations merely start with a name like ours is not "a newer kbctl".
            guard appID == applicationID else {
                throw KBError.notKB(path: path, reason: "its migrations (\(unknown.prefix(3).joined(separator: ", "))) are not kbctl's and it has no kbctl application id")
            }
            throw KBError.newerSchema(path: path, migrations: unknown)
        }
        return applied
    }

    /// Identifies the file, then runs `PRAGMA quick_check`, through reads: a foreign or damaged file is
    /// refused before anything writes to it. Linear in the file's size, and cheaper than
    /// `integrity_check` (which `kbctl check` runs). `wholeFile` false (a file exactly as kbctl's
    /// last writer left it, `VerifiedFiles`) identifies it only.
    static func verify(_ queue: DatabaseQueue, path: String, wholeFile: Bool = true) throws {
        try queue.read { db in
            _ = try identify(db, path: path)
            guard wholeFile else { return }
            let findings = try String.fetchAll(db, sql: "PRAGMA quick_check(5)")
            if findings != ["ok"] { throw KBError.damaged(path: path, detail: findings.joined(separator: "; ")) }
        }
    }
}
