import Testing
@testable import KB

/// A word's feature hashes, read from its bytes in one pass when it is ASCII, are those of the
/// model's definitions: the word, its normal form ("!HYPHEN", "!YEAR", "!DIGITS" or lower case),
/// their last three code points and its first.
@Suite struct WordHashesTests {
    static let words: [(name: String, word: String)] = [
        ("capitalised", "Talks"),
        ("lower case", "envoy"),
        ("a hyphen inside", "long-range"),
        ("a leading hyphen", "-LRB-"),
        ("a year", "1987"),
        ("digits then letters", "42nd"),
        ("digits, not four", "20261"),
        ("dotted initials", "U.S."),
        ("one letter", "a"),
        ("two letters", "Oz"),
        ("an apostrophe", "'s"),
        ("not ASCII", "Ōsaka"),
        ("curly apostrophe", "don\u{2019}t"),
    ]

    @Test(arguments: words.indices)
    func asTheModelDefinesThem(_ i: Int) {
        let w = Self.words[i].word
        let h = WordHashes(w)
        let normal = Tagger.normalize(w)
        #expect(h.raw == fnv1a(w.utf8), "\(Self.words[i].name)")
        #expect(h.rawSuffix == fnv1a(Tagger.suffix(w).utf8), "\(Self.words[i].name)")
        #expect(h.prefix == fnv1a(Tagger.prefix(w).utf8), "\(Self.words[i].name)")
        #expect(h.normal == fnv1a(normal.utf8), "\(Self.words[i].name)")
        #expect(h.normalSuffix == fnv1a(Tagger.suffix(normal).utf8), "\(Self.words[i].name)")
    }
}
