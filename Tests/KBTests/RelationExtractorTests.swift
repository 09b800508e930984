import Testing
@testable import KB

/// Who does what to whom: arguments found by general patterns, on invented sentences.
@Suite struct RelationExtractorTests {
    func relations(_ text: String) -> [String] {
        let doc = Pipeline().analyze(raw: text, format: .text, source: "test")
        return doc.relations.map { r in
            let s = r.subject.map { doc.entities[$0].name } ?? r.subjectText ?? "?"
            let o = r.object.map { doc.entities[$0].name } ?? r.objectText ?? "?"
            return "\(s) \(r.predicate) \(o)\(r.polarity == .negated ? " (negated)" : "")"
        }
    }

    static let cases: [(text: String, expected: String)] = [
        // The object is the phrase after the verb; an entity after a place preposition is not it.
        ("Senator Ana Ortiz offered four amendments in the Foreign Relations Committee.", "Ana Ortiz propose four amendments"),
        // After "to", the entity is the addressee.
        ("Chile offered a ceasefire to Peru.", "Chile propose Peru"),
        // A second verb of the clause shares the subject.
        ("The Andean Fisheries Council met in Lima and condemned Peru's naval exercise.", "Andean Fisheries Council criticize Peru"),
        // "He" as the subject: the person named in the sentence before.
        ("Foreign Minister Lars Holm arrived in Oslo. He rejected the Swedish proposal.", "Lars Holm reject Sweden"),
        // A demonym with a collective noun is the collective, not the state.
        ("The Chilean rebel coalition denounced Peru.", "Chilean rebel coalition criticize Peru"),
        // Later items of a list after a place belong to the object.
        ("A nuclear Iran will threaten its neighbors in the Gulf, Turkey, and the world.", "Iran threaten Turkey"),
        ("Japan voted against the resolution.", "Japan reject the resolution"),
        // Two verbs share the object after the second.
        ("Venezuela has been funding and training militants in the region.", "Venezuela fund militants"),
        // A noun's own preposition names the object: "sanctions on".
        ("The European Union placed strong new sanctions on Belarus in March.", "European Union sanction Belarus"),
    ]

    @Test(arguments: cases.indices)
    func finds(_ i: Int) {
        let c = Self.cases[i]
        let found = relations(c.text)
        #expect(found.contains(c.expected), "\(c.text): \(found)")
    }

    /// Only a list after a place continues the object; "between A and B" does not.
    @Test func listAfterOtherPrepositionsIsNotTheObject() {
        let found = relations("Japan voted against ratification of the treaty between Chile and Peru.")
        #expect(found.contains("Japan reject ratification of the treaty"), "\(found)")
        #expect(!found.contains { $0.hasSuffix("Peru") || $0.hasSuffix("Chile") }, "\(found)")
    }

    /// "talked on the phone with X": the verb's preposition past a short phrase; no partner, no event.
    @Test func consultingNeedsAPartner() {
        #expect(relations("Senator Ana Ortiz talked on the phone with Foreign Minister Lars Holm.").contains("Ana Ortiz discuss Lars Holm"))
        #expect(relations("Senator Ana Ortiz spoke on condition of anonymity.").isEmpty)
    }

    @Test func placeRightAfterTheVerbIsNoObject() {
        let found = relations("Kenya met in Ghana on Monday. Kenya rejected in Ghana on Monday a new plan.")
        #expect(!found.contains { $0.hasSuffix("Ghana") }, "\(found)")
    }

    @Test func placeIsNotTheObject() {
        let found = relations("Senator Ana Ortiz offered four amendments in the Foreign Relations Committee.")
        #expect(!found.contains { $0.hasSuffix("Foreign Relations Committee") }, "\(found)")
    }
}
