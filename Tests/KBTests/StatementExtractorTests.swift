import Testing
@testable import KB

/// Who said what, pattern by pattern, on invented texts, including wrong-attribution traps.
@Suite struct StatementExtractorTests {
    func analyze(_ text: String) -> AnalyzedDocument {
        Pipeline().analyze(raw: text, format: .text, source: "test")
    }

    /// The speaker of each statement as (name or text, start of its quote or content).
    func said(_ doc: AnalyzedDocument) -> [(String?, String)] {
        doc.statements.map { st in (st.speaker.map { doc.entities[$0].name } ?? st.speakerText, String((st.quote ?? st.content).prefix(24))) }
    }

    static let cases: [(name: String, text: String, speaker: String?, quoteStart: String)] = [
        ("quote over two sentences, said X after",
         "“The vote was a sham. Our allies deserve better,” said Senator Ana Ortiz. Others disagreed.",
         "Ana Ortiz", "The vote was a sham. Our allies deserve better"),
        ("quote over two sentences, X said after",
         "Foreign Minister Lars Holm spoke in Oslo. “Nothing has changed. We stand firm,” Holm said.",
         "Lars Holm", "Nothing has changed. We stand firm"),
        ("quote over two sentences, cue before",
         "Kenyan envoy Wanjiru Kamau said: “The border is calm. Patrols continue.”",
         "Wanjiru Kamau", "The border is calm. Patrols continue."),
        ("quote over paragraphs: no close at the paragraph's end",
         "Japanese minister Kenji Sato warned Peru. He said: “We expect an answer soon. We have waited.\n\n“The fleet will stay where it is.”",
         "Kenji Sato", "We expect an answer soon. We have waited."),
        ("description after the cue",
         "“We do not recognise the vote,” said a foreign ministry spokesman.",
         "foreign ministry spokesman", "We do not recognise the vote"),
        ("bare plural speaker",
         "Analysts said the talks would fail.",
         "Analysts", "the talks would fail"),
        ("a plural right before the cue, a name further back",
         "Senator Ana Ortiz spoke.\n\nWhile there was little opposition to the Ortiz amendments, proponents argued the amendments would be “treaty killers”.",
         "proponents", "treaty killers"),
        ("a cue word inside a name is no cue",
         "The United States and its allies say the strikes hit civilians.",
         "United States", "the strikes hit civilians"),
        ("a description owned by a state",
         "Peru rejected the plan, and Chile's U.N. ambassador said his country would wait.",
         "Chile's U.N. ambassador", "his country would wait"),
        ("a description with a place after its head",
         "The main rebel coalition in Ruritania has said it is willing to talk.",
         "main rebel coalition in Ruritania", "it is willing to talk"),
        ("a scare-quoted adverb between subject and cue",
         "The Chilean delegation presented a draft. It also “strongly” condemned the shelling.",
         "Chile", "strongly"),
        ("a quotation nested in a quotation",
         "“The minister told me ‘we will win,’ and left,” said Senator Lars Holm.",
         "Lars Holm", "The minister told me ‘we will win,’ and left"),
        ("a participle cue before the speaker",
         "LIMA – Citing weak guarantees, Foreign Minister Ana Ortiz rejected the accord.",
         "Ana Ortiz", "weak guarantees"),
        ("a quotation someone else inside the statement said",
         "Chile has said it will keep patrolling, even after a truce, which diplomats have been calling a “cessation of hostilities.”",
         "diplomats", "cessation of hostilities."),
        ("the named one of several speakers",
         "Ambassador Lars Holm and other officials affirm that Chile is no threat.",
         "Lars Holm", "Chile is no threat"),
    ]

    @Test(arguments: cases.indices)
    func attributes(_ i: Int) {
        let c = Self.cases[i]
        let doc = analyze(c.text)
        let hit = doc.statements.first { ($0.quote ?? $0.content).hasPrefix(c.quoteStart) }
        #expect(hit != nil, "\(c.name): \(said(doc))")
        #expect(hit.map { st in st.speaker.map { doc.entities[$0].name } ?? st.speakerText } == c.speaker, "\(c.name): \(said(doc))")
    }

    @Test func theWholeMultiSentenceQuoteIsOneStatement() {
        let doc = analyze("“The vote was a sham. Our allies deserve better,” said Senator Ana Ortiz. “We will try again.”")
        #expect(doc.statements.count == 2, "\(said(doc))")
        #expect(doc.statements.first?.quote == "The vote was a sham. Our allies deserve better,")
        // The next quotation in the paragraph continues her words.
        #expect(doc.statements.last?.speaker.map { doc.entities[$0].name } == "Ana Ortiz")
    }

    @Test func pronounAfterAnUnnamedSpeakerStaysWithHim() {
        let doc = analyze("“The vote is void,” said a defense ministry spokesman. He said that Chile would appeal.")
        #expect(doc.statements.map(\.speakerText) == ["defense ministry spokesman", "defense ministry spokesman"], "\(said(doc))")
    }

    @Test func quoteParagraphAfterAStatementEndingTheParagraphBefore() {
        let doc = analyze("Researcher Marta Nowak of the Baltic Security Institute warned that the fleet could grow.\n\n“If they build more ships, the balance changes.”")
        #expect(said(doc).last?.0 == "Marta Nowak", "\(said(doc))")
    }

    /// Trap: the paragraph before the quotation ends with someone else's words — or no one's.
    @Test func quoteParagraphAfterAParagraphAboutSomeoneElseIsNotHis() {
        let doc = analyze("Researcher Marta Nowak warned that the fleet could grow. The fleet sailed on Monday.\n\n“If they build more ships, the balance changes.”")
        #expect(!doc.statements.contains { $0.quote?.hasPrefix("If they build") == true && $0.speaker != nil }, "\(said(doc))")
    }

    /// Trap: two people in one sentence; the speaker is the subject of the cue, not the last name.
    @Test func twoPeopleInOneSentence() {
        let doc = analyze("Chilean minister Ana Ortiz said Peruvian envoy Luis Vega had misled the council.")
        #expect(said(doc).map(\.0) == ["Ana Ortiz"])
    }

    @Test func transcriptTurns() {
        let doc = analyze("MODERATOR: Next question.\n\nMR. HOLM: We have nothing to add. The talks continue.\n\nThey resume on Monday.\n\nQ: Thank you.")
        #expect(doc.statements.map(\.kind) == [.transcript, .transcript, .transcript, .transcript, .transcript])
        #expect(doc.statements.map(\.speakerText) == ["MODERATOR", "MR. HOLM", "MR. HOLM", "MR. HOLM", "Q"])
        #expect(doc.statements[3].content == "They resume on Monday")
    }

    @Test func oneCapitalisedLabelIsNoTranscript() {
        let doc = analyze("WASHINGTON: Chile said the talks failed.")
        #expect(doc.statements.map(\.kind) == [.reported], "\(said(doc))")
    }

    @Test func aReproducedLetterIsItsSendersWords() {
        let doc = analyze("""
            Senators Ana Ortiz and Lars Holm sent a letter to the Chilean president on Monday.

            The letter urges the president to end the blockade.

            The text of the letter is below:

            Dear Madam President:

            We write to ask you to lift the blockade of Peru.

            Sincerely,
            """)
        let byOrtiz = doc.statements.filter { $0.speaker.map { doc.entities[$0].name } == "Ana Ortiz" }.map(\.content)
        let byHolm = doc.statements.filter { $0.speaker.map { doc.entities[$0].name } == "Lars Holm" }.map(\.content)
        #expect(byOrtiz.contains("We write to ask you to lift the blockade of Peru"), "\(said(doc))")
        #expect(byHolm.contains("We write to ask you to lift the blockade of Peru"), "\(said(doc))")
        #expect(byOrtiz.contains { $0.contains("end the blockade") }, "\(said(doc))")
        #expect(!doc.statements.contains { $0.content.hasPrefix("Sincerely") })
    }

    @Test func aColonLineWithoutSendersIsNotALetter() {
        let doc = analyze("The text of the agreement is below:\n\nBoth parties will withdraw.")
        #expect(doc.statements.isEmpty, "\(said(doc))")
    }

    /// Found by the 10,000-text fuzz: a description whose determiner is its last word.
    @Test func descriptionEndingAtItsDeterminerDoesNotCrash() {
        let doc = Pipeline().analyze(raw: "\u{201C}! [\"a according to", format: .text, source: "t")
        #expect(doc.sentences.count >= 1)
    }
}
