import Testing
@testable import KB

/// A pattern unit's words answer for a token as the set of its keys would.
@Suite struct WordSetTests {
    static func token(_ text: String) -> Token {
        Token(text: text, key: Token.key(text), start: 0, end: text.unicodeScalars.count, kind: .word, joined: false)
    }

    static let cases: [(name: String, words: [String], token: String, contains: Bool)] = [
        ("a listed word", ["warn", "warned"], "warned", true),
        ("capitals fold to the key", ["warn", "warned"], "Warned", true),
        ("a curly apostrophe folds", ["didn't"], "didn\u{2019}t", true),
        ("an unlisted word", ["warn", "warned"], "warns", false),
        ("a prefix is not the word", ["warned"], "warn", false),
        ("no words", [], "warn", false),
    ]

    @Test(arguments: cases.indices)
    func asksLikeASetOfKeys(_ i: Int) {
        let c = Self.cases[i]
        let set = WordSet(c.words)
        #expect(set.contains(Self.token(c.token)) == c.contains, "\(c.name)")
        #expect(set.contains(Self.token(c.token)) == Set(c.words).contains(Token.key(c.token)), "\(c.name)")
        // Read in place from a token array, at any position: the same answer.
        let tokens = [Self.token("Quito"), Self.token(c.token), Self.token(",")]
        #expect(set.contains(tokens, 1) == c.contains, "\(c.name)")
        #expect(!set.contains(tokens, 0) && !set.contains(tokens, 2), "\(c.name)")
    }

    @Test func theSameWordsAreEqualInAnyOrder() {
        #expect(WordSet(["said", "says"]) == WordSet(["says", "said", "says"]))
        #expect(WordSet(["said"]) != WordSet(["says"]))
        #expect(WordSet(["b", "a"]).keys == ["a", "b"])
    }
}
