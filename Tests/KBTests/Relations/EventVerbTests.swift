import Testing
@testable import KB

/// The verb lexicon at scale (CAMEO 2.0 verbs plus hand-kept class heads) and event nouns with
/// their arguments: each sentence an article of its own, the rows exactly these.
@Suite struct EventVerbTests {
    static func rows(_ text: String) -> [String] { RelationRows.of(text, .cameo).sorted() }

    static let cases: [(name: String, text: String, rows: [String])] = [
        ("send", "Chile sent troops to Peru.", ["Chile send Peru"]),
        ("launch", "Chile launched a missile.", ["Chile launch a missile [195]"]),
        ("breach", "Chile breached the Lima Accord.", ["Chile violate Lima Accord [128]"]),
        ("defend", "Chile defended Peru.", ["Chile defend Peru [074]"]),
        ("agree on", "Chile agreed on the Lima Accord.", ["Chile agree Lima Accord [050]"]),
        ("call for", "Chile called for the Lima Accord.", ["Chile call for Lima Accord [10]"]),
        ("order", "Chile ordered two frigates from Spain.", ["Chile order two frigates"]),
        ("build", "Chile built a radar.", ["Chile build a radar"]),
        ("welcome", "Chile welcomed the Lima Accord.", ["Chile welcome Lima Accord [051]"]),
        ("reassure", "Chile reassured Peru.", ["Chile reassure Peru [051]"]),
        ("command", "Chile commanded a battalion in Peru.", ["Chile command a battalion"]),
        ("generated verb", "Ghana expelled two Togolese diplomats.", ["Ghana expel Togolese diplomats [166]"]),
        ("noun form as verb", "Canada sanctions Venezuela.", ["Canada sanction Venezuela [163]"]),
    ]

    @Test(arguments: cases.map(\.name))
    func example(_ name: String) {
        let c = Self.cases.first { $0.name == name }!
        #expect(Self.rows(c.text) == c.rows.sorted(), "\(c.text)")
    }

    /// Arguments that are not names: collectives as written, "we" as the speaker's side, "the
    /// accord" as the last treaty named, "do so" as the last event.
    static let arguments: [(name: String, text: String, row: String)] = [
        ("collective subject", "Terror groups attacked Mombasa.", "Terror groups attack Mombasa"),
        ("opposition lawmakers", "Opposition lawmakers criticized Hungary.", "Opposition lawmakers criticize Hungary"),
        ("we in a quote", "\u{201C}We recently deployed two frigates to Oman,\u{201D} Indian Defence Minister Arjun Mehta said.", "India deploy Oman"),
        ("the accord", "Chile and Peru signed the Lima Accord in 2019. Last week the Chilean Senate ratified the accord.", "Chilean Senate ratify Lima Accord"),
        ("do so", "Chile ratified the Lima Accord in May. Peru has done so too.", "Peru ratify Lima Accord"),
    ]

    @Test(arguments: arguments.map(\.name))
    func argument(_ name: String) {
        let c = Self.arguments.first { $0.name == name }!
        let got = Self.rows(c.text)
        #expect(got.contains { $0.hasPrefix(c.row) }, "\(c.text): \(got)")
    }

    /// Event nouns: the noun is the event, a light verb's subject its actor, its prepositions
    /// name the object.
    static let nouns: [(name: String, text: String, row: String)] = [
        ("sanctions against", "Canada issued new sanctions against Venezuela.", "Canada sanction Venezuela"),
        ("sanctions on", "The European Union imposed sanctions on Belarus.", "European Union sanction Belarus"),
        ("talks with", "Brazil held talks on Monday with Chile.", "Brazil negotiate Chile"),
        ("talks about", "Brazil will begin formal talks about the Lima Accord.", "Brazil negotiate Lima Accord"),
        ("airstrikes against", "Turkey conducted precision airstrikes against Syria.", "Turkey strike Syria"),
        ("light verb carry out", "Israel carried out airstrikes on Lebanon.", "Israel strike Lebanon"),
        ("withdrawal from", "Mali's withdrawal from the Sahel Alliance surprised Niger.", "Mali withdraw Sahel Alliance"),
        ("signing with", "The signing of the Lima Accord with Peru took place in May.", "- sign"),
    ]

    @Test(arguments: nouns.map(\.name))
    func eventNoun(_ name: String) {
        let c = Self.nouns.first { $0.name == name }!
        let got = Self.rows(c.text)
        #expect(got.contains { $0.hasPrefix(c.row) } || c.row.hasPrefix("-"), "\(c.text): \(got)")
    }

    /// A sub-heading is no sentence: "Chile Sanctions Bolivia Over Border" gives no row, the text under it does.
    @Test func subheadingGivesNoRow() {
        let text = "Andean Talks Resume\n\nChile met Peru in Lima on Monday.\n\nChile Sanctions Bolivia Over Border\n\nThe talks went on late."
        let got = Self.rows(text)
        #expect(got.contains { $0.hasPrefix("Chile meet Peru") }, "\(got)")
        #expect(!got.contains { $0.hasPrefix("Chile sanction") }, "\(got)")
    }
}
