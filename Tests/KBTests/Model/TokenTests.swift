import Testing
@testable import KB

/// A token's case flags are read once from its text when it is made.
@Suite struct TokenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var capitalized: Bool
        var allCaps: Bool
        var testDescription: String { text.isEmpty ? "empty" : text }
    }

    static let cases: [Case] = [
        Case(text: "Senate", capitalized: true, allCaps: false),
        Case(text: "NATO", capitalized: true, allCaps: true),
        Case(text: "U.S.", capitalized: true, allCaps: true),
        Case(text: "senate", capitalized: false, allCaps: false),
        Case(text: "iPhone", capitalized: false, allCaps: false),
        Case(text: "Élysée", capitalized: true, allCaps: false),
        Case(text: "ÖVP", capitalized: true, allCaps: true),
        Case(text: "éric", capitalized: false, allCaps: false),
        Case(text: "1987", capitalized: false, allCaps: false),
        Case(text: "“", capitalized: false, allCaps: false),
        Case(text: "", capitalized: false, allCaps: false),
        // ASCII is read from the bytes, the rest from the scalars: both read these alike.
        Case(text: "S-400", capitalized: true, allCaps: true),
        Case(text: "McAllister", capitalized: true, allCaps: false),
        Case(text: "a.m.", capitalized: false, allCaps: false),
        Case(text: "'S", capitalized: false, allCaps: true),
        Case(text: "NATO’s", capitalized: true, allCaps: false),
    ]

    @Test(arguments: cases) func caseFlags(_ c: Case) {
        let t = Token(text: c.text, key: Token.key(c.text), start: 0, end: c.text.unicodeScalars.count, kind: .word, joined: false)
        #expect(t.isCapitalized == c.capitalized)
        #expect(t.isAllCaps == c.allCaps)
    }
}
