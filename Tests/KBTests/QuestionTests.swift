import Testing
@testable import KB

/// The question grammar: canned forms, inflections, triple patterns and did-you-mean.
@Suite struct QuestionTests {
    static func predicate(_ word: String) -> String? { QueryEngine(dbPath: "unused").predicate(for: word) }

    /// Queries read the verb lexicons alone; they must map every verb form as the full lexicons do.
    @Test(arguments: ["threatens", "sanctioned", "called for", "deploying", "warns", "criticised", "condemned", "reassured", "met", "nonsense"])
    func theVerbLexiconsAloneMapLikeTheFullOnes(_ word: String) {
        let full = QueryEngine(dbPath: "unused", knowledge: .builtIn).predicate(for: word)
        #expect(Self.predicate(word) == full)
        #expect((full == nil) == (word == "nonsense"))
    }

    static let cases: [(String, Question)] = [
        ("who threatens whom", .relations(predicate: "threaten", subject: nil, object: nil)),
        ("Who Threatened Whom?", .relations(predicate: "threaten", subject: nil, object: nil)),
        ("who opposes whom", .relations(predicate: "oppose", subject: nil, object: nil)),
        ("who deployed what", .relations(predicate: "deploy", subject: nil, object: nil)),
        ("who threatens Iran", .relations(predicate: "threaten", subject: nil, object: "Iran")),
        ("who rejected the New START treaty", .relations(predicate: "reject", subject: nil, object: "the New START treaty")),
        ("whom does Iran threaten", .relations(predicate: "threaten", subject: "Iran", object: nil)),
        ("what did Russia deploy", .relations(predicate: "deploy", subject: "Russia", object: nil)),
        ("who said what", .statements(speaker: nil)),
        ("what did Sergei Lavrov say", .statements(speaker: "Sergei Lavrov")),
        ("what did O'Brien say?", .statements(speaker: "O'Brien")),
        ("quotes", .quotes),
        ("who is Lavrov", .profile("Lavrov")),
        ("about the United Nations", .profile("the United Nations")),
        ("who is who", .roles),
        ("entities", .entities(type: nil)),
        ("entities of type person", .entities(type: "PERSON")),
        ("timeline", .timeline),
        ("Russia threaten ?", .relations(predicate: "threaten", subject: "Russia", object: nil)),
        ("? opposes \"New START\"", .relations(predicate: "oppose", subject: nil, object: "New START")),
        ("? ? NATO", .relations(predicate: nil, subject: nil, object: "NATO")),
        ("'United States' ? ?", .relations(predicate: nil, subject: "United States", object: nil)),
        // Verbs of the generated CAMEO lexicon and the hand-kept class heads, any inflection.
        ("who launched what", .relations(predicate: "launch", subject: nil, object: nil)),
        ("who sends whom", .relations(predicate: "send", subject: nil, object: nil)),
        ("who breached what", .relations(predicate: "violate", subject: nil, object: nil)),
        ("who expels whom", .relations(predicate: "expel", subject: nil, object: nil)),
        ("who reassured whom", .relations(predicate: "reassure", subject: nil, object: nil)),
    ]

    @Test(arguments: cases.indices)
    func parses(_ i: Int) throws {
        let (text, expected) = Self.cases[i]
        #expect(try Question.parse(text, predicate: Self.predicate) == expected, "\(text)")
    }

    static let typos: [(String, String)] = [
        ("who threatend whom", "who threatens whom"),
        ("who sayd what", "who said what"),
        ("timelin", "timeline"),
        ("quote", "quotes"),
    ]

    @Test(arguments: typos.indices)
    func typoSuggestsTheClosestQuestion(_ i: Int) {
        let (typo, expected) = Self.typos[i]
        #expect {
            try Question.parse(typo, predicate: Self.predicate)
        } throws: { e in
            guard case let .unknownQuestion(_, suggestions) = e as? KBError else { return false }
            return suggestions.first == expected
        }
    }

    @Test func everyCatalogExampleParses() throws {
        for (_, example) in Question.catalog {
            _ = try Question.parse(example, predicate: Self.predicate)
        }
    }
}
