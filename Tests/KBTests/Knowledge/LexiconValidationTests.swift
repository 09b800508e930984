import Testing
@testable import KB

/// Word classes and lexicon kinds are typed: a row with an unknown class, or a file of an
/// unknown kind, is refused by file and line instead of being silently ignored.
@Suite struct LexiconValidationTests {
    @Test func unknownWordClassIsRefusedWithItsLine() {
        let text = "# columns: word\tclass\nthe\tfunction\nnot\tnegatoin\n"
        #expect(throws: LexiconError.unknownClass(file: "words.tsv", line: 3, value: "negatoin")) {
            try Knowledge(files: [("words.tsv", text)])
        }
    }

    @Test func unknownKindIsRefused() {
        #expect(throws: LexiconError.unknownClass(file: "colours.tsv", line: 1, value: "colours")) {
            try Knowledge(files: [("colours.tsv", "# columns: name\nred\n")])
        }
    }

    struct KindCase: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var kind: String?
        var testDescription: String { name }
    }

    static let kindCases: [KindCase] = [
        KindCase(name: "the kind line of the header", text: "# a lexicon\n# kind: people\n# columns: name\nAda Vell\n", kind: "people"),
        KindCase(name: "spaces around the kind", text: "# kind:   titles  \n# columns: role\n", kind: "titles"),
        KindCase(name: "no kind line", text: "# columns: name\nAda Vell\n", kind: nil),
        KindCase(name: "a kind line after the header is data", text: "# columns: name\nAda Vell\n# kind: people\n", kind: nil),
        KindCase(name: "a header without a final newline", text: "# kind: cues", kind: "cues"),
        KindCase(name: "non-ASCII before the kind line", text: "# Zürich, São Tomé\n# kind: places\n", kind: "places"),
    ]

    @Test(arguments: kindCases) func declaredKindIsReadFromTheHeader(_ c: KindCase) {
        #expect(Knowledge.declaredKind(c.text) == c.kind)
    }

    @Test func everyBuiltInWordClassIsOneTheRulesKnow() {
        for (_, classes) in Knowledge.builtIn.wordClasses { #expect(classes.isSubset(of: Knowledge.wordClassNames)) }
    }
}
