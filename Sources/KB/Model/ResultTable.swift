import GRDB

/// Rows and named columns, as every read command returns them before formatting.
public struct ResultTable: Sendable, Equatable {
    /// One value: what SQLite can hold, minus blobs (shown as their size).
    public enum Cell: Sendable, Hashable, CustomStringConvertible {
        case null
        case integer(Int64)
        case real(Double)
        case text(String)

        public var description: String {
            switch self {
            case .null: return ""
            case let .integer(v): return String(v)
            case let .real(v): return String(v)
            case let .text(v): return v
            }
        }

        init(_ value: DatabaseValue) {
            switch value.storage {
            case .null: self = .null
            case let .int64(v): self = .integer(v)
            case let .double(v): self = .real(v)
            case let .string(v): self = .text(v)
            case let .blob(d): self = .text("<\(d.count) bytes>")
            }
        }
    }

    public var columns: [String]
    public var rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]]) {
        self.columns = columns
        self.rows = rows
    }

    /// Runs a prepared statement and collects its rows.
    static func fetch(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> ResultTable {
        let statement = try db.makeStatement(sql: sql)
        let columns = statement.columnNames
        var rows: [[Cell]] = []
        let cursor = try Row.fetchCursor(statement, arguments: arguments)
        while let row = try cursor.next() {
            rows.append((0..<columns.count).map { Cell(row[$0] as DatabaseValue) })
        }
        return ResultTable(columns: columns, rows: rows)
    }

    /// The values of one column by name.
    public func column(_ name: String) -> [Cell] {
        guard let i = columns.firstIndex(of: name) else { return [] }
        return rows.map { $0[i] }
    }
}
