import Foundation
import GRDB
import GRDBSQLite

/// Runs one read-only SQL statement with named parameters. The connection is held to reading;
/// an authorizer refuses anything but reads (and functions that leak addresses), and a progress
/// handler stops the statement at its time limit.
public enum SQLRunner {
    static let allowedFirstWords: Set<String> = ["select", "with", "values", "explain", "pragma"]

    /// The default time limit of `kbctl sql`, in seconds.
    public static let defaultTimeout = 30.0

    /// The rows of `sql`, with `:name` parameters bound from `parameters`; stopped after `timeout`
    /// seconds (nil: no limit). Values bind as text, as sqlite-utils binds them (SQLite converts
    /// them where a column or an operator wants a number); names in `numbers` bind as integers (`--param-int`).
    public static func run(dbPath: String, sql: String, parameters: [String: String] = [:], numbers: Set<String> = [],
                           timeout: Double? = defaultTimeout) throws -> ResultTable {
        if firstWord(sql).isEmpty { throw KBError.badSQL(message: "no SQL statement to run (only white space or comments)") }
        let guardian = SQLGuard(timeout: timeout)
        let queue = try KBDatabase.openForReading(path: dbPath) { db in guardian.install(on: db) }
        return try withExtendedLifetime(guardian) {
            try queue.read { db in try execute(sql, parameters: parameters, numbers: numbers, in: db, guardian: guardian) }
        }
    }

    /// Prepares, binds and steps the statement through the C API, so that each failure gets its own
    /// message: several statements, a parameter without a value, a refused action, the time limit.
    static func execute(_ sql: String, parameters: [String: String], numbers: Set<String> = [], in db: Database,
                        guardian: SQLGuard) throws -> ResultTable {
        let connection = db.sqliteConnection
        var statement: OpaquePointer?
        var tail: UnsafePointer<CChar>?
        guardian.begin()
        defer { guardian.end() }
        let prepared = sql.withCString { sqlite3_prepare_v2(connection, $0, -1, &statement, &tail) == SQLITE_OK ? String(cString: tail!) : nil }
        defer { sqlite3_finalize(statement) }
        guard let rest = prepared else {
            let message = String(cString: sqlite3_errmsg(connection))
            if let name = guardian.deniedFunction { throw KBError.forbiddenFunction(name: name) }
            if sqlite3_errcode(connection) == SQLITE_AUTH { throw KBError.readOnlySQL(statement: sql) }
            throw KBError.badSQL(message: message)
        }
        guard let statement else { throw KBError.badSQL(message: "no SQL statement to run (only white space or comments)") }
        if !skipBlank(Substring(rest), semicolons: true).isEmpty {
            throw KBError.badSQL(message: "kbctl sql runs one statement at a time; remove everything after the first ';'")
        }
        // Checked after preparing, so that a typo ("selec 1") is reported as SQLite's syntax error,
        // not as a statement that would write.
        if !allowedFirstWords.contains(firstWord(sql)) || sqlite3_stmt_readonly(statement) == 0 { throw KBError.readOnlySQL(statement: sql) }
        try bind(parameters, numbers: numbers, to: statement)

        let columns = (0..<sqlite3_column_count(statement)).map { String(cString: sqlite3_column_name(statement, $0)) }
        var rows: [[ResultTable.Cell]] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                if guardian.timedOut, let t = guardian.timeout { throw KBError.timeout(seconds: t) }
                let message = String(cString: sqlite3_errmsg(connection))
                switch code & 0xFF {
                case SQLITE_ERROR, SQLITE_RANGE, SQLITE_MISMATCH, SQLITE_CONSTRAINT:
                    // The statement's own fault (a bad argument to a function, an overflow).
                    throw KBError.badSQL(message: message)
                default:
                    // The database's, or a limit's (too big, no memory, a full disk, corruption):
                    // reported with what to do by the caller.
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
                }
            }
            rows.append((0..<Int32(columns.count)).map { cell(statement, $0) })
        }
        return ResultTable(columns: columns, rows: rows)
    }

    /// Binds each `:name` (or `@name`, `$name`) of the statement; a name without a value, a value
    /// without a name, or an anonymous `?` is an error that names it.
    static func bind(_ parameters: [String: String], numbers: Set<String>, to statement: OpaquePointer) throws {
        var used: Set<String> = []
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for i in 0..<sqlite3_bind_parameter_count(statement) {
            guard let cName = sqlite3_bind_parameter_name(statement, i + 1) else {
                throw KBError.badArgument("The SQL has an unnamed parameter ('?' or '?NNN'); name it (:name) and pass --param name=VALUE.")
            }
            let full = String(cString: cName), name = String(full.dropFirst())
            guard let value = parameters[name] else {
                throw KBError.badArgument("The SQL uses \(full) but no value was given for it; add --param \(name)=VALUE.")
            }
            used.insert(name)
            if numbers.contains(name) {
                guard let n = Int64(value) else {
                    throw KBError.badArgument("'--param-int \(name)=\(value)' is not an integer; pass it with --param to bind it as text (CAST(:\(name) AS REAL) for a decimal).")
                }
                sqlite3_bind_int64(statement, i + 1, n)
            } else {
                // As text: a code such as "06" or an id such as "0012" keeps its zeros.
                sqlite3_bind_text(statement, i + 1, value, -1, transient)
            }
        }
        if let unused = parameters.keys.sorted().first(where: { !used.contains($0) }) {
            throw KBError.badArgument("'--param \(unused)=…' is not used: the SQL has no :\(unused).")
        }
    }

    static func cell(_ statement: OpaquePointer, _ i: Int32) -> ResultTable.Cell {
        switch sqlite3_column_type(statement, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, i))
        case SQLITE_TEXT:
            guard let p = sqlite3_column_text(statement, i) else { return .text("") }
            return .text(String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(statement, i))), as: UTF8.self))
        case SQLITE_BLOB: return .text("<\(sqlite3_column_bytes(statement, i)) bytes>")
        default: return .null
        }
    }

    /// The first keyword, after white space and comments, lower-cased.
    static func firstWord(_ sql: String) -> String {
        skipBlank(Substring(sql), semicolons: false).prefix { $0.isLetter }.lowercased()
    }

    /// `s` from its first character that is not white space, a comment or (with `semicolons`) a ';'.
    static func skipBlank(_ sql: Substring, semicolons: Bool) -> Substring {
        var s = sql
        while true {
            s = s.drop { $0.isWhitespace || semicolons && $0 == ";" }
            if s.hasPrefix("--") { s = s.drop { $0 != "\n" }; continue }
            if s.hasPrefix("/*") {
                guard let end = s.range(of: "*/") else { return s[s.endIndex...] }
                s = s[end.upperBound...]
                continue
            }
            return s
        }
    }

    /// Counts per table, schema version and file size.
    public static func info(dbPath: String) throws -> ResultTable {
        let queue = try KBDatabase.openForReading(path: dbPath)
        return try queue.read { db in
            var rows: [[ResultTable.Cell]] = []
            for (label, sql) in [("documents", "SELECT count(*) FROM documents"), ("sentences", "SELECT count(*) FROM sentences"),
                                 ("entities", "SELECT count(*) FROM v_entities"), ("aliases", "SELECT count(*) FROM aliases"),
                                 ("mentions", "SELECT count(*) FROM mentions"), ("statements", "SELECT count(*) FROM statements"),
                                 ("relations", "SELECT count(*) FROM relations"), ("threats", "SELECT count(*) FROM v_threats"),
                                 ("roles", "SELECT count(*) FROM roles")] {
                rows.append([.text(label), .integer(Int64(try Int.fetchOne(db, sql: sql) ?? 0))])
            }
            let version = try String.fetchOne(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid DESC LIMIT 1") ?? "none"
            rows.append([.text("schema version"), .text(version)])
            let size = (try? FileManager.default.attributesOfItem(atPath: dbPath)[.size] as? Int) ?? 0
            rows.append([.text("file size (bytes)"), .integer(Int64(size))])
            rows.append([.text("path"), .text(dbPath)])
            return ResultTable(columns: ["what", "value"], rows: rows)
        }
    }
}
