import Foundation

/// Renders a result table the sqlite-utils way: an aligned table for people, JSON, JSON lines,
/// CSV, TSV or Markdown for other tools. The same flags on every read command.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, json, jsonl, csv, tsv, markdown
}

public enum OutputFormatter {
    /// The table as text in `format`; `width` truncates long cells in `table` format only.
    public static func render(_ t: ResultTable, as format: OutputFormat, width: Int? = nil) -> String {
        switch format {
        case .json: return json(t)
        case .jsonl: return t.rows.map { object(t.columns, $0) }.joined(separator: "\n") + (t.rows.isEmpty ? "" : "\n")
        case .csv: return delimited(t, separator: ",")
        case .tsv: return delimited(t, separator: "\t")
        case .markdown: return markdown(t)
        case .table: return table(t, width: width)
        }
    }

    static func json(_ t: ResultTable) -> String {
        if t.rows.isEmpty { return "[]\n" }
        return "[\n" + t.rows.map { "  " + object(t.columns, $0) }.joined(separator: ",\n") + "\n]\n"
    }

    static func object(_ columns: [String], _ row: [ResultTable.Cell]) -> String {
        "{" + zip(columns, row).map { "\(quote($0)): \(value($1))" }.joined(separator: ", ") + "}"
    }

    static func value(_ c: ResultTable.Cell) -> String {
        switch c {
        case .null: return "null"
        case let .integer(v): return String(v)
        case let .real(v): return v.isFinite ? String(v) : "null"
        case let .text(s): return quote(s)
        }
    }

    /// A JSON string literal.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    static func delimited(_ t: ResultTable, separator: Character) -> String {
        // TSV is quoted as CSV is (sqlite-utils and Python's csv module with a tab read it back):
        // a tab, CR or line break in a value never splits a row.
        func field(_ s: String) -> String {
            if s.contains(separator) || s.contains("\"") || s.contains("\n") || s.contains("\r") {
                return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return s
        }
        let sep = String(separator)
        var lines = [t.columns.map(field).joined(separator: sep)]
        for r in t.rows { lines.append(r.map { field($0.description) }.joined(separator: sep)) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdown(_ t: ResultTable) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var lines = ["| " + t.columns.map(cell).joined(separator: " | ") + " |",
                     "|" + t.columns.map { _ in " --- " }.joined(separator: "|") + "|"]
        for r in t.rows { lines.append("| " + r.map { cell($0.description) }.joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Columns aligned; when the table is wider than `width`, the widest columns are shortened with "…".
    static func table(_ t: ResultTable, width: Int?) -> String {
        if t.rows.isEmpty { return "(no rows)\n" }
        let cells = t.rows.map { $0.map { $0.description.replacingOccurrences(of: "\n", with: " ") } }
        var widths = t.columns.indices.map { c in max(t.columns[c].count, cells.map { $0[c].count }.max() ?? 0) }
        if let width, width > 20 {
            let budget = width - 2 * (widths.count - 1)
            while widths.reduce(0, +) > budget, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 12 {
                widths[widest] -= 1
            }
        }
        func fit(_ s: String, _ w: Int) -> String {
            if s.count <= w { return s + String(repeating: " ", count: w - s.count) }
            return String(s.prefix(w - 1)) + "…"
        }
        var lines = [zip(t.columns, widths).map { fit($0, $1) }.joined(separator: "  ")]
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for r in cells { lines.append(zip(r, widths).map { fit($0, $1) }.joined(separator: "  ")) }
        return lines.map { $0.replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression) }.joined(separator: "\n") + "\n"
    }
}
