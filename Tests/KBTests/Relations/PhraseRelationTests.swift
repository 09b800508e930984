import Testing
@testable import KB

/// Relations that need the phrase layer: verb groups, material between subject and verb,
/// coordination, nominalisations, passives, homographs, heads of noun phrases, reported clauses.
/// Each sentence is an article of its own; the rows must be exactly these.
@Suite struct PhraseRelationTests {
    static func rows(_ text: String) -> [String] { RelationRows.of(text, [.negation, .source]).sorted() }

    static let cases: [(name: String, text: String, rows: [String])] = [
        // Verb groups: the embedded verb is the event, with the group's subject.
        ("catenative continue", "Brazil continued to sanction Peru.", ["Brazil sanction Peru"]),
        ("catenative vote", "Chile voted to reject the Andean Pact.", ["Chile reject Andean Pact"]),
        ("perfect catenative", "Argentina had begun to deploy troops to Bolivia.", ["Argentina deploy Bolivia"]),
        ("catenative other order", "Mongolia has decided to condemn Kazakhstan.", ["Mongolia criticize Kazakhstan"]),
        ("adverb before a catenative's to", "Chile moved quickly to sanction Peru.", ["Chile sanction Peru"]),
        ("adverbs before a catenative's to", "The Latvian parliament voted almost unanimously to condemn Belarus.", ["Latvia criticize Belarus"]),
        // "cannot" is "can" + "not": a modal and a negation, not a noun.
        ("cannot", "Laos cannot condemn Cambodia.", ["Laos criticize Cambodia (negated)"]),
        // Material between subject and verb.
        ("apposition", "Ethiopia, at odds with Eritrea over the border, quickly condemned Sudan.", ["Ethiopia criticize Sudan"]),
        ("adverb", "Kenya earlier blamed Ethiopia.", ["Kenya accuse Ethiopia"]),
        ("prepositional adjunct", "Tanzania for the first time condemned Rwanda.", ["Tanzania criticize Rwanda"]),
        ("relative clause", "Uruguay, which had stayed neutral for years, condemned Paraguay.", ["Uruguay criticize Paraguay"]),
        // Coordination.
        ("coordinated subjects", "Norway and Denmark sanctioned Belarus.", ["Denmark sanction Belarus", "Norway sanction Belarus"]),
        ("three subjects", "Peru, Chile and Ecuador condemned Bolivia.", ["Chile criticize Bolivia", "Ecuador criticize Bolivia", "Peru criticize Bolivia"]),
        ("coordinated prepositional objects", "Bolivia is a threat to Chile, to Argentina and to Brazil.",
         ["Bolivia threaten Argentina", "Bolivia threaten Brazil", "Bolivia threaten Chile"]),
        ("reciprocal meeting", "Angola and Zambia met in Lusaka.", ["Angola meet Zambia"]),
        ("gapping", "Spain will deploy troops to Mali, Italy to Niger.", ["Spain deploy Mali"]),
        // Nominalisations.
        ("possessive noun event", "The Taliban's assault on Kunduz killed dozens.", ["Taliban attack Kunduz"]),
        ("possessive noun event, named target", "Russia's attacks on Georgia continued.", ["Russia attack Georgia"]),
        ("noun of by", "The vote drew criticism of Hungary by Poland.", ["Poland criticize Hungary"]),
        ("possessive criticism", "Poland's criticism of Hungary was sharp.", ["Poland criticize Hungary"]),
        // Homographs: a noun that looks like a trigger is none.
        ("noun target", "Taiwanese radars will be included as its target of monitoring.", []),
        ("gerund testing", "In 2001 Ghana declared a moratorium on nuclear testing.", []),
        ("launch window", "The launch window for the satellite opens in May.", []),
        // Passives.
        ("reduced passive", "The convoy attacked by Hamas reached Gaza.", ["Hamas attack convoy"]),
        ("passive with be", "The base was attacked by the Taliban.", ["Taliban attack base"]),
        // A passive without its agent: the actor is unknown, the patient is the object; no threat.
        ("passive without agent", "Both amendments were voted down.", ["? reject amendments"]),
        ("threat passive without agent", "Chile was threatened.", []),
        // The head of a noun phrase, not a name inside its prepositional phrase.
        ("envoy to the UN", "Hanoi's envoy to the United Nations criticized Cambodia.", ["Vietnam criticize Cambodia"]),
        // A demonym that modifies a prepositional phrase's head is no addressee.
        ("demonym before the head after with", "Chile built the dam with Peruvian support.", ["Chile build the dam"]),
        ("named addressee after with", "Kenya signed a deal with Uganda.", ["Kenya sign Uganda"]),
        // Pronouns resolved once, and reported clauses.
        ("pronoun in reported clause", "Norway, long worried about Russia's submarines, has said it would sanction Belarus.",
         ["Norway sanction Belarus per Norway"]),
        ("reported clause without that", "Peru said Bolivian militias are a threat to Chile.", ["Bolivia threaten Chile per Peru"]),
    ]

    /// A noun event behind "without" did not happen; "with or without" it is a condition.
    static let privative: [(name: String, text: String, rows: [String])] = [
        ("with or without a noun event", "Chile will build the dam with or without Peruvian cooperation.",
         ["Chile build the dam (planned)", "Peru cooperate - (conditional)"]),
        ("without a noun event", "Uganda will fill the lake without Kenyan cooperation.", ["Kenya cooperate - (negated) (planned)"]),
    ]

    @Test(arguments: privative.map(\.name))
    func negatingPreposition(_ name: String) {
        let c = Self.privative.first { $0.name == name }!
        #expect(RelationRows.of(c.text, [.negation, .modality]).sorted() == c.rows.sorted(), "\(c.text)")
    }

    @Test(arguments: cases.map(\.name))
    func example(_ name: String) {
        let c = Self.cases.first { $0.name == name }!
        #expect(Self.rows(c.text) == c.rows.sorted(), "\(c.text)")
    }
}
