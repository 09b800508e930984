import Testing
@testable import KB

/// Names nobody listed, found and typed by general cues.
@Suite struct NameCuesTests {
    func analyze(_ text: String) -> AnalyzedDocument {
        Pipeline().analyze(raw: text, format: .text, source: "test")
    }

    static let cases: [(text: String, name: String, type: EntityType)] = [
        ("U.S. Senators Ana Ortiz, D-Calif., and Lars Holm, R-Ga., wrote to the president.", "Lars Holm", .person),
        ("Delegates gathered for the Farmers’ Union Congress in Nairobi.", "Farmers’ Union Congress", .organization),
        ("Veterans of the Chaco War met in La Paz.", "Chaco War", .event),
        ("Leaders flew to the Lisbon Summit on Monday.", "Lisbon Summit", .event),
        // A law's title with commas and "and", a listed country inside it, and its year.
        ("Congress passed the Comprehensive Venezuela Sanctions, Accountability, and Divestment Act of 2019 in May.",
         "Comprehensive Venezuela Sanctions, Accountability, and Divestment Act of 2019", .document),
        // A capital before a journalist's title is where the journalist is based, not the state.
        ("The BBC’s Lima correspondent was detained.", "Lima", .location),
    ]

    @Test(arguments: cases.indices)
    func typed(_ i: Int) {
        let c = Self.cases[i]
        let doc = analyze(c.text)
        #expect(doc.entities.first { $0.name == c.name }?.type == c.type, "\(doc.entities.map { "\($0.name) \($0.type)" })")
    }

    @Test func partyTagsAreNotNames() {
        let doc = analyze("U.S. Senators Ana Ortiz, D-Calif., and Lars Holm, R-Ga., wrote to the president.")
        #expect(!doc.entities.contains { $0.name.contains("Calif") || $0.name.contains("Ga") })
        #expect(Set(doc.roles.map { doc.entities[$0.person].name }) == ["Ana Ortiz", "Lars Holm"])
    }

    @Test func listedNameNextToALongerNameIsTheLongerName() {
        let doc = analyze("Members of the Workers’ Party Congress voted.")
        #expect(doc.entities.map(\.name) == ["Workers’ Party Congress"])
    }

    /// A comma after a document's name does not make it a listed title.
    @Test func aCommaAfterTheNameEndsIt() {
        let doc = analyze("Senators who opposed the New Horizons Treaty, who recently spoke, left.")
        #expect(doc.entities.map(\.name) == ["New Horizons Treaty"], "\(doc.entities.map(\.name))")
    }

    /// A committee and an act joined by "and" are two names, not one document.
    @Test func aBodyAndADocumentStayApart() {
        let doc = analyze("She spoke to the Foreign Relations Committee and the Senate about the Treaty of Lisbon.")
        #expect(!doc.entities.contains { $0.name.contains("Committee and") }, "\(doc.entities.map(\.name))")
    }
}

/// The capitalised span a name can start, token by token: the joins `nameSpan` accepts inside a
/// name and the words it stops at.
@Suite struct NameSpanTests {
    static let cases: [(name: String, text: String, from: String, span: String)] = [
        ("hyphenated syllables", "Talks with Kim Jong-un ended.", "Kim", "Kim Jong-un"),
        ("plural possessive", "The Farmers’ Union met.", "Farmers", "Farmers’ Union"),
        ("roman numeral", "The LAKES I Treaty was signed.", "LAKES", "LAKES I Treaty"),
        ("and after for", "The Institute for Peace and Conflict Studies said so.", "Institute", "Institute for Peace and Conflict Studies"),
        ("of completes a body", "The Bank of England raised rates.", "Bank", "Bank of England"),
        ("of before a name of its own", "Lars Holm of Norway spoke.", "Lars", "Lars Holm"),
        ("singular possessive before a category", "The Nation's Voice newspaper closed.", "Nation", "Nation's Voice"),
        ("a function word ends it", "Ana Ortiz And Peru", "Ana", "Ana Ortiz"),
    ]

    @Test(arguments: cases.indices)
    func spans(_ n: Int) {
        let c = Self.cases[n]
        let k = Knowledge.builtIn
        let tokens = k.tokenizer.tokenize(Array(c.text.unicodeScalars))
        let i = tokens.firstIndex { $0.text == c.from }!
        let span = NameCues(knowledge: k).nameSpan(tokens, from: i)
        let text = span.map { s in (s.first...s.last).map { (tokens[$0].joined && $0 > s.first ? "" : " ") + tokens[$0].text }.joined().dropFirst() }
        #expect(text.map(String.init) == c.span, "\(c.name)")
    }

    @Test func aLowerCaseWordStartsNoName() {
        let k = Knowledge.builtIn
        let tokens = k.tokenizer.tokenize(Array("the envoy left".unicodeScalars))
        #expect(NameCues(knowledge: k).nameSpan(tokens, from: 1) == nil)
        #expect(!NameCues(knowledge: k).isNameWord(tokens, 1))
    }
}
