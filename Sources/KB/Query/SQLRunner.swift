import Foundation
import GRDB

/// Runs one read-only SQL statement with named parameters: the connection is opened read-only,
/// and statements that change the connection (ATTACH, PRAGMA writes) are refused before they run.
public enum SQLRunner {
    static let allowedFirstWords: Set<String> = ["select", "with", "values", "explain", "pragma"]

    /// The rows of `sql`, with `:name` parameters bound from `parameters`.
    public static func run(dbPath: String, sql: String, parameters: [String: String] = [:]) throws -> ResultTable {
        let queue = try KBDatabase.openForReading(path: dbPath)
        let first = firstWord(sql)
        guard allowedFirstWords.contains(first) else { throw KBError.readOnlySQL(statement: sql) }
        if first == "pragma", sql.contains("=") || sql.contains("(") { throw KBError.readOnlySQL(statement: sql) }
        return try queue.read { db in
            do {
                let statement = try db.makeStatement(sql: sql)
                guard statement.isReadonly else { throw KBError.readOnlySQL(statement: sql) }
                var args: [String: (any DatabaseValueConvertible)?] = [:]
                for (k, v) in parameters { args[k] = Int64(v) ?? Double(v).map { $0 as any DatabaseValueConvertible } ?? v }
                return try ResultTable.fetch(db, sql: sql, arguments: StatementArguments(args))
            } catch let e as DatabaseError where e.resultCode == .SQLITE_MISUSE {
                throw KBError.badSQL(message: "kbctl sql runs one statement at a time; remove everything after the first ';'")
            } catch let e as DatabaseError where e.resultCode == .SQLITE_ERROR || e.resultCode == .SQLITE_RANGE {
                // The user's SQL is wrong; anything else (a corrupt page, a full disk) is the database's.
                throw KBError.badSQL(message: e.message ?? "\(e.resultCode)")
            }
        }
    }

    /// The first keyword, after white space and comments, lower-cased.
    static func firstWord(_ sql: String) -> String {
        var s = Substring(sql)
        while true {
            s = s.drop { $0.isWhitespace }
            if s.hasPrefix("--") { s = s.drop { $0 != "\n" }; continue }
            if s.hasPrefix("/*"), let end = s.range(of: "*/") { s = s[end.upperBound...]; continue }
            break
        }
        return s.prefix { $0.isLetter }.lowercased()
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
