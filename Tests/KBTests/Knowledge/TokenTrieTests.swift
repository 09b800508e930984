import Testing
@testable import KB

/// The lexicon trie: longest match first, exact key sequences, and a table that grows past its
/// first size without losing entries (the generated lexicons add about 200,000 nodes).
@Suite struct TokenTrieTests {
    static func tokens(_ text: String) -> [Token] { Tokenizer().tokenize(Array(text.unicodeScalars)) }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var at: Int
        var expected: String?
        var testDescription: String { name }
    }

    static let trie: TokenTrie<String> = {
        var t = TokenTrie<String>()
        for entry in ["united states", "united states of america", "united nations", "chile", "new york"] {
            t.insert(entry.split(separator: " ").map(String.init), entry)
        }
        return t
    }()

    static let cases: [Case] = [
        Case(name: "the longest entry wins", text: "The United States of America said", at: 1, expected: "united states of america"),
        Case(name: "a shorter entry when the longer one breaks off", text: "The United States said", at: 1, expected: "united states"),
        Case(name: "a prefix alone is no entry", text: "The United Kingdom said", at: 1, expected: nil),
        Case(name: "keys are lower-cased tokens", text: "CHILE said", at: 0, expected: "chile"),
        Case(name: "no match from another token", text: "The United Nations met", at: 0, expected: nil),
    ]

    @Test(arguments: cases) func longestMatch(_ c: Case) {
        let m = Self.trie.longestMatch(in: Self.tokens(c.text), at: c.at)
        #expect(m?.value == c.expected)
    }

    /// A spaced key is the same entry as its words inserted one by one, and values at one node
    /// keep their insertion order across both ways of inserting.
    @Test func spacedKeysAreTheirWords() {
        var t = TokenTrie<String>()
        t.insert(["new", "harbour"], "first")
        t.insert(spaced: "new harbour", "second")
        t.insert(spaced: "isle of dunmore", "isle")
        #expect(t.contains(["isle", "of", "dunmore"]))
        #expect(!t.contains(["isle", "of"]))
        var seen: [String] = []
        let m = t.longestMatch(in: Self.tokens("New Harbour"), at: 0) { v, _ in seen.append(v); return v == "second" }
        #expect(m?.value == "second")
        #expect(seen == ["first", "second"])
    }

    @Test func growsWithoutLosingEntries() {
        var t = TokenTrie<Int>()
        for i in 0..<20_000 { t.insert(["w\(i % 97)", "x\(i)"], i) }
        for i in stride(from: 0, to: 20_000, by: 7) { #expect(t.contains(["w\(i % 97)", "x\(i)"])) }
        #expect(!t.contains(["w1", "x2"]))
        #expect(!t.contains(["w1"]))
    }
}
