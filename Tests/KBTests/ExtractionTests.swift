import Testing
@testable import KB

/// Invented texts (other people and countries than the seed's) through the whole pipeline.
@Suite struct ExtractionTests {
    func analyze(_ text: String) -> AnalyzedDocument {
        Pipeline().analyze(raw: text, format: .text, source: "test")
    }

    func entity(_ doc: AnalyzedDocument, _ name: String) -> LocalEntity? { doc.entities.first { $0.name == name } }

    @Test(arguments: [
        ("Turkish foreign minister Ahmet Tuncay warned Greece on Monday.", "Ahmet Tuncay", EntityType.person),
        ("The Chilean envoy to the UN, Rosa Ibarra, said talks would resume.", "Rosa Ibarra", .person),
        ("Pavel Orlik, the Czech ambassador to NATO, insisted that nothing changed.", "Pavel Orlik", .person),
        ("The Baltic Security Institute published a report.", "Baltic Security Institute", .organization),
        ("Talks were held in Vienna.", "Vienna", .location),
        ("Kenya signed the 2019 Coastal Fisheries Agreement.", "2019 Coastal Fisheries Agreement", .document),
    ])
    func unknownNamesAreTypedByCues(_ text: String, _ name: String, _ type: EntityType) {
        let doc = analyze(text)
        #expect(entity(doc, name)?.type == type)
    }

    @Test func sentenceInitialWordsAndMonthsAreNotEntities() {
        let doc = analyze("However, Continued talks failed in March. Tuesday was quiet.")
        #expect(doc.entities.isEmpty)
    }

    @Test func surnameJoinsTheFullName() {
        let doc = analyze("Brazilian president Lucia Fontes spoke. Fontes said the plan was sound.")
        #expect(doc.entities.filter { $0.type == .person }.map(\.name) == ["Lucia Fontes"])
        #expect(doc.statements.first?.speaker.map { doc.entities[$0].name } == "Lucia Fontes")
    }

    @Test func capitalIsMetonymyUnlessAPlace() {
        let metonymy = analyze("Beijing rejected the proposal.")
        #expect(metonymy.entities.map(\.name) == ["China"])
        let place = analyze("The ministers met in Beijing.")
        #expect(place.entities.first?.type == .location)
    }

    @Test func demonymsAndPluralsResolveToTheState() {
        let doc = analyze("The Israelis said the Iranian proposal was late.")
        #expect(Set(doc.entities.map(\.name)) == ["Israel", "Iran"])
    }

    @Test func quoteWithAttributionAfter() {
        let doc = analyze("“We will not yield,” said Polish Defense Minister Adam Wrona.")
        let st = doc.statements.first
        #expect(st.flatMap { $0.speaker }.map { doc.entities[$0].name } == "Adam Wrona")
        #expect(st?.quote == "We will not yield")  // the comma before the closing mark is the attribution's, not the words'
    }

    @Test func pronounSpeakerIsTheLastPersonSpeaker() {
        let doc = analyze("Dutch envoy Pieter Smit said the border was calm. He added that patrols would continue.")
        #expect(doc.statements.count == 2)
        #expect(doc.statements.allSatisfy { $0.speaker.map { doc.entities[$0].name } == "Pieter Smit" })
    }

    @Test func organisationAndUnnamedSpeakers() {
        let doc = analyze("Egypt maintains that the dam is illegal. A senior official said talks had stalled.")
        #expect(doc.statements.first?.speaker.map { doc.entities[$0].name } == "Egypt")
        #expect(doc.statements.last?.speakerText == "senior official")  // as written, without its article (issue 12)
    }

    @Test func scareQuotesAreNotStatements() {
        let doc = analyze("The so-called “reform” was delayed.")
        #expect(doc.statements.isEmpty)
    }

    @Test func threatVerbAndNegation() {
        let doc = analyze("Pakistan does not threaten India.")
        let r = doc.relations.first { $0.predicate == "threaten" }
        #expect(r.map { doc.entities[$0.subject!].name } == "Pakistan")
        #expect(r.flatMap { $0.object }.map { doc.entities[$0].name } == "India")
        #expect(r?.polarity == .negated)
    }

    @Test func threatsFromAndListForms() {
        let doc = analyze("Venezuela does not appear on the list of likely threats facing Brazil or Colombia.")
        let rows = doc.relations.filter { $0.predicate == "threaten" }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.polarity == .negated && doc.entities[$0.subject!].name == "Venezuela" })
        let from = analyze("Unlike Serbia, which focuses on perceived threats from Kosovo, Croatia is calm.")
        let f = from.relations.first { $0.predicate == "threaten" }
        #expect(f.map { from.entities[$0.subject!].name } == "Kosovo")
        #expect(f.flatMap { $0.object }.map { from.entities[$0].name } == "Serbia")
    }

    @Test func demonymThreatIsConditionalInsideIf() {
        let doc = analyze("If the North Korean threat grows, Japan will act.")
        let r = doc.relations.first { $0.predicate == "threaten" }
        #expect(r.map { doc.entities[$0.subject!].name } == "North Korea")
        #expect(r?.modality == .conditional)
    }

    @Test func passiveVoiceSwapsRoles() {
        let doc = analyze("The offer was rejected by Ethiopia.")
        let r = doc.relations.first { $0.predicate == "reject" }
        #expect(r.map { doc.entities[$0.subject!].name } == "Ethiopia")
    }

    @Test func relationInsideAStatementHasItsSpeakerAsSource() {
        let doc = analyze("Japan insists that China threatens Taiwan.")
        let r = doc.relations.first { $0.predicate == "threaten" }
        #expect(r.flatMap { $0.source }.map { doc.entities[$0].name } == "Japan")
    }

    @Test func rolesFromTitlesAndAppositions() {
        let doc = analyze("Kenyan president Amina Odhiambo met Lars Berg, the Swedish ambassador to the African Union.")
        let roles = doc.roles.map { "\(doc.entities[$0.person].name)|\($0.role)|\($0.organization.map { doc.entities[$0].name } ?? "-")" }
        #expect(roles.contains("Amina Odhiambo|president|Kenya"))
        #expect(roles.contains("Lars Berg|ambassador|Sweden"))
    }
}
