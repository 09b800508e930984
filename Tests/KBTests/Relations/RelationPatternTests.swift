import Foundation
import Testing
@testable import KB

/// Every relation pattern of `patterns-relations.tsv` against its test rows in
/// `Fixtures/patterns-relations-cases.tsv`, and the pattern reader's errors.
@Suite struct RelationPatternTests {
    struct Case: Sendable, CustomStringConvertible {
        var id: String, sentence: String, rows: [String]
        var description: String { "\(id): \(sentence)" }
    }

    static let cases: [Case] = {
        let url = Fixture.folder.appendingPathComponent("patterns-relations-cases.tsv")
        let file = try! LexiconFile(name: "patterns-relations-cases.tsv", text: String(contentsOf: url, encoding: .utf8))
        return file.records().map { Case(id: $0["id"], sentence: $0["sentence"], rows: $0["rows"].components(separatedBy: " ; ")) }
    }()

    static func rows(_ text: String) -> [String] { RelationRows.of(text, .source) }

    @Test(arguments: cases)
    func patternCase(_ c: Case) {
        let got = Self.rows(c.sentence)
        for row in c.rows {
            if row.hasPrefix("!") {
                #expect(!got.contains { $0.hasPrefix(String(row.dropFirst())) }, "\(c.id): \(got)")
            } else {
                #expect(got.contains { $0 == row || $0.hasPrefix(row + " per ") }, "\(c.id) wants \(row): \(got)")
            }
        }
    }

    @Test func everyPatternHasATestSentence() {
        let ids = Set(Self.cases.map(\.id))
        for p in Knowledge.builtIn.relationPatterns { #expect(ids.contains(p.id), "no test sentence for \(p.id)") }
        #expect(Knowledge.builtIn.relationPatterns.count >= 10)
    }

    @Test func aBrokenPatternIsRefusedWithItsRow() {
        let header = "# kind: patterns-relations\n# columns: id\tpriority\tpattern\tslots\tpredicate\tcameo\texample\n"
        for row in ["x.1\tten\tACTOR attack ACTOR\tsubject=1 object=2\tattack\t19\te",
                    "x.2\t1\tACTOR Attack ACTOR\tsubject=1 object=2\tattack\t19\te",
                    "x.3\t1\tACTOR attack ACTOR\tsubject=3\tattack\t19\te",
                    // A word class no lexicon has: refused when the row is read, not when a sentence meets it.
                    "x.4\t1\tACTOR @negatoin attack ACTOR\tsubject=1 object=2\tattack\t19\te"] {
            #expect(throws: LexiconError.self) { try Knowledge(files: [("patterns-relations.tsv", header + row)]) }
        }
    }
}
