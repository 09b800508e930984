import Testing
@testable import KB

@Suite struct NormalizerTests {
    @Test func spacesLinesAndParagraphs() {
        let raw = "Title line\r\n\r\nFirst\u{00A0}line  of\nthe paragraph.\r\n\r\n\r\nSecond\u{200B} one."
        #expect(Normalizer.normalize(raw, format: .text) == "Title line\n\nFirst line of the paragraph.\n\nSecond one.")
    }

    @Test func onePerLineFilesKeepTheirParagraphs() {
        #expect(Normalizer.normalize("One.\nTwo.\nThree.", format: .text) == "One.\n\nTwo.\n\nThree.")
    }

    @Test func quotesAndDashesAreKept() {
        #expect(Normalizer.normalize("“Yes” — it’s", format: .text) == "“Yes” — it’s")
    }

    @Test func htmlIsStripped() {
        let html = "<html><head><style>p{}</style><script>var x='<p>';</script></head><body><h1>Head</h1><p>A &amp; B&#8217;s <b>bold</b> claim.</p><!-- c --><div>Next&nbsp;one</div></body></html>"
        #expect(Normalizer.normalize(html, format: .html) == "Head\n\nA & B’s bold claim.\n\nNext one")
    }

    @Test func markdownIsStripped() {
        #expect(Normalizer.normalize("# Title\n\nSome **bold** and [a link](http://x).", format: .markdown) == "Title\n\nSome bold and a link.")
    }

    /// NFC is skipped only when it could change nothing.
    @Test func composesWhatNeedsIt() {
        #expect(Normalizer.normalize("Cafe\u{301} \u{2126} Ha\u{308}agen", format: .text) == "Caf\u{E9} \u{3A9} H\u{E4}agen")
        #expect(Normalizer.normalize("“Plain” text — 2024", format: .text) == "“Plain” text — 2024")
    }
}
