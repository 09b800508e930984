import Testing
@testable import KB

/// Descriptions, organisation head words and hyphenated pairs linked to the named entity.
@Suite struct CoreferenceTests {
    func analyze(_ text: String) -> AnalyzedDocument {
        Pipeline().analyze(raw: text, format: .text, source: "test")
    }

    /// The entity each description of the text refers to, by its surface.
    func links(_ doc: AnalyzedDocument) -> [String: String] {
        var out: [String: String] = [:]
        for s in doc.sentences {
            for m in s.mentions where m.method == .coreference {
                out[doc.slice(s.tokens[m.first].start, s.tokens[m.last].end)] = doc.entities[m.entity].name
            }
        }
        return out
    }

    static let cases: [(text: String, surface: String, entity: String?)] = [
        ("Chilean president Ana Ortiz arrived on Monday. The Chilean president met the press.", "The Chilean president", "Ana Ortiz"),
        ("Ambassador Lars Holm of Norway spoke first. Later the ambassador left.", "the ambassador", "Lars Holm"),
        ("NATO met in Brussels. The alliance agreed on a plan.", "The alliance", "NATO"),
        ("The Baltic Security Institute published a report. The institute warned of risks.", "The institute", "Baltic Security Institute"),
        // Nobody in the document holds the office, or carries the head word: no guess.
        ("The Chilean president arrived on Monday.", "The Chilean president", nil),
        ("Peru met Chile. The alliance agreed.", "The alliance", nil),
        // Two holders of the same office and no country said: ambiguous, left alone.
        ("President Ana Ortiz met President Luis Vega. The president left.", "The president", nil),
    ]

    @Test(arguments: cases.indices)
    func descriptionsLinkToTheNamedEntity(_ i: Int) {
        let c = Self.cases[i]
        let doc = analyze(c.text)
        #expect(links(doc)[c.surface] == c.entity, "\(c.text): \(links(doc))")
    }

    @Test func descriptionsAreMentionsNotAliases() {
        let doc = analyze("Chilean president Ana Ortiz arrived. The Chilean president spoke.")
        #expect(doc.entities.first { $0.name == "Ana Ortiz" }?.aliases.contains("The Chilean president") == false)
    }

    @Test func hyphenatedPairReferToBoth() {
        let doc = analyze("Foreign Minister Ana Ortiz met Defense Minister Luis Vega. The Ortiz-Vega plan was praised.")
        let last = doc.sentences[1]
        #expect(Set(last.mentions.map { doc.entities[$0.entity].name }) == ["Ana Ortiz", "Luis Vega"])
    }

    @Test func hyphenatedSurnameStaysOnePerson() {
        let doc = analyze("BBC correspondent Rupert Lane-Fox was detained. Lane-Fox was released.")
        #expect(doc.entities.filter { $0.type == .person }.map(\.name) == ["Rupert Lane-Fox"])
    }
}
