import Testing
@testable import KB

/// The cue words of the name, office and speaker rules are `words.tsv` classes, not Swift sets:
/// each class is loaded with its words, and its words stay free to be names.
@Suite struct CueWordClassTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var wordClass: String
        var words: [String]
        var testDescription: String { wordClass }
    }

    static let cases: [Case] = [
        Case(wordClass: "name-connector", words: ["of", "bin", "von", "&"]),
        Case(wordClass: "patronymic", words: ["bin", "ibn", "bint"]),
        Case(wordClass: "honorific", words: ["mr.", "mrs", "dr.", "dame", "lord"]),
        Case(wordClass: "diplomatic-noun", words: ["ambassador", "embassy", "regime", "leadership"]),
        Case(wordClass: "motion-verb", words: ["fly", "travelled", "returned", "drove"]),
        Case(wordClass: "motion-preposition", words: ["to", "from"]),
        Case(wordClass: "weapon-noun", words: ["missile", "radars", "howitzer", "torpedoes", "aircraft"]),
        Case(wordClass: "party-word", words: ["democrat", "republicans", "independent", "tories"]),
        Case(wordClass: "body-category-noun", words: ["channel", "newspaper", "daily", "movement"]),
        Case(wordClass: "stay-verb", words: ["sitting", "based", "stationed", "rallied"]),
        Case(wordClass: "stay-preposition", words: ["in", "at"]),
        Case(wordClass: "seat-preposition", words: ["outside", "near", "around", "across", "inside"]),
        Case(wordClass: "place-name-preposition", words: ["from", "to", "near", "via"]),
        Case(wordClass: "place-category-noun", words: ["city", "port", "province", "capital"]),
        Case(wordClass: "title-link", words: ["is", "was", "as"]),
        Case(wordClass: "title-copula", words: ["is", "was"]),
        Case(wordClass: "body-name-preposition", words: ["for", "of"]),
        Case(wordClass: "document-name-joiner", words: ["of", "for", "on", "to", "'s", "’s"]),
        Case(wordClass: "name-determiner", words: ["the", "'s"]),
        Case(wordClass: "event-category-noun", words: ["summit", "conference", "talks", "war", "crisis"]),
        Case(wordClass: "person-preposition", words: ["to", "of", "with", "by", "from"]),
        Case(wordClass: "title-modifier", words: ["the", "next", "former", "longtime", "its"]),
        Case(wordClass: "office-modifier", words: ["deputy", "vice", "co", "caretaker", "first"]),
        Case(wordClass: "apposition-body-preposition", words: ["of", "at", "for", "to", "in"]),
        Case(wordClass: "title-body-preposition", words: ["to", "of", "at", "in", "for", "with"]),
        Case(wordClass: "employer-preposition", words: ["from", "at", "of", "with"]),
        Case(wordClass: "agent-suffix", words: ["er", "ist", "woman", "witness"]),
        Case(wordClass: "diplomat-noun", words: ["diplomat", "envoy"]),
        Case(wordClass: "article", words: ["the", "a", "an"]),
        Case(wordClass: "verb-form-suffix", words: ["ing", "ed"]),
    ]

    @Test(arguments: cases)
    func classIsLoadedWithItsWords(_ c: Case) throws {
        let knowledge = Knowledge.builtIn
        let wordClass = try #require(WordClass(name: c.wordClass))
        for w in c.words { #expect(knowledge.is(Token.key(w), wordClass), "\(w) is not \(c.wordClass)") }
    }

    @Test func everyCueClassHasATestRow() {
        #expect(Set(Self.cases.map(\.wordClass)) == Knowledge.cueWordClassNames)
    }

    /// A class of endings matches a word by its end, as the Swift lists matched with hasSuffix.
    @Test func endingsMatchWithHasSuffix() {
        let knowledge = Knowledge.builtIn
        for w in ["monitor", "economist", "spokeswoman", "sources", "witness", "commander"] {
            #expect(knowledge.hasSuffix(w, in: "agent-suffix"), "\(w)")
        }
        for w in ["treaty", "ceasefire", "missile"] { #expect(!knowledge.hasSuffix(w, in: "agent-suffix"), "\(w)") }
        #expect(knowledge.hasSuffix("training", in: "verb-form-suffix") && knowledge.hasSuffix("funded", in: "verb-form-suffix"))
        #expect(!knowledge.hasSuffix("terrorists", in: "verb-form-suffix"))
    }

    /// A word only in cue classes is not a closed-class word: "Al" stays a given name and "Lord" a
    /// listed person's surname, as when the cue words were Swift sets; a closed-class word ("May")
    /// is neither.
    @Test func cueWordsStayNames() throws {
        let words = "# columns: word\tclass\nal\tname-connector\nlord\thonorific\nmay\tpossible\n"
        let people = "# columns: name\taliases\nAna Lord\t\nEva May\t\n"
        let generated = """
            # columns: name\taliases\tcountry\trole_code\trole\tstart\tend
            Al Brandt\t\tNorway\tGOV\t\t\t
            Al Varga\t\tHungary\tGOV\t\t\t
            May Holm\t\tIreland\tGOV\t\t\t
            May Tarvo\t\tFinland\tGOV\t\t\t
            """
        let k = try Knowledge(files: [("words.tsv", words), ("people.tsv", people), ("phoenix-people.tsv", generated)])
        #expect(k.generated.givenNames == ["al"])
        func isForm(_ s: String) -> Bool { k.forms.longestMatch(in: k.tokenizer.tokenize(Array(s.unicodeScalars)), at: 0) != nil }
        #expect(isForm("Lord"))
        #expect(!isForm("May"))
    }
}
