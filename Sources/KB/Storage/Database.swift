import Foundation
import GRDB

/// Opens a kbctl database file: creates and migrates it for writers, refuses what is not a kbctl
/// database (or one from a newer kbctl) without touching it, and opens read-only for readers.
public enum KBDatabase {
    /// Migration names, in order, from `Migrations/*.sql` compiled into the binary.
    public static var migrationNames: [String] { Embedded.migrations.map { String($0.name.dropLast(4)) } }

    static func migrator() -> DatabaseMigrator {
        var m = DatabaseMigrator()
        for (name, sql) in Embedded.migrations {
            m.registerMigration(String(name.dropLast(4))) { db in try db.execute(sql: sql) }
        }
        return m
    }

    /// A connection for ingesting: WAL, foreign keys, a busy timeout, migrated to the latest schema.
    public static func openForWriting(path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty, !FileManager.default.fileExists(atPath: dir) {
            throw KBError.cannotOpen(path: path, reason: "the folder '\(dir)' does not exist")
        }
        let queue: DatabaseQueue
        do { queue = try DatabaseQueue(path: path, configuration: config) } catch {
            throw KBError.cannotOpen(path: path, reason: describe(error))
        }
        do {
            try checkIsKB(queue, path: path, allowEmpty: true)
            try migrator().migrate(queue)
        } catch let e as KBError { throw e } catch {
            throw KBError.cannotOpen(path: path, reason: describe(error))
        }
        return queue
    }

    /// A connection that only reads; the file must exist and be a kbctl database this kbctl knows.
    public static func openForReading(path: String) throws -> DatabaseQueue {
        let fm = FileManager.default
        guard fm.fileExists(atPath: path) else { throw KBError.noDatabase(path: path) }
        var config = Configuration()
        config.busyMode = .timeout(30)
        let dir = (path as NSString).deletingLastPathComponent
        if fm.isWritableFile(atPath: path), fm.isWritableFile(atPath: dir.isEmpty ? "." : dir) {
            // Read-write, but held to reading: after a crash the first reader must be able to
            // recover the write-ahead log, which a read-only connection cannot do.
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = 1") }
        } else {
            config.readonly = true
        }
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try checkIsKB(queue, path: path, allowEmpty: false)
            return queue
        } catch let e as KBError { throw e } catch let e as DatabaseError where isReadOnlyFailure(e) {
            // A WAL database in a folder this user cannot write (an archive, a read-only mount) cannot
            // get its shared-memory file; opened as immutable, SQLite reads it without one.
            do {
                config.readonly = true
                let queue = try DatabaseQueue(path: immutableURI(path), configuration: config)
                try checkIsKB(queue, path: path, allowEmpty: false)
                return queue
            } catch let e as KBError { throw e } catch {
                throw KBError.cannotOpen(path: path, reason: describe(e))
            }
        } catch {
            throw KBError.cannotOpen(path: path, reason: describe(error))
        }
    }

    static func isReadOnlyFailure(_ e: DatabaseError) -> Bool {
        e.resultCode == .SQLITE_CANTOPEN || e.resultCode == .SQLITE_READONLY
    }

    /// An SQLite URI that opens `path` read-only without locks or a shared-memory file.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
        return "file:\(escaped)?immutable=1"
    }

    /// Refuses a file that holds other tables than kbctl's, or migrations this kbctl does not know.
    static func checkIsKB(_ queue: DatabaseQueue, path: String, allowEmpty: Bool) throws {
        try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            if tables.isEmpty {
                if allowEmpty { return }
                throw KBError.emptyDatabase(path: path)
            }
            guard tables.contains("grdb_migrations") else { throw KBError.notKB(path: path) }
            let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            let unknown = applied.filter { !migrationNames.contains($0) }
            if !unknown.isEmpty { throw KBError.newerSchema(path: path, migrations: unknown) }
            if allowEmpty { return }
            // An ingest killed while it created the schema leaves the migrations table and nothing else.
            if applied.isEmpty { throw KBError.emptyDatabase(path: path) }
            let missing = migrationNames.filter { !applied.contains($0) }
            if !missing.isEmpty { throw KBError.olderSchema(path: path, migrations: missing) }
        }
    }

    /// What went wrong, when `error` comes from SQLite itself (a corrupt page met mid-query, a full disk).
    public static func sqliteFailure(_ error: Error) -> String? {
        error is DatabaseError ? describe(error) : nil
    }

    /// A sentence a user can act on for an SQLite error.
    public static func describe(_ error: Error) -> String {
        if let e = error as? DatabaseError {
            switch e.resultCode {
            case .SQLITE_NOTADB: return "the file is not an SQLite database"
            case .SQLITE_CORRUPT: return "the database file is corrupt"
            case .SQLITE_READONLY: return "the file or its folder is read-only"
            case .SQLITE_CANTOPEN: return "the file cannot be opened (missing, or no permission)"
            case .SQLITE_BUSY: return "another kbctl holds the database; try again when it has finished"
            case .SQLITE_FULL: return "the disk is full"
            case .SQLITE_IOERR: return "a read or write error from the disk (\(e.message ?? "I/O error"))"
            default: return (e.message ?? "\(e.resultCode)").trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            }
        }
        return "\(error)"
    }
}

/// Errors a user can act on; each says what was wrong, with what, and what to do.
public enum KBError: Error, CustomStringConvertible, Equatable {
    case noDatabase(path: String)
    case notKB(path: String)
    case emptyDatabase(path: String)
    case olderSchema(path: String, migrations: [String])
    case newerSchema(path: String, migrations: [String])
    case cannotOpen(path: String, reason: String)
    case readOnlySQL(statement: String)
    case badSQL(message: String)
    case unknownQuestion(question: String, suggestions: [String])
    case unknownEntity(name: String, suggestions: [String])
    case badArgument(String)

    public var description: String {
        switch self {
        case let .noDatabase(path):
            return "No database at '\(path)'. Create one with 'kbctl ingest --db \(path) FILE…', or point --db (or KB_DB) at an existing one."
        case let .notKB(path):
            return "'\(path)' is not a kbctl database (it has other tables and no kbctl migrations). Nothing was changed; pass another --db path."
        case let .emptyDatabase(path):
            return "'\(path)' holds no kbctl tables yet (a new file, or an ingest stopped before it created them). Run 'kbctl ingest --db \(path) FILE…'."
        case let .olderSchema(path, migrations):
            return "'\(path)' needs migrations this kbctl has and it lacks (\(migrations.joined(separator: ", "))). Run 'kbctl ingest --db \(path) FILE…' once to bring it up to date."
        case let .newerSchema(path, migrations):
            return "'\(path)' was written by a newer kbctl (unknown migrations: \(migrations.joined(separator: ", "))). Nothing was changed; upgrade kbctl to use it."
        case let .cannotOpen(path, reason):
            return "Cannot open '\(path)': \(reason)."
        case let .readOnlySQL(statement):
            return "'kbctl sql' only reads, and this statement would write or change the connection: \(statement.prefix(80)). Use SELECT (or WITH … SELECT)."
        case let .badSQL(message):
            return "SQL error: \(message)"
        case let .unknownQuestion(question, suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean: \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
            return "Unknown question \"\(question)\".\(hint) 'kbctl query --list' shows every question with an example."
        case let .unknownEntity(name, suggestions):
            let hint = suggestions.isEmpty ? "" : " Closest names: \(suggestions.joined(separator: ", "))."
            return "No entity named \"\(name)\" in this database.\(hint)"
        case let .badArgument(message):
            return message
        }
    }
}
