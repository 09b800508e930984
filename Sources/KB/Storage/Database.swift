import Foundation
import GRDB

/// Opens a kbctl database file: creates and migrates it for writers, refuses what is not a kbctl
/// database, is damaged, or comes from a newer kbctl without touching it, and opens read-only for readers.
public enum KBDatabase {
    /// `PRAGMA application_id` of every kbctl database: 'KBCT' (set by migration 0003).
    public static let applicationID: Int32 = 0x4B42_4354

    /// Migration names, in order, from `Migrations/*.sql` compiled into the binary.
    public static var migrationNames: [String] { Embedded.migrations.map { String($0.name.dropLast(4)) } }

    /// A connection for ingesting: WAL, foreign keys, a busy timeout, migrated to the latest schema.
    ///
    /// An existing file is first identified and checked (`PRAGMA quick_check`) through a connection
    /// that changes nothing, not even the journal mode: a file that is not kbctl's, or is damaged, is
    /// refused byte for byte untouched. Only then is it migrated (under an exclusive lock, so that
    /// simultaneous first ingests take turns) and switched to WAL.
    public static func openForWriting(path: String) throws -> DatabaseQueue {
        _ = SQLiteSetup.applied
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty, !FileManager.default.fileExists(atPath: dir) {
            throw KBError.cannotOpen(path: path, reason: "the folder '\(dir)' does not exist")
        }
        var info = stat()
        let existed = stat(path, &info) == 0
        if existed {
            if info.st_mode & S_IFMT != S_IFREG { throw KBError.cannotOpen(path: path, reason: "it is not a regular file") }
            // Checked here, before SQLite opens the file read-only without a word and fails later.
            if access(path, W_OK) != 0 || access(dir.isEmpty ? "." : dir, W_OK) != 0 {
                throw KBError.cannotOpen(path: path, reason: "the file or its folder is read-only; 'kbctl query' and 'kbctl sql' can still read it")
            }
        }
        var checked = false
        // A file as kbctl's last writer left it was checked then, and nothing has written it since.
        let wholeFile = !VerifiedFiles.isUnchanged(path)
        if existed, info.st_size > 0 {
            // Identified and checked first through a read-only connection: it cannot write at all, not
            // even the checkpoint SQLite runs when the last connection to a WAL file closes. A log
            // left by a crash needs a writer to recover it; then the checks run on the writer below.
            var readOnly = Configuration()
            readOnly.readonly = true
            readOnly.busyMode = .timeout(30)
            do {
                try verify(try DatabaseQueue(path: path, configuration: readOnly), path: path, wholeFile: wholeFile)
                checked = true
            } catch let e as DatabaseError where isReadOnlyFailure(e) {
            } catch {
                throw refusal(error, path: path)
            }
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(30)
        // Connection settings only: nothing here may write to the file before it is identified.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        let queue: DatabaseQueue
        do { queue = try DatabaseQueue(path: path, configuration: config) } catch {
            throw refusal(error, path: path)
        }
        do {
            if existed, info.st_size > 0, !checked { try verify(queue, path: path, wholeFile: wholeFile) }
            try migrate(queue, path: path)
            try queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
        } catch {
            throw refusal(error, path: path)
        }
        return queue
    }

    /// A connection that only reads; the file must exist and be a kbctl database this kbctl knows.
    /// `setUp` runs on the connection as it opens (e.g. to install an authorizer).
    public static func openForReading(path: String, setUp: (@Sendable (Database) throws -> Void)? = nil) throws -> DatabaseQueue {
        _ = SQLiteSetup.applied
        let fm = FileManager.default
        guard fm.fileExists(atPath: path) else { throw KBError.noDatabase(path: path) }
        // A file that is not kbctl's is told through a read-only connection first: the connection
        // below may write (a checkpoint when it closes), which another program's file must not see.
        var readOnly = Configuration()
        readOnly.readonly = true
        readOnly.busyMode = .timeout(30)
        do { try checkReadable(try DatabaseQueue(path: path, configuration: readOnly), path: path) } catch let e as KBError {
            throw e
        } catch {
            // A log to recover, a folder without room for the shared-memory file: decided below.
        }
        var config = Configuration()
        config.busyMode = .timeout(30)
        let dir = (path as NSString).deletingLastPathComponent
        let writable = fm.isWritableFile(atPath: path) && fm.isWritableFile(atPath: dir.isEmpty ? "." : dir)
        config.prepareDatabase { db in
            // Read-write, but held to reading: after a crash the first reader must be able to
            // recover the write-ahead log, which a read-only connection cannot do.
            if writable { try db.execute(sql: "PRAGMA query_only = 1") }
            try setUp?(db)
        }
        config.readonly = !writable
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try checkReadable(queue, path: path)
            return queue
        } catch let e as KBError { throw e } catch let e as DatabaseError where isReadOnlyFailure(e) {
            // A WAL database in a folder this user cannot write (an archive, a read-only mount) cannot
            // get its shared-memory file; opened as immutable, SQLite reads it without one.
            do {
                config.readonly = true
                let queue = try DatabaseQueue(path: immutableURI(path), configuration: config)
                try checkReadable(queue, path: path)
                return queue
            } catch let e as KBError { throw e } catch {
                throw KBError.cannotOpen(path: path, reason: describe(e))
            }
        } catch {
            throw KBError.cannotOpen(path: path, reason: describe(error))
        }
    }

    /// Refuses a file readers cannot use: not kbctl's, empty, or lacking migrations.
    static func checkReadable(_ queue: DatabaseQueue, path: String) throws {
        try queue.read { db in
            guard let applied = try identify(db, path: path), !applied.isEmpty else { throw KBError.emptyDatabase(path: path) }
            let missing = migrationNames.filter { !applied.contains($0) }
            if !missing.isEmpty { throw KBError.olderSchema(path: path, migrations: missing) }
        }
    }

    static func isReadOnlyFailure(_ e: DatabaseError) -> Bool {
        e.resultCode == .SQLITE_CANTOPEN || e.resultCode == .SQLITE_READONLY
    }

    /// An SQLite URI that opens `path` read-only without locks or a shared-memory file.
    static func immutableURI(_ path: String) -> String { fileURI(path, query: "immutable=1") }

    /// An SQLite URI that opens `path` read-only (with the usual locks, so a writer may be at work).
    static func readOnlyURI(_ path: String) -> String { fileURI(path, query: "mode=ro") }

    static func fileURI(_ path: String, query: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? absolute
        return "file:\(escaped)?\(query)"
    }

    /// The error a writer reports for `error` met while opening or identifying `path`.
    static func refusal(_ error: Error, path: String) -> KBError {
        if let e = error as? KBError { return e }
        if let e = error as? DatabaseError, e.resultCode == .SQLITE_CORRUPT {
            return .damaged(path: path, detail: e.message ?? "database disk image is malformed")
        }
        return .cannotOpen(path: path, reason: describe(error))
    }

    /// A whole message for an SQLite failure met mid-command, with what to do; nil when `error`
    /// is not SQLite's. Only corruption is called damage: a full disk or a value over SQLite's
    /// size limit leave the database as it was.
    public static func failureMessage(_ error: Error) -> String? {
        guard let e = error as? DatabaseError else { return nil }
        switch e.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return "the database failed: \(describe(e)). 'kbctl check' shows what is damaged; restore it from a backup, or re-ingest the articles into a new --db."
        case .SQLITE_FULL:
            return "the disk is full, so SQLite could not write. The database is sound: documents already ingested are stored whole, the one being written was rolled back. Free some space and run the command again."
        case .SQLITE_TOOBIG:
            return "a value is larger than SQLite allows (\(e.message ?? "string or blob too big")). The database is sound; ask for less (a smaller value or a LIMIT)."
        case .SQLITE_NOMEM:
            return "SQLite ran out of memory. The database is sound; ask for less (a LIMIT, fewer columns)."
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "another process held the database for more than 30 s. Nothing was changed; try again when it has finished."
        case .SQLITE_INTERRUPT:
            return "the command was interrupted before it finished. Nothing was changed."
        default:
            return "the database failed: \(describe(e)). Run 'kbctl check' to see whether anything is damaged."
        }
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
            case .SQLITE_TOOBIG: return "a value is larger than SQLite allows"
            case .SQLITE_IOERR: return "a read or write error from the disk (\(e.message ?? "I/O error"))"
            default: return (e.message ?? "\(e.resultCode)").trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            }
        }
        if let e = error as? KBError { return e.description }
        return "\(error)"
    }
}
