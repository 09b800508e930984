/// Quotation spans in a sentence, as token indices of the opening and closing marks.
enum QuoteFinder {
    struct Span { var open: Int; var close: Int }

    /// A quotation mark of any kind (`QuotationMarks` is the table).
    static func isMark(_ text: String) -> Bool { QuotationMarks.isMark(text) }

    static func spans(in t: [Token]) -> [Span] {
        var out: [Span] = []
        var open: Int?
        // By index: a `for tok in t` copies every token (its two strings retained and released).
        for i in t.indices {
            guard let role = QuotationMarks.role(of: t[i].text) else { continue }
            if let o = open {
                if QuotationMarks.closes(t[i].text, opener: t[o].text) { out.append(Span(open: o, close: i)); open = nil }
            } else if role != .closing {
                open = i
            }
        }
        if let o = open, o + 1 < t.count { out.append(Span(open: o, close: t.count)) }  // runs on past the sentence
        return out
    }
}
