import Testing
@testable import KB

/// The cue words of the name, office and speaker rules are `words.tsv` classes, not Swift sets:
/// each class is loaded with its words, and its words stay free to be names.
@Suite struct CueWordClassTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var wordClass: String
        var words: [String]
        /// Words of another class that must not be in this one.
        var not: [String] = []
        var testDescription: String { wordClass }
    }

    static let cases: [Case] = [
        Case(wordClass: "name-connector", words: ["of", "bin", "von", "&"], not: ["and"]),
        Case(wordClass: "honorific", words: ["mr.", "mrs", "dr.", "dame", "lord"], not: ["president"]),
        Case(wordClass: "diplomatic-noun", words: ["ambassador", "embassy", "regime", "leadership"], not: ["diplomat"]),
        Case(wordClass: "motion-verb", words: ["fly", "travelled", "returned", "drove"], not: ["sitting"]),
        Case(wordClass: "motion-preposition", words: ["to", "from"], not: ["in"]),
        Case(wordClass: "weapon-noun", words: ["missile", "radars", "howitzer", "torpedoes", "aircraft"], not: ["treaty"]),
        Case(wordClass: "party-word", words: ["democrat", "republicans", "independent", "tories"], not: ["senator"]),
        Case(wordClass: "body-category-noun", words: ["channel", "newspaper", "daily", "movement"], not: ["project"]),
        Case(wordClass: "stay-verb", words: ["sitting", "based", "stationed", "rallied"], not: ["flew"]),
        Case(wordClass: "stay-preposition", words: ["in", "at"], not: ["near"]),
        Case(wordClass: "seat-preposition", words: ["outside", "near", "around", "across", "inside"], not: ["in"]),
        Case(wordClass: "place-name-preposition", words: ["from", "to", "near", "via"], not: ["of"]),
        Case(wordClass: "place-category-noun", words: ["city", "port", "province", "capital"], not: ["country"]),
        Case(wordClass: "title-link", words: ["is", "was", "as"], not: ["were"]),
        Case(wordClass: "title-copula", words: ["is", "was"], not: ["as"]),
        Case(wordClass: "body-name-preposition", words: ["for", "of"], not: ["on"]),
        Case(wordClass: "document-name-joiner", words: ["of", "for", "on", "to", "'s", "’s"], not: ["the", "-"]),
        Case(wordClass: "name-determiner", words: ["the", "'s"], not: ["a"]),
        Case(wordClass: "event-category-noun", words: ["summit", "conference", "talks", "war", "crisis"], not: ["election"]),
        Case(wordClass: "person-preposition", words: ["to", "of", "with", "by", "from"], not: ["in"]),
        Case(wordClass: "title-modifier", words: ["the", "next", "former", "longtime", "its"], not: ["deputy"]),
        Case(wordClass: "office-modifier", words: ["deputy", "vice", "co", "caretaker", "first"], not: ["former"]),
        Case(wordClass: "apposition-body-preposition", words: ["of", "at", "for", "to", "in"], not: ["with"]),
        Case(wordClass: "title-body-preposition", words: ["to", "of", "at", "in", "for", "with"], not: ["from"]),
        Case(wordClass: "employer-preposition", words: ["from", "at", "of", "with"], not: ["to"]),
        Case(wordClass: "agent-suffix", words: ["er", "ist", "woman", "witness"], not: ["monitor"]),
        Case(wordClass: "diplomat-noun", words: ["diplomat", "envoy"], not: ["ambassador"]),
        Case(wordClass: "article", words: ["the", "a", "an"], not: ["some"]),
        Case(wordClass: "verb-form-suffix", words: ["ing", "ed"], not: ["training"]),
    ]

    @Test(arguments: cases)
    func classIsLoadedWithItsWords(_ c: Case) {
        let knowledge = Knowledge.builtIn
        #expect(Knowledge.wordClassNames.contains(c.wordClass))
        for w in c.words { #expect(knowledge.is(Token.key(w), c.wordClass), "\(w) is not \(c.wordClass)") }
        for w in c.not { #expect(!knowledge.is(Token.key(w), c.wordClass), "\(w) is \(c.wordClass)") }
    }

    @Test func everyCueClassHasATestRow() {
        #expect(Set(Self.cases.map(\.wordClass)) == Knowledge.cueWordClassNames)
    }

    /// A class of endings matches a word by its end, as the Swift lists matched with hasSuffix.
    @Test func endingsMatchWithHasSuffix() {
        let knowledge = Knowledge.builtIn
        for w in ["monitor", "analyst", "spokeswoman", "sources", "witness", "commander"] {
            #expect(knowledge.hasSuffix(w, in: "agent-suffix"), "\(w)")
        }
        for w in ["treaty", "ceasefire", "missile"] { #expect(!knowledge.hasSuffix(w, in: "agent-suffix"), "\(w)") }
        #expect(knowledge.hasSuffix("training", in: "verb-form-suffix") && knowledge.hasSuffix("funded", in: "verb-form-suffix"))
        #expect(!knowledge.hasSuffix("terrorists", in: "verb-form-suffix"))
    }

    /// A word only in cue classes is not a closed-class word: "Al" and "Lord" stay given names
    /// of the generated people, as they were when the cue words were Swift sets.
    @Test func cueWordsStayNames() {
        let given = Knowledge.builtIn.generated.givenNames
        for w in ["al", "lord", "ian", "man"] { #expect(given.contains(w), "\(w)") }
        #expect(!given.contains("the"))
    }
}
