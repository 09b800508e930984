import Testing
@testable import KB

/// The classes of issue 12 — statements on unseen news — each example an article of its own with
/// the statement rows a reader expects, and variants with other names, orders and quote marks.
@Suite struct StatementClassTests {
    /// An expected statement row: who, the cue as written, words the content holds, and words the
    /// quote holds (nil: the row has no quote; "" : not checked).
    struct Row: CustomStringConvertible {
        var speaker: String?
        var cue: String
        var content: String
        var quote: String? = ""
        var of: String? = nil
        /// The content is exactly `content`, not merely containing it.
        var exact = false
        var description: String { "\(speaker ?? "NULL") \(cue): \(content)" }
    }

    /// One article and the rows it must give; `only` means these rows and no others.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var rows: [Row]
        var only = false
        var testDescription: String { name }
    }

    static func analyze(_ text: String) -> AnalyzedDocument {
        Pipeline().analyze(raw: text, format: .text, source: "test")
    }

    /// Checks that every expected row is there (and, with `only`, that there are no others).
    static func check(_ c: Case) {
        let doc = analyze(c.text)
        let got = doc.statements.map { st in
            (speaker: st.speaker.map { doc.entities[$0].name } ?? st.speakerText, cue: st.cue ?? "", content: st.content, quote: st.quote,
             of: st.speakerOf.map { doc.entities[$0].name })
        }
        let shown = got.map { "\($0.speaker ?? "NULL") \($0.cue): \($0.content) [\($0.quote ?? "-")]" }.joined(separator: "\n")
        for r in c.rows {
            let hit = got.contains { g in
                g.speaker == r.speaker && g.cue == r.cue && (r.exact ? g.content == r.content : g.content.contains(r.content))
                    && (r.quote == "" || (r.quote == nil ? g.quote == nil : g.quote?.contains(r.quote!) == true))
                    && (r.of == nil || g.of == r.of)
            }
            #expect(hit, "\(c.name): missing \(r)\ngot:\n\(shown)")
        }
        if c.only { #expect(got.count == c.rows.count, "\(c.name): expected \(c.rows.count) rows\ngot:\n\(shown)") }
    }

    // MARK: - 1. Words after the attribution

    static let afterTheCue: [Case] = [
        Case(name: "place adjunct, then a quote-only sentence",
             text: "“Our scientists need two more icebreakers before the winter,” Chilean Defence Minister Rosa Ibarra said at a briefing in Valparaiso. “Without them the southern stations will close for months.”",
             rows: [Row(speaker: "Rosa Ibarra", cue: "said", content: "Our scientists need two more icebreakers", quote: "Our scientists need two more icebreakers before the winter"),
                    Row(speaker: "Rosa Ibarra", cue: "said", content: "Without them the southern stations", quote: "Without them the southern stations will close for months.")],
             only: true),
        Case(name: "audience and time adjunct",
             text: "“The fleet is ready,” Lithuanian Defence Minister Jonas Petraitis told reporters on Tuesday.",
             rows: [Row(speaker: "Jonas Petraitis", cue: "told reporters", content: "The fleet is ready", quote: "The fleet is ready")], only: true),
        Case(name: "place adjunct, straight quotes",
             text: "\"The fleet is ready,\" Lithuanian Defence Minister Jonas Petraitis said in Vilnius.",
             rows: [Row(speaker: "Jonas Petraitis", cue: "said", content: "The fleet is ready", quote: "The fleet is ready")], only: true),
        Case(name: "split quote keeps both parts",
             text: "Chilean Defence Minister Rosa Ibarra visited the port. “The hulls are forty years old,” Ibarra said, “and the crews are exhausted.”",
             rows: [Row(speaker: "Rosa Ibarra", cue: "said", content: "The hulls are forty years old", quote: "and the crews are exhausted")], only: true),
        Case(name: "split quote, cue before the speaker, straight quotes",
             text: "\"The levy is fair,\" said Ghanaian Trade Minister Kofi Mensah, \"and the farmers know it.\"",
             rows: [Row(speaker: "Kofi Mensah", cue: "said", content: "The levy is fair", quote: "and the farmers know it")], only: true),
        Case(name: "a clause after the cue is no content",
             text: "Norway will buy the gas at a discount, officials say, although Oslo has not confirmed the terms.",
             rows: [Row(speaker: "officials", cue: "say", content: "Norway will buy the gas at a discount", quote: nil)], only: true),
        Case(name: "reported speech, then a quote-only sentence",
             text: "The vaccine plan has saved thousands of lives, Peruvian Health Minister Ana Ruiz told lawmakers Monday. \"Every region now has a working cold chain.\"",
             rows: [Row(speaker: "Ana Ruiz", cue: "told", content: "The vaccine plan has saved thousands of lives", quote: nil),
                    Row(speaker: "Ana Ruiz", cue: "told", content: "Every region now has a working cold chain", quote: "Every region now has a working cold chain")],
             only: true),
        Case(name: "time adjunct before that",
             text: "Estonian President Kaja Tamm said on Friday that the bridge would open in June.",
             rows: [Row(speaker: "Kaja Tamm", cue: "said", content: "the bridge would open in June", quote: nil)], only: true),
    ]

    @Test(arguments: afterTheCue) func wordsAfterTheAttribution(_ c: Case) { Self.check(c) }

    /// The content before a speaker named after it ends where the speaker's noun phrase starts:
    /// its determiner or number is the speaker's, not the content's.
    static let contentBeforeTheSpeaker: [Case] = [
        Case(name: "a + description", text: "The dam will open in May, a Peruvian official said.",
             rows: [Row(speaker: "Peruvian official", cue: "said", content: "The dam will open in May", exact: true)], only: true),
        Case(name: "the + description, time adjunct", text: "Talks with Ecuador resume next week, the official said on Monday.",
             rows: [Row(speaker: "official", cue: "said", content: "Talks with Ecuador resume next week", exact: true)], only: true),
        Case(name: "one + description", text: "The border stays shut, one Chilean diplomat said.",
             rows: [Row(speaker: "Chilean diplomat", cue: "said", content: "The border stays shut", exact: true)], only: true),
        Case(name: "a paper's editorial, then it said", text: "An editorial in the Daily Ledger criticised the deal. \"Kampala has given away far too much,\" it said.",
             rows: [Row(speaker: "Daily Ledger", cue: "said", content: "Kampala has given away far too much", exact: true)]),
        Case(name: "another + description, straight quotes", text: "\"Nothing is settled,\" another Chilean diplomat said.",
             rows: [Row(speaker: "Chilean diplomat", cue: "said", content: "Nothing is settled", exact: true)], only: true),
    ]

    @Test(arguments: contentBeforeTheSpeaker) func contentStopsAtTheSpeakersPhrase(_ c: Case) { Self.check(c) }

    /// A cue at the end of a catenative chain that still reports words ("voted to demand that"),
    /// not one that keeps them back ("refused to say"); and a quotation over two sentences whose
    /// cue is followed by where or when it was said.
    static let chainsAndAdjuncts: [Case] = [
        Case(name: "voted to demand that", text: "The Arctic Council met in Tromso. The Council voted overwhelmingly to demand that Norway halt its drilling.",
             rows: [Row(speaker: "Arctic Council", cue: "demand", content: "Norway halt its drilling", exact: true)], only: true),
        Case(name: "continued to insist that", text: "Ghana continued to insist that the port was legal.",
             rows: [Row(speaker: "Ghana", cue: "insist", content: "the port was legal", exact: true)], only: true),
        Case(name: "refused to say", text: "Ghana refused to say whether the port was legal.", rows: [], only: true),
        Case(name: "plans to announce", text: "Peru plans to announce that the border will close.", rows: [], only: true),
        Case(name: "two-sentence quotation after a time adjunct",
             text: "As Kenya's ambassador to the African Union, Amina Odhiambo, stated after the vote, “Ethiopia cannot veto the charter. It cannot, and will not, veto justice.”",
             rows: [Row(speaker: "Amina Odhiambo", cue: "stated", content: "Ethiopia cannot veto the charter. It cannot, and will not, veto justice.", exact: true)], only: true),
        Case(name: "two-sentence quotation after a place adjunct",
             text: "Chile's foreign minister Rosa Vidal said in Lima on Monday, “We will not pay. We owe nothing.”",
             rows: [Row(speaker: "Rosa Vidal", cue: "said", content: "We will not pay. We owe nothing.", exact: true)], only: true),
    ]

    @Test(arguments: chainsAndAdjuncts) func catenativeChainsAndAdjunctsBeforeAQuotation(_ c: Case) { Self.check(c) }

    // MARK: - 2. Speech acts

    static let speechActs: [Case] = [
        Case(name: "call on", text: "The Arctic Council called on Arctic nations to share ice data by \"publishing weekly satellite maps.\"",
             rows: [Row(speaker: "Arctic Council", cue: "called on", content: "Arctic nations to share ice data", quote: "publishing weekly satellite maps")]),
        Case(name: "scare-quoted adverb before endorse", text: "Senator Ana Ortiz \"firmly\" endorsed the plan to build a new port.",
             rows: [Row(speaker: "Ana Ortiz", cue: "endorsed", content: "the plan to build a new port")]),
        Case(name: "express concern", text: "Kenyan Foreign Minister Grace Wanjiru expressed \"grave concern\" about the fighting in Sudan.",
             rows: [Row(speaker: "Grace Wanjiru", cue: "expressed", content: "about the fighting in Sudan", quote: "grave concern")]),
        Case(name: "call X \"Y\"", text: "Human Rights Watch called the proposal \"reckless\".",
             rows: [Row(speaker: "Human Rights Watch", cue: "called", content: "the proposal", quote: "reckless")]),
        Case(name: "blame", text: "Peru blamed Chile for stirring up tension on the border.",
             rows: [Row(speaker: "Peru", cue: "blamed", content: "Chile for stirring up tension")]),
        Case(name: "a statement calling for", text: "The bishops issued a statement calling for “patience and dialogue” in the talks.",
             rows: [Row(speaker: "bishops", cue: "calling for", content: "patience and dialogue", quote: "patience and dialogue")]),
        Case(name: "object to", text: "Senator Ana Ortiz objected to the bill's language on water rights.",
             rows: [Row(speaker: "Ana Ortiz", cue: "objected to", content: "the bill's language")]),
        Case(name: "concede", text: "The World Bank concedes the loan will not cover the cost of the dam.",
             rows: [Row(speaker: "World Bank", cue: "concedes", content: "the loan will not cover the cost of the dam")]),
        Case(name: "a warning from X that", text: "The minister dismissed a warning from a senior Chilean admiral that the fleet was not ready.",
             rows: [Row(speaker: "senior Chilean admiral", cue: "warning", content: "the fleet was not ready", of: "Chile")]),
        Case(name: "as X has attested, a quotation",
             text: "The floods have ruined the harvest and, as Bolivian Senator Marta Quispe has attested, “left whole valleys without food.”",
             rows: [Row(speaker: "Marta Quispe", cue: "attested", content: "left whole valleys", quote: "left whole valleys without food.")]),
        Case(name: "urge and vow", text: "Kenya urged Uganda to reopen the border. Uganda vowed to keep it closed until March.",
             rows: [Row(speaker: "Kenya", cue: "urged", content: "Uganda to reopen the border"), Row(speaker: "Uganda", cue: "vowed", content: "to keep it closed")]),
        Case(name: "a quote with no cue continues a clear speaker",
             text: "Mexican Foreign Minister Elena Vargas spoke in Lima on Monday. She said the talks were over.\n\n“We have nothing more to discuss.”",
             rows: [Row(speaker: "Elena Vargas", cue: "said", content: "We have nothing more to discuss", quote: "We have nothing more to discuss")]),
    ]

    @Test(arguments: speechActs) func speechActsOfNews(_ c: Case) { Self.check(c) }
}
