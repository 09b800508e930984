import Testing
@testable import KB

/// Word classes named in code are `WordClass` constants: each is a class the lexicons know, and
/// asking through a token (its key's hash made once) answers as asking by its key does.
@Suite struct WordClassTests {
    static let cases: [(id: String, text: String, wordClass: WordClass, expected: [Bool])] = [
        ("function-words", "The talks of the envoys", .function, [true, false, true, true, false]),
        ("negation", "Chile did not sign", .negation, [false, false, true, false]),
        ("coordinator", "Peru and Laos or Fiji", .coordinator, [false, true, false, true, false]),
        ("possessive-name-determiner", "Kenya's envoy", .nameDeterminer, [false, true, false]),
        ("capitalised-key", "NOT Never", .negation, [true, true]),
    ]

    @Test(arguments: cases.indices)
    func tokenAnswersAsTheName(_ i: Int) {
        let c = Self.cases[i]
        let k = Knowledge.builtIn
        let tokens = k.tokenizer.tokenize(Array(c.text.unicodeScalars))
        #expect(tokens.map { k.is($0, c.wordClass) } == c.expected, "\(c.id)")
        #expect(tokens.map { k.is($0.key, c.wordClass) } == c.expected, "\(c.id)")
        // In place, by index: the look-up the rules make without copying a token.
        #expect(tokens.indices.map { k.is(tokens, $0, c.wordClass) } == c.expected, "\(c.id)")
    }

    /// A table read through a token array answers as one read by the token's key.
    @Test func aTableReadInPlaceAnswersAsByKey() {
        let table = StringTable(["envoy": 1, "didn't": 2, "u.s.": 3])
        let tokens = Knowledge.builtIn.tokenizer.tokenize(Array("The ENVOY didn\u{2019}t visit the U.S.".unicodeScalars))
        #expect(tokens.indices.map { table[tokens, $0] } == tokens.map { table[$0.key] })
        #expect(tokens.indices.compactMap { table[tokens, $0] } == [1, 2, 3])
    }

    /// A class read by name (a pattern row's `@negation`) is the constant code uses.
    @Test func aClassByNameIsTheConstant() {
        #expect(WordClass(name: "negation") == .negation)
        #expect(WordClass(name: "title-link") == .titleLink)
    }

    @Test func everyClassNameHasItsOwnBit() {
        let classes = Knowledge.wordClassNames.compactMap { WordClass(name: $0) }
        #expect(classes.count == Knowledge.wordClassNames.count)
        #expect(Set(classes.map(\.bit)).count == classes.count)
        #expect(WordClass(name: "negatoin") == nil)
    }

    @Test func aTokenKeepsTheHashOfItsKey() {
        for t in Knowledge.builtIn.tokenizer.tokenize(Array("Ōsaka’s U.S. envoy".unicodeScalars)) {
            #expect(t.keyHash == fnv1a(t.key.utf8), "\(t.text)")
        }
    }
}
