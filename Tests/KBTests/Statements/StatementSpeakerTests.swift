import Testing
@testable import KB

/// Issue 12, classes 3–8: every attribution of a sentence, speakers that are not one named
/// person, the subject of the cue, sentence splits inside quotations, and the smaller ones.
@Suite struct StatementSpeakerTests {
    typealias Case = StatementClassTests.Case
    typealias Row = StatementClassTests.Row

    // MARK: - 3. Every attribution of a sentence

    static let everyAttribution: [Case] = [
        Case(name: "two cues joined by and",
             text: "Finnish Prime Minister Aino Virtanen said the border must stay open, and Swedish Foreign Minister Erik Lund argued that the ferry links were \"a lifeline for the islands.\"",
             rows: [Row(speaker: "Aino Virtanen", cue: "said", content: "the border must stay open", quote: nil),
                    Row(speaker: "Erik Lund", cue: "argued", content: "the ferry links were", quote: "a lifeline for the islands.")], only: true),
        Case(name: "a cue in a relative clause",
             text: "Ghana says the new port, which Togo says is illegal, will open in May.",
             rows: [Row(speaker: "Ghana", cue: "says", content: "the new port will open in May", exact: true),
                    Row(speaker: "Togo", cue: "says", content: "the new port is illegal", exact: true)], only: true),
        Case(name: "a cue in a relative clause, a person, who",
             text: "Mexican Foreign Minister Elena Vargas said the treaty, which Guatemala insists is void, would stand.",
             rows: [Row(speaker: "Elena Vargas", cue: "said", content: "the treaty would stand", exact: true),
                    Row(speaker: "Guatemala", cue: "insists", content: "the treaty is void", exact: true)], only: true),
        Case(name: "but and a second speaker",
             text: "Brazilian President Lucia Prado said the first ships had arrived, but Kenyan President Daniel Mwangi says the real work starts now.",
             rows: [Row(speaker: "Lucia Prado", cue: "said", content: "the first ships had arrived"),
                    Row(speaker: "Daniel Mwangi", cue: "says", content: "the real work starts now")], only: true),
        Case(name: "a cue inside the content with no clause boundary is content",
             text: "Peru said it would warn Chile about the dam.",
             rows: [Row(speaker: "Peru", cue: "said", content: "it would warn Chile")], only: true),
    ]

    @Test(arguments: everyAttribution) func everyAttributionIsAStatement(_ c: Case) { StatementClassTests.check(c) }

    // MARK: - 4. Speakers that are not one named person or state

    static let groupSpeakers: [Case] = [
        Case(name: "a plural with an adjective", text: "Some rural farmers said the new dam would flood their fields.",
             rows: [Row(speaker: "rural farmers", cue: "said", content: "the new dam would flood their fields")]),
        Case(name: "a number of governors and an addressee", text: "12 Governors wrote Ortiz that “the water belongs to the provinces.”",
             rows: [Row(speaker: "12 Governors", cue: "wrote", content: "the water belongs to the provinces", quote: "the water belongs to the provinces.")]),
        Case(name: "arguing after by", text: "Others tried to delay the vote by arguing that the bill was unconstitutional.",
             rows: [Row(speaker: "Others", cue: "arguing", content: "the bill was unconstitutional")]),
        Case(name: "an official of a state, after the content", text: "The talks will resume in June, a Peruvian official said.",
             rows: [Row(speaker: "Peruvian official", cue: "said", content: "The talks will resume in June", of: "Peru")], only: true),
        Case(name: "one diplomat", text: "One Chilean diplomat said the talks had stalled.",
             rows: [Row(speaker: "Chilean diplomat", cue: "said", content: "the talks had stalled")], only: true),
        Case(name: "an unnamed official who asked not to be named",
             text: "\"We will not reopen the gates,\" said the official, who asked not to be named.",
             rows: [Row(speaker: "official", cue: "said", content: "We will not reopen the gates", quote: "We will not reopen the gates")], only: true),
        Case(name: "an official of a state after the cue",
             text: "“The border stays closed,” said a senior Ugandan official.",
             rows: [Row(speaker: "senior Ugandan official", cue: "said", content: "The border stays closed", of: "Uganda")], only: true),
    ]

    @Test(arguments: groupSpeakers) func speakersAsWritten(_ c: Case) { StatementClassTests.check(c) }

    /// "it" after a paper is the paper, not the country a quotation names.
    @Test func aPronounAfterAPaperIsThePaper() {
        let doc = StatementClassTests.analyze("An editorial in the Daily Ledger criticised the deal. \"Kampala has given away far too much,\" it said.")
        let st = doc.statements.first { $0.quote?.contains("Kampala has given away") == true }
        #expect(st.map { $0.speaker.map { doc.entities[$0].name } ?? $0.speakerText } == "Daily Ledger")
    }

    // MARK: - 6. A surname the document defines

    static let surnames: [Case] = [
        Case(name: "a defined surname beats a famous one",
             text: "Kenyan Trade Minister Grace Kennedy announced the coffee levy on Monday. Kennedy said the farmers would gain.",
             rows: [Row(speaker: "Grace Kennedy", cue: "said", content: "the farmers would gain")]),
        Case(name: "a defined surname named after its use",
             text: "Nixon said the port would reopen. Chilean Senator Pablo Nixon, who chairs the committee, spoke in Valparaiso.",
             rows: [Row(speaker: "Pablo Nixon", cue: "said", content: "the port would reopen")]),
        Case(name: "the famous person when the document names no other",
             text: "Kennedy said the moon was within reach.",
             rows: [Row(speaker: "John F. Kennedy", cue: "said", content: "the moon was within reach")]),
    ]

    @Test(arguments: surnames) func aDefinedSurnameBeatsAFamousOne(_ c: Case) { StatementClassTests.check(c) }

    // MARK: - 5. The subject of the cue

    static let subjects: [Case] = [
        Case(name: "a partitive subject, not the union named before",
             text: "The African Union met in Nairobi. Three of Kenya's biggest unions said the strike would go ahead.",
             rows: [Row(speaker: "Three of Kenya's biggest unions", cue: "said", content: "the strike would go ahead", of: "Kenya")]),
        Case(name: "officials after a clause naming others",
             text: "As Chilean President Rosa Ibarra and Prime Minister Lars Holm of Norway toured the dam, Peruvian officials said the water levels were falling.",
             rows: [Row(speaker: "Peruvian officials", cue: "said", content: "the water levels were falling", of: "Peru")], only: true),
        Case(name: "the antecedent of who",
             text: "One of the engineers who built the Netherlands' new sea wall said the design would last a century.",
             rows: [Row(speaker: "One of the engineers", cue: "said", content: "the design would last a century")], only: true),
        Case(name: "a founder's apposition is not the speaker",
             text: "Anna Lindqvist, founder of the Baltic Water Alliance, said the lake was dying.",
             rows: [Row(speaker: "Anna Lindqvist", cue: "said", content: "the lake was dying")], only: true),
        Case(name: "the named one of coordinated speakers",
             text: "Ambassador Ivo Marin and other officials affirm that the treaty holds.",
             rows: [Row(speaker: "Ivo Marin", cue: "affirm", content: "the treaty holds")], only: true),
    ]

    @Test(arguments: subjects) func theSubjectOfTheCue(_ c: Case) { StatementClassTests.check(c) }

    // MARK: - 7 and 8. Splits inside quotations, guillemets, non-statements

    static let smaller: [Case] = [
        Case(name: "a question inside quotes runs on to its attribution",
             text: "“Who will pay for the bridge?” Bolivian Senator Marta Quispe told reporters. “Not the people of El Alto, I hope.”",
             rows: [Row(speaker: "Marta Quispe", cue: "told reporters", content: "Who will pay for the bridge", quote: "Who will pay for the bridge?"),
                    Row(speaker: "Marta Quispe", cue: "told reporters", content: "Not the people of El Alto", quote: "Not the people of El Alto")], only: true),
        Case(name: "an exclamation, straight quotes",
             text: "\"Enough is enough!\" Angolan Transport Minister Paulo Neto told the crowd. \"We will rebuild the road ourselves.\"",
             rows: [Row(speaker: "Paulo Neto", cue: "told", content: "Enough is enough", quote: "Enough is enough!"),
                    Row(speaker: "Paulo Neto", cue: "told", content: "We will rebuild the road", quote: "We will rebuild the road ourselves.")], only: true),
        Case(name: "guillemets", text: "«We will not yield,» said Senator Ana Ortiz.",
             rows: [Row(speaker: "Ana Ortiz", cue: "said", content: "We will not yield", quote: "We will not yield")], only: true),
        Case(name: "a dateline is never the speaker", text: "NAIROBI — Kenyan wildlife rangers said on Monday that the shots were warnings.",
             rows: [Row(speaker: "Kenyan wildlife rangers", cue: "said", content: "the shots were warnings", of: "Kenya")], only: true),
        Case(name: "a dateline is never the speaker, a named one", text: "LIMA — Peruvian Interior Minister Ana Ruiz said the border was calm.",
             rows: [Row(speaker: "Ana Ruiz", cue: "said", content: "the border was calm")], only: true),
        Case(name: "a paper named before its category noun", text: "The ruling party's official Morning Star newspaper said the vote was fair.",
             rows: [Row(speaker: "Morning Star", cue: "said", content: "the vote was fair")], only: true),
        Case(name: "did not respond is no statement", text: "The ministry did not respond to a request for comment.", rows: [], only: true),
        Case(name: "nouns claims and states are no cues",
             text: "The territorial claims of the Gulf states remain unresolved.", rows: [], only: true),
        Case(name: "the author's own voice", text: "In the talks with Peru we insisted that the border must stay open.",
             rows: [Row(speaker: nil, cue: "insisted", content: "the border must stay open")], only: true),
        Case(name: "a pronoun after a body named by its state's adjective",
             text: "The Russian delegation presented a draft resolution. It also “strongly” condemned the shelling.",
             rows: [Row(speaker: "Russia", cue: "condemned", content: "the shelling")]),
    ]

    @Test(arguments: smaller) func smallerClasses(_ c: Case) { StatementClassTests.check(c) }
}
