import GRDB
import GRDBSQLite

/// A prepared statement bound and stepped through SQLite's C API. GRDB's `StatementArguments`
/// box every value in an existential and retain it several times; on the ingest path that cost
/// more CPU than SQLite's own work. Prepared by GRDB, so GRDB finalizes it with the connection.
final class RawStatement {
    /// Binding without a copy is unsafe (Swift strings move); SQLite copies: SQLITE_TRANSIENT.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private let statement: GRDB.Statement
    private let handle: OpaquePointer
    private let connection: OpaquePointer?
    private var index: Int32 = 0

    init(_ db: Database, _ sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    /// Binds the next parameter (parameters are bound left to right, from 1).
    func bind(_ value: String?) {
        index += 1
        // As GRDB binds a String: a C string, so the bytes match a value GRDB would store.
        if let value { sqlite3_bind_text(handle, index, value, -1, Self.transient) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ value: Int64?) {
        index += 1
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ value: Int) { bind(Int64(value)) }

    func bind(_ value: Int?) { bind(value.map(Int64.init)) }

    /// Runs the statement to its end; the parameters are bound afresh for the next run.
    func run() throws {
        defer { reset() }
        let code = sqlite3_step(handle)
        if code != SQLITE_DONE && code != SQLITE_ROW { throw error(code) }
    }

    /// The first column of the first row as an integer, or nil without a row.
    func fetchInt64() throws -> Int64? {
        defer { reset() }
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return sqlite3_column_int64(handle, 0) }
        if code == SQLITE_DONE { return nil }
        throw error(code)
    }

    /// The row id of the last row the connection inserted.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }

    /// The number of rows the last run changed.
    var changes: Int { Int(sqlite3_changes(connection)) }

    private func reset() {
        sqlite3_reset(handle)
        index = 0
    }

    private func error(_ code: Int32) -> DatabaseError {
        let message = connection.map { String(cString: sqlite3_errmsg($0)) }
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        return DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: statement.sql)
    }
}
