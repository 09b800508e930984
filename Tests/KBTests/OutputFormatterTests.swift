import Foundation
import Testing
@testable import KB

/// Every format parses back to the same cells, whatever the text holds.
@Suite struct OutputFormatterTests {
    static let awkward = ResultTable(columns: ["name", "n", "note"], rows: [
        [.text("O'Brien, \"the envoy\""), .integer(3), .text("line one\nline two")],
        [.text("Zürich — «quoted»\ttab"), .null, .text("back\\slash")],
        [.text(""), .real(1.5), .text("emoji 🚀 and \u{1}")],
    ])

    @Test func jsonParsesBack() throws {
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(OutputFormatter.render(Self.awkward, as: .json).utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows[0]["name"] as? String == "O'Brien, \"the envoy\"")
        #expect(rows[0]["note"] as? String == "line one\nline two")
        #expect(rows[1]["n"] is NSNull)
        #expect(rows[1]["note"] as? String == "back\\slash")
        #expect(rows[2]["note"] as? String == "emoji 🚀 and \u{1}")
        #expect(rows[2]["n"] as? Double == 1.5)
    }

    @Test func jsonLinesParseBackOneByOne() throws {
        let lines = OutputFormatter.render(Self.awkward, as: .jsonl).split(separator: "\n")
        #expect(lines.count == 3)
        for (line, row) in zip(lines, Self.awkward.rows) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["name"] as? String == row[0].description)
        }
    }

    @Test func csvParsesBack() {
        let parsed = Self.parseCSV(OutputFormatter.render(Self.awkward, as: .csv))
        #expect(parsed.first == Self.awkward.columns)
        #expect(Array(parsed.dropFirst()) == Self.awkward.rows.map { $0.map(\.description) })
    }

    /// TSV is quoted as CSV is: a tab, CR or line break in a value stays in its cell (they were
    /// turned into spaces, and a CR split the row for readers that take it as a line end).
    @Test func tsvParsesBack() {
        let cr = ResultTable(columns: ["a", "b"], rows: [[.text("c\rd"), .text("e\tf")]])
        #expect(OutputFormatter.render(cr, as: .tsv) == "a\tb\n\"c\rd\"\t\"e\tf\"\n")
        let parsed = Self.parseCSV(OutputFormatter.render(Self.awkward, as: .tsv), separator: "\t")
        #expect(Array(parsed.dropFirst()) == Self.awkward.rows.map { $0.map(\.description) })
    }

    @Test func emptyResults() {
        let empty = ResultTable(columns: ["a"], rows: [])
        #expect(OutputFormatter.render(empty, as: .json) == "[]\n")
        #expect(OutputFormatter.render(empty, as: .jsonl) == "")
        #expect(OutputFormatter.render(empty, as: .csv) == "a\n")
        #expect(OutputFormatter.render(empty, as: .table) == "(no rows)\n")
    }

    @Test func tableFitsTheWidth() {
        let wide = ResultTable(columns: ["a", "b"], rows: [[.text(String(repeating: "x", count: 200)), .text("short")]])
        let lines = OutputFormatter.render(wide, as: .table, width: 60).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 60 })
        #expect(lines[2].contains("…"))
    }

    @Test func markdownEscapesPipes() {
        let t = ResultTable(columns: ["a"], rows: [[.text("x | y")]])
        #expect(OutputFormatter.render(t, as: .markdown).contains("x \\| y"))
    }

    /// RFC 4180 reader, enough for round-trips.
    static func parseCSV(_ text: String, separator: Character = ",") -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" { quoted = true } else if c == separator { row.append(field); field = "" } else if c == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(c) }
        }
        return rows
    }
}
