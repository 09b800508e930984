import Foundation

/// One lexicon file: `#` comment lines, a header of `# key: value` lines, and tab-separated rows.
///
/// The format every kbctl lexicon uses, built-in or the user's:
/// ```
/// # Countries: …                       free comment
/// # source: PyPI countryinfo 1.0.1      header keys: source, licence, version, known problems …
/// # columns: name	iso2	aliases      required: the column names, tab-separated
/// Russia	RU	Russian Federation|Rossiya
/// ```
/// A field may hold several values separated by `|`. Empty fields are allowed; missing trailing
/// fields read as empty. Blank lines are skipped.
public struct LexiconFile: Sendable {
    public var name: String
    public var header: [String: String]
    public var columns: [String]
    public var rows: [[String]]
    /// The line number of each row in the file, for messages.
    public var lines: [Int] = []

    /// Parses the text of a lexicon file; `name` is used in error messages.
    ///
    /// Works on UTF-8 bytes: tab, newline, `#` and `:` are ASCII, so no multi-byte character can
    /// contain them, and 50,000 generated rows are read at every start-up (Character-wise splitting
    /// took most of a second).
    public init(name: String, text: String) throws {
        self.name = name
        var header: [String: String] = [:]
        var columns: [String] = []
        var rows: [[String]] = []
        var lines: [Int] = []
        var text = text
        try text.withUTF8 { bytes in
            var number = 0
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                number += 1
                defer { lineStart = lineEnd + 1 }
                var e = lineEnd
                if e > lineStart, bytes[e - 1] == 0x0D { e -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<e])
                if line.first == 0x23 {  // "#"
                    let body = String(decoding: line.dropFirst(), as: UTF8.self).drop { $0 == " " }
                    if let colon = body.firstIndex(of: ":") {
                        let key = body[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                        let value = String(body[body.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
                        if key == "columns" {
                            columns = value.split(whereSeparator: { $0 == "\t" || $0 == "," })
                                .map { $0.trimmingCharacters(in: .whitespaces) }
                        } else if !key.utf8.contains(0x20) || key == "known problems" {
                            header[key] = value
                        }
                    }
                    continue
                }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                guard !columns.isEmpty else { throw LexiconError.noColumns(file: name, line: number) }
                var fields: [String] = []
                fields.reserveCapacity(columns.count)
                var a = 0
                for k in 0...line.count where k == line.count || line[k] == 0x09 {
                    var x = a, y = k
                    while x < y, line[x] == 0x20 { x += 1 }
                    while y > x, line[y - 1] == 0x20 { y -= 1 }
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: line[x..<y]), as: UTF8.self))
                    a = k + 1
                }
                if fields.count > columns.count {
                    throw LexiconError.tooManyFields(file: name, line: number, expected: columns.count, found: fields.count)
                }
                fields += Array(repeating: "", count: columns.count - fields.count)
                rows.append(fields)
                lines.append(number)
            }
        }
        if columns.isEmpty { throw LexiconError.noColumns(file: name, line: 1) }
        self.header = header
        self.columns = columns
        self.rows = rows
        self.lines = lines
    }

    /// The column's index, or nil when the file does not have it.
    public func column(_ name: String) -> Int? { columns.firstIndex(of: name) }

    /// Each row as a dictionary from column name to its single value.
    public func records() -> [LexiconRecord] {
        rows.map { LexiconRecord(columns: columns, fields: $0) }
    }
}

/// One row of a lexicon file, read by column name.
public struct LexiconRecord: Sendable {
    let columns: [String]
    let fields: [String]

    /// The field's text ("" when the column is absent or empty).
    public subscript(_ column: String) -> String {
        guard let i = columns.firstIndex(of: column) else { return "" }
        return fields[i]
    }

    /// The field's `|`-separated values, without empties.
    /// Works on bytes: Foundation's trimming took a tenth of the start-up.
    public func list(_ column: String) -> [String] {
        let v = self[column]
        if v.isEmpty { return [] }
        return v.utf8.split(separator: 0x7C).compactMap { part -> String? in
            var a = part.startIndex
            var b = part.endIndex
            while a < b, part[a] == 0x20 || part[a] == 0x09 { a = part.index(after: a) }
            while b > a, part[part.index(before: b)] == 0x20 || part[part.index(before: b)] == 0x09 { b = part.index(before: b) }
            return a < b ? String(Substring(part[a..<b])) : nil
        }
    }
}

/// A lexicon file that cannot be read; the message names the file and line.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
    case noColumns(file: String, line: Int)
    case tooManyFields(file: String, line: Int, expected: Int, found: Int)
    case missingColumn(file: String, column: String)
    case badValue(file: String, row: String, column: String, value: String)
    case unknownClass(file: String, line: Int, value: String)

    public var description: String {
        switch self {
        case let .noColumns(file, line):
            return "lexicon '\(file)' line \(line): no '# columns: …' header line before the first row; add one naming the tab-separated columns."
        case let .tooManyFields(file, line, expected, found):
            return "lexicon '\(file)' line \(line): \(found) tab-separated fields, but the header names \(expected) columns; fix the row or the '# columns:' line."
        case let .badValue(file, row, column, value):
            return "lexicon '\(file)' row '\(row)': '\(value)' is not a valid \(column); see the file's header for the form."
        case let .unknownClass(file, line, value):
            return "lexicon '\(file)' line \(line): '\(value)' is not a known class or kind; use one the file's header lists."
        case let .missingColumn(file, column):
            return "lexicon '\(file)': the '# columns:' header lacks the column '\(column)' this kind of lexicon needs."
        }
    }
}
