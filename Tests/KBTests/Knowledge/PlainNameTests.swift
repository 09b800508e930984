import Testing
@testable import KB

/// A plain name (letters and digits between single spaces) becomes a lexicon form without the
/// tokenizer; it must be exactly the form the tokenizer would have made.
@Suite struct PlainNameTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        /// nil: not plain (the tokenizer reads it).
        var key: String?
        var capitals: UInt64 = 0
        var acronym = false
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "two ASCII words", text: "New Harbour", key: "new harbour", capitals: 0b11),
        Case(name: "a lower-case word inside", text: "Isle of Dunmore", key: "isle of dunmore", capitals: 0b101),
        Case(name: "a leading number", text: "17 Meridian", key: "17 meridian", capitals: 0b10),
        Case(name: "an acronym with a digit", text: "G7", key: "g7", capitals: 0b1, acronym: true),
        Case(name: "a six-letter capital word is no acronym", text: "UNESCO", key: "unesco", capitals: 0b1),
        Case(name: "accented letters", text: "São Tomé", key: "são tomé", capitals: 0b11),
        Case(name: "non-Latin letters", text: "Ελλάδα", key: "ελλάδα", capitals: 0b1),
        Case(name: "a hyphen goes to the tokenizer", text: "Port-Lorne", key: nil),
        Case(name: "an apostrophe goes to the tokenizer", text: "N'Kala", key: nil),
        Case(name: "a dot goes to the tokenizer", text: "St. Ives", key: nil),
        Case(name: "a double space goes to the tokenizer", text: "New  Harbour", key: nil),
        Case(name: "a trailing space goes to the tokenizer", text: "Harbour ", key: nil),
        Case(name: "a combining mark goes to the tokenizer", text: "Sa\u{0303}o", key: nil),
    ]

    @Test(arguments: cases) func readsTheShape(_ c: Case) {
        let plain = PlainName(c.text)
        #expect(plain?.key == c.key)
        if let plain {
            #expect(plain.capitals == c.capitals)
            #expect(plain.isAcronym == c.acronym)
        }
    }

    /// Every name and alias of every embedded lexicon that is plain gives the tokenizer's keys,
    /// token count and capitals: the start-up path and the general one make the same forms.
    @Test func agreesWithTheTokenizerOnEveryEmbeddedName() throws {
        let tokenizer = Knowledge.builtIn.tokenizer
        var checked = 0
        for (name, text, _) in Embedded.lexicons where name.hasSuffix(".tsv") {
            guard let file = try? LexiconFile(name: name, text: text) else { continue }
            let columns = file.columns.indices.filter { ["name", "aliases", "plurals", "demonyms", "capitals", "seats"].contains(file.columns[$0]) }
            for row in file.rows {
                for c in columns where c < row.count {
                    for surface in row[c].split(separator: "|").map(String.init) {
                        guard let plain = PlainName(surface) else { continue }
                        let tokens = tokenizer.tokenize(Array(surface.unicodeScalars))
                        #expect(plain.key == tokens.map(\.key).joined(separator: " "), "\(name): \(surface)")
                        #expect(plain.count == tokens.count, "\(name): \(surface)")
                        #expect(plain.capitals == Knowledge.Form.capitals(of: tokens.map(\.text)), "\(name): \(surface)")
                        let letters = surface.unicodeScalars.filter { $0.properties.isAlphabetic }
                        let acronym = tokens.count == 1 && letters.count <= 5 && letters.allSatisfy { $0.properties.isUppercase }
                        #expect(plain.isAcronym == acronym, "\(name): \(surface)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 30_000)
    }
}
