/// Quotations that run over more than one sentence, or over paragraphs: news style opens each
/// quoted paragraph with a mark and closes only the last one ("“… no close\n\n“… end.”").
/// Quotations inside one sentence are left to `QuoteFinder`.
enum QuoteRuns {
    /// Where a quotation opens and closes, as (sentence, token) pairs; `closed` is false when it
    /// ran to the end of a paragraph that the next one does not continue.
    struct Run: Equatable {
        var openSentence: Int, openToken: Int
        var closeSentence: Int, closeToken: Int
        var closed: Bool

        /// The sentences the quotation covers.
        var sentences: ClosedRange<Int> { openSentence...closeSentence }
    }

    static func isOpening(_ text: String) -> Bool { QuotationMarks.role(of: text) == .opening }
    static func isClosing(_ text: String) -> Bool { QuotationMarks.role(of: text) == .closing }

    /// Every quotation of the document that does not open and close in the same sentence.
    static func find(in doc: AnalyzedDocument) -> [Run] {
        var runs: [Run] = []
        var open: (s: Int, t: Int)?
        var last: (s: Int, t: Int)?  // the last token seen, to end a run at its paragraph's end
        var paragraph = -1
        // By index: iterating the values copies every sentence and token.
        for si in doc.sentences.indices where !doc.sentences[si].isHeadline {
            let s = doc.sentences[si]
            var first = 0
            if s.paragraph != paragraph {
                paragraph = s.paragraph
                if let o = open, let l = last {
                    // A new paragraph that opens with a mark continues the quotation; any other ends it.
                    if let t0 = s.tokens.first, isOpening(t0.text) || t0.text == "\"" {
                        first = 1
                    } else {
                        if l.s > o.s { runs.append(Run(openSentence: o.s, openToken: o.t, closeSentence: l.s, closeToken: l.t + 1, closed: false)) }
                        open = nil
                    }
                }
            }
            for ti in s.tokens.indices where ti >= first {
                let text = s.tokens[ti].text
                if isOpening(text) || (text == "\"" && open == nil) {
                    open = (si, ti)
                } else if isClosing(text) || text == "\"", let o = open {
                    if si > o.s { runs.append(Run(openSentence: o.s, openToken: o.t, closeSentence: si, closeToken: ti, closed: true)) }
                    open = nil
                }
            }
            if !s.tokens.isEmpty { last = (si, s.tokens.count - 1) }
        }
        if let o = open, let l = last, l.s > o.s {
            runs.append(Run(openSentence: o.s, openToken: o.t, closeSentence: l.s, closeToken: l.t + 1, closed: false))
        }
        return runs
    }

    /// The quoted words of a run, from the token after the opening mark to the one before the close.
    static func text(_ run: Run, _ doc: AnalyzedDocument) -> (text: String, start: Int, end: Int)? {
        let open = doc.sentences[run.openSentence].tokens, close = doc.sentences[run.closeSentence].tokens
        let a: Int
        if run.openToken + 1 < open.count { a = open[run.openToken + 1].start } else if run.openSentence + 1 < doc.sentences.count {
            a = doc.sentences[run.openSentence + 1].start
        } else { return nil }
        guard run.closeToken > 0, run.closeToken - 1 < close.count else { return nil }
        let b = close[run.closeToken - 1].end
        guard b > a else { return nil }
        return (doc.slice(a, b), a, b)
    }
}
