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

    @Test func everyBuiltInWordClassIsOneTheRulesKnow() {
        for (_, classes) in Knowledge.builtIn.wordClasses { #expect(classes.isSubset(of: Knowledge.wordClassNames)) }
    }
}
