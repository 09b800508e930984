import Testing
@testable import KB

/// HTML to text: every named character reference, attributes that hold `>`, the chrome around an
/// article dropped, and the page's title, author and date read from its head. Invented pages.
@Suite struct HTMLStripperTests {
    static let references: [(name: String, html: String, text: String)] = [
        ("upper-case accent", "<p>&Eacute;lise Varga said no.</p>", "Élise Varga said no."),
        ("euro sign", "<p>It costs 5&nbsp;&euro;.</p>", "It costs 5 €."),
        ("a name outside the old table", "<p>Trade &harr; aid, &frac12; done &mdash; &hearts;.</p>", "Trade ↔ aid, ½ done — ♥."),
        ("case matters", "<p>&eacute;t&eacute; &Eacute;T&Eacute;</p>", "été ÉTÉ"),
        ("decimal and hex", "<p>Lund&#8217;s &#x201C;plan&#x201D;</p>", "Lund’s “plan”"),
        ("an unknown name stays as written", "<p>Q&amp;A &bogus; R&D</p>", "Q&A &bogus; R&D"),
        ("a bare less-than is text", "<p>3 < 4 and 5 > 2</p>", "3 < 4 and 5 > 2"),
    ]

    @Test(arguments: references.indices)
    func decodesReferences(_ i: Int) {
        let c = Self.references[i]
        #expect(Normalizer.normalize(c.html, format: .html) == c.text, "\(c.name)")
    }

    static let markup: [(name: String, html: String, text: String)] = [
        ("> in a double-quoted attribute", "<p><a title=\"a > b\" href=\"x\">Peru</a> agreed.</p>", "Peru agreed."),
        ("> in a single-quoted attribute", "<p><img alt='1 > 0'>Chile agreed.</p>", "Chile agreed."),
        ("navigation, footer and aside", "<nav><a>Home</a><nav>World</nav> Sports</nav><p>Peru agreed.</p><aside>Most read</aside><footer>© Ledger</footer>",
         "Peru agreed."),
        ("chrome by role", "<div role=\"navigation\"><div>Home</div> Menu</div><p>Peru agreed.</p><div role=\"contentinfo\">Contact us</div>",
         "Peru agreed."),
        ("a form around the whole page stays", "<form id=\"aspnetForm\"><p>Peru agreed.</p></form>", "Peru agreed."),
        ("an aside never closed keeps the page", "<aside>Related<p>Peru agreed.</p>", "Related\n\nPeru agreed."),
        ("scripts and comments", "<script>if (a < b) {}</script><!-- <p>x</p> --><p>Peru agreed.</p>", "Peru agreed."),
    ]

    @Test(arguments: markup.indices)
    func dropsMarkupAndChrome(_ i: Int) {
        let c = Self.markup[i]
        #expect(Normalizer.normalize(c.html, format: .html) == c.text, "\(c.name)")
    }

    static let heads: [(name: String, html: String, title: String?, author: String?, date: String?)] = [
        ("title without the site's name, meta author and date",
         "<html><head><title>Norland Rejects Border Plan | The Daily Ledger</title><meta name=\"author\" content=\"Ada Vell\">"
             + "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\"></head><body><p>Norland rejected the plan on Monday.</p></body></html>",
         "Norland Rejects Border Plan", "Ada Vell", "2024-03-05"),
        ("og:title wins, a dash before the site",
         "<title>Talks Stall - Osterra Post</title><meta property=\"og:title\" content=\"Talks Stall in Brask\"><p>The talks stalled.</p>",
         "Talks Stall in Brask", nil, nil),
        ("an h1 equal to the title is not repeated",
         "<title>Vell Visits Brask — World — Post</title><h1>Vell Visits Brask</h1><p>Ada Vell arrived in Brask.</p>",
         "Vell Visits Brask", nil, nil),
        ("byline and date after an h1 equal to the title",
         "<title>Vell Visits Brask | Post</title><meta name=\"author\" content=\"Ida Lund\"><meta name=\"date\" content=\"2023-11-02\">"
             + "<nav>Home</nav><h1>Vell Visits Brask</h1><p>Ada Vell arrived in Brask.</p>",
         "Vell Visits Brask", "Ida Lund", "2023-11-02"),
        ("an author URL is no name; a byline in the body is not repeated",
         "<meta property=\"article:author\" content=\"https://x.example/ada\"><meta name=\"author\" content=\"Ada Vell\"><p>By Ada Vell</p><p>Talks went on.</p>",
         nil, "Ada Vell", nil),
    ]

    @Test(arguments: heads.indices)
    func readsTheHead(_ i: Int) {
        let c = Self.heads[i]
        let doc = Pipeline().analyze(raw: c.html, format: .html, source: "page.html")
        #expect(doc.title == c.title, "\(c.name): \(doc.text)")
        #expect(doc.author == c.author, "\(c.name): \(doc.text)")
        #expect(doc.published == c.date, "\(c.name): \(doc.text)")
        #expect(doc.text.components(separatedBy: "By Ada Vell").count <= 2, "\(c.name): the byline once")
        #expect(!doc.text.contains("Ledger") && !doc.text.contains("Post\n"), "\(c.name): no site name")
        #expect(c.title == nil || doc.text.hasPrefix(c.title! + "\n\n"), "\(c.name): the headline first: \(doc.text)")
    }
}
