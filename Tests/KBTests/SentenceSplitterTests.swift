import Testing
@testable import KB

@Suite struct SentenceSplitterTests {
    static let cases: [(String, [String])] = [
        ("The U.S. ambassador spoke. Then he left.", ["The U.S. ambassador spoke.", "Then he left."]),
        ("Gen. Hossein Salami warned Israel. Iran agreed.", ["Gen. Hossein Salami warned Israel.", "Iran agreed."]),
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("It rose 3.5 percent. Prices fell.", ["It rose 3.5 percent.", "Prices fell."]),
        ("He said “it is over.” She disagreed.", ["He said “it is over.”", "She disagreed."]),
        ("J. R. Smith arrived. Talks began.", ["J. R. Smith arrived.", "Talks began."]),
        ("They met in the U.S. The talks failed.", ["They met in the U.S.", "The talks failed."]),
        ("Wait... It worked.", ["Wait...", "It worked."]),
        ("The vote is on Jan. 5 in Geneva. Nobody came.", ["The vote is on Jan. 5 in Geneva.", "Nobody came."]),
        // Plural title abbreviations, as singular ones, do not end a sentence.
        ("U.S. Sens. Ana Ortiz and Lars Holm wrote. Nobody replied.", ["U.S. Sens. Ana Ortiz and Lars Holm wrote.", "Nobody replied."]),
        ("Reps. Ana Ortiz and Lars Holm objected. Drs. Kim and Lee agreed.", ["Reps. Ana Ortiz and Lars Holm objected.", "Drs. Kim and Lee agreed."]),
    ]

    @Test(arguments: cases)
    func splits(_ text: String, _ expected: [String]) {
        var doc = AnalyzedDocument(source: "t", format: .text, text: text)
        SentenceSplitter(knowledge: .builtIn).split(&doc, headline: false)
        #expect(doc.sentences.map(\.text) == expected)
    }

    @Test func offsetsCountCodePoints() {
        var doc = AnalyzedDocument(source: "t", format: .text, text: "Moscow’s “plan” failed.\n\nNext — one.")
        SentenceSplitter(knowledge: .builtIn).split(&doc, headline: false)
        for s in doc.sentences { #expect(doc.slice(s.start, s.end) == s.text) }
        #expect(doc.sentences.map(\.paragraph) == [0, 1])
    }

    /// A line without punctuation is cut at spaces, never mid-word, so per-sentence work stays bounded.
    @Test func longLinesAreCutAtSpaces() {
        let words = (0..<40_000).map { ["alpha", "Beta", "gamma"][$0 % 3] }
        let text = words.joined(separator: " ")
        var doc = AnalyzedDocument(source: "t", format: .text, text: text)
        SentenceSplitter(knowledge: .builtIn).split(&doc, headline: false)
        #expect(doc.sentences.count > 1)
        #expect(doc.sentences.allSatisfy { $0.end - $0.start <= SentenceSplitter.maxSentenceLength })
        #expect(doc.sentences.map(\.text).joined(separator: " ") == text)
        let unbroken = String(repeating: "x", count: 4_000)
        var doc2 = AnalyzedDocument(source: "t", format: .text, text: unbroken)
        SentenceSplitter(knowledge: .builtIn).split(&doc2, headline: false)
        #expect(doc2.sentences.map(\.text).joined() == unbroken)
    }
}
