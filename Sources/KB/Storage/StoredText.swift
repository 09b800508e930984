/// How a document's text is stored once (migration 0009): the sentences hold it, with the gap
/// before each one, and every other row that would repeat a piece of a sentence (a mention's
/// surface, a statement's content or quote) stores where the piece lies instead. `v_documents`,
/// `v_mentions` and `v_statements` put the pieces back, so the views read what they read when
/// each row held a copy; a piece that is not one span of its sentence is stored as it is.
enum StoredText {
    /// The text before each sentence (after the previous one, or from the start), when the
    /// sentences with these gaps, in order, are exactly the document's text; nil when they are not
    /// (sentences that overlap, text after the last one): then the document keeps its text.
    /// Linear in the text.
    static func gaps(_ doc: AnalyzedDocument) -> [String]? {
        var gaps: [String] = []
        gaps.reserveCapacity(doc.sentences.count)
        var end = 0, ordinal = -1
        for s in doc.sentences {
            // v_documents puts the sentences together in ordinal order.
            guard s.ordinal > ordinal, s.start >= end, s.end >= s.start, s.end <= doc.scalars.count,
                  s.text.unicodeScalars.elementsEqual(doc.scalars[s.start..<s.end]) else { return nil }
            gaps.append(String(scalars: doc.scalars[end..<s.start]))
            end = s.end
            ordinal = s.ordinal
        }
        return end == doc.scalars.count && !doc.sentences.isEmpty ? gaps : nil
    }

    /// Where `piece` first lies in a sentence, in code points into the document (the sentence
    /// starting at `start`, its text as `scalars`); nil when it is not one span of the sentence.
    static func span(of piece: String, in scalars: [Unicode.Scalar], start: Int) -> (start: Int, end: Int)? {
        let needle = Array(piece.unicodeScalars)
        guard let first = needle.first else { return (start, start) }
        // A plain scan: pieces are short and sentences at most 1,500 code points, and the generic
        // `firstRange(of:)` cost a sixth of an ingest.
        var i = 0
        while i + needle.count <= scalars.count {
            if scalars[i] == first, scalars[i..<(i + needle.count)].elementsEqual(needle) { return (start + i, start + i + needle.count) }
            i += 1
        }
        return nil
    }

    /// A statement's content and quote as stored: each NULL where its span gives it.
    struct StatementText: Sendable {
        var content: String?
        var contentSpan: (start: Int, end: Int)?
        var quote: String?
        var quoteSpan: (start: Int, end: Int)?

        init(_ st: Statement, sentence scalars: [Unicode.Scalar], start: Int) {
            contentSpan = StoredText.span(of: st.content, in: scalars, start: start)
            content = contentSpan == nil ? st.content : nil
            quoteSpan = st.quote.flatMap { StoredText.span(of: $0, in: scalars, start: start) }
            quote = quoteSpan == nil ? st.quote : nil
        }
    }
}
