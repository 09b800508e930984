/// Quotation spans in a sentence, as token indices of the opening and closing marks.
enum QuoteFinder {
    struct Span { var open: Int; var close: Int }

    /// A quotation mark of either kind.
    static func isMark(_ text: String) -> Bool { ["\u{201C}", "\u{201D}", "\""].contains(text) }

    static func spans(in t: [Token]) -> [Span] {
        var out: [Span] = []
        var open: Int?
        for (i, tok) in t.enumerated() {
            switch tok.text {
            case "\u{201C}": open = i
            case "\u{201D}": if let o = open { out.append(Span(open: o, close: i)); open = nil }
            case "\"":
                if let o = open { out.append(Span(open: o, close: i)); open = nil } else { open = i }
            default: break
            }
        }
        if let o = open, o + 1 < t.count { out.append(Span(open: o, close: t.count)) }  // runs on past the sentence
        return out
    }
}
