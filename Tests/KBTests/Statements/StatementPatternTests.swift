import Foundation
import Testing
@testable import KB

/// Every statement pattern of `patterns-statements.tsv` against its test rows in
/// `Fixtures/patterns-statements-cases.tsv`, and the pattern reader's errors.
@Suite struct StatementPatternTests {
    struct Case: Sendable, CustomStringConvertible {
        var id: String, text: String, rows: [String]
        var description: String { "\(id): \(text)" }
    }

    static let cases: [Case] = {
        let url = Fixture.folder.appendingPathComponent("patterns-statements-cases.tsv")
        let file = try! LexiconFile(name: "patterns-statements-cases.tsv", text: String(contentsOf: url, encoding: .utf8))
        return file.records().map { Case(id: $0["id"], text: $0["text"], rows: $0["rows"].components(separatedBy: " ; ")) }
    }()

    /// "speaker | content" of every statement, with the id of the pattern that found it.
    static func rows(_ text: String) -> [(row: String, pattern: String?)] {
        let doc = Pipeline().analyze(raw: text, format: .text, source: "test")
        return doc.statements.map { st in
            ("\(st.speaker.map { doc.entities[$0].name } ?? st.speakerText ?? "NULL") | \(st.content)", st.pattern)
        }
    }

    @Test(arguments: cases)
    func patternCase(_ c: Case) {
        let got = Self.rows(c.text)
        for row in c.rows {
            if row.hasPrefix("!") {
                #expect(!got.contains { $0.row == String(row.dropFirst()) }, "\(c.id): \(got)")
            } else {
                #expect(got.contains { $0.row == row && $0.pattern == c.id }, "\(c.id) wants \(row): \(got)")
            }
        }
    }

    @Test func everyPatternHasATestSentence() {
        let ids = Set(Self.cases.map(\.id))
        for p in Knowledge.builtIn.statementPatterns { #expect(ids.contains(p.id), "no test sentence for \(p.id)") }
        #expect(Knowledge.builtIn.statementPatterns.count >= 10)
    }

    @Test(arguments: [
        ("a priority that is no number", "x.1\tten\tSUBJECT CUE/verb CONTENT\tspeaker=1 content=2\te"),
        ("an unknown unit", "x.2\t1\tSUBJECT CUE/verb Content\tspeaker=1 content=2\te"),
        ("no cue", "x.3\t1\tSUBJECT said CONTENT\tspeaker=1 content=2\te"),
        ("two cues", "x.4\t1\tCUE SUBJECT CUE/verb CONTENT\tspeaker=1 content=2\te"),
        ("a capture number out of range", "x.5\t1\tSUBJECT CUE/verb CONTENT\tspeaker=1 content=3\te"),
        ("content as the speaker", "x.6\t1\tSUBJECT CUE/verb CONTENT\tspeaker=2 content=1\te"),
        ("an unknown tag", "x.7\t1\tSUBJECT CUE/verb:VBX CONTENT\tspeaker=1 content=2\te"),
        ("an unknown word class", "x.8\t1\t@negatoin SUBJECT CUE/verb CONTENT\tspeaker=1 content=2\te"),
    ])
    func aBrokenPatternIsRefusedWithItsRow(_ name: String, _ row: String) {
        let header = "# kind: patterns-statements\n# columns: id\tpriority\tpattern\tslots\texample\n"
        #expect(throws: LexiconError.self, "\(name)") { try Knowledge(files: [("patterns-statements.tsv", header + row)]) }
    }

    @Test func unitsAreReadAsWritten() throws {
        let header = "# kind: patterns-statements\n# columns: id\tpriority\tpattern\tslots\texample\n"
        let k = try Knowledge(files: [("patterns-statements.tsv", header + "x.1\t5\tQUOTE BOUNDARY !SUBJECT CUE/according_to:IN SPEAKER ,? @negation|@auxiliary DT QUOTE\tspeaker=2 content=1,3\te")])
        let p = try #require(k.statementPatterns.first)
        #expect(p.cue == .cue(.lemma("according to"), tag: .in))
        #expect(p.before == [.noSubject, .boundary, .quote])
        #expect(p.after == [.speaker, .words([","], optional: true), .wordClass([.negation, .auxiliary]), .tag(.dt), .quote])
        #expect(p.speaker == 2 && p.content == [1, 3])
    }
}
