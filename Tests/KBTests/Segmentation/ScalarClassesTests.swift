import Testing
@testable import KB

/// The ASCII paths of the code point tests answer as the Unicode properties do.
@Suite struct ScalarClassesTests {
    /// Every ASCII code point, and letters, capitals and numbers of other scripts.
    static let scalars: [Unicode.Scalar] = (0..<0x80).compactMap(Unicode.Scalar.init)
        + ["É", "ß", "Ω", "ж", "Ж", "中", "\u{0663}", "²", "\u{2019}", "\u{00A0}", "\u{0301}"]

    @Test func asTheUnicodeProperties() {
        for c in Self.scalars {
            #expect(c.isLetter == c.properties.isAlphabetic, "\(c.value)")
            #expect(c.isUpperCase == c.properties.isUppercase, "\(c.value)")
            #expect(c.isNumber == (c.properties.numericType != nil), "\(c.value)")
        }
    }

    static let cases: [(name: String, scalar: Unicode.Scalar, letter: Bool, upper: Bool, number: Bool)] = [
        ("a capital", "Q", true, true, false),
        ("a small letter", "q", true, false, false),
        ("a digit", "7", false, false, true),
        ("the character after Z", "[", false, false, false),
        ("the character before a", "`", false, false, false),
        ("a capital outside ASCII", "Ж", true, true, false),
        ("an Arabic-Indic digit", "\u{0663}", false, false, true),
    ]

    @Test(arguments: cases.indices)
    func classes(_ i: Int) {
        let c = Self.cases[i]
        #expect((c.scalar.isLetter, c.scalar.isUpperCase, c.scalar.isNumber) == (c.letter, c.upper, c.number), "\(c.name)")
    }
}

/// A text's code points decoded in one pass are the text's code points.
@Suite struct ScalarsOfTests {
    static let texts: [(name: String, text: String)] = [
        ("empty", ""),
        ("ASCII", "Chile signed."),
        ("two-byte and three-byte", "Ōsaka’s envoy — “no”"),
        ("four-byte", "flags 🇨🇱 and 𝔸"),
        ("combining mark kept apart", "e\u{0301}te\u{0301}"),
    ]

    @Test(arguments: texts.indices)
    func decodes(_ i: Int) {
        let t = Self.texts[i]
        #expect([Unicode.Scalar](scalarsOf: t.text) == Array(t.text.unicodeScalars), "\(t.name)")
    }
}
