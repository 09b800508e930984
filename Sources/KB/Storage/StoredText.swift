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
                  same(s.text, doc.scalars[s.start..<s.end]) else { return nil }
            gaps.append(String(scalars: doc.scalars[end..<s.start]))
            end = s.end
            ordinal = s.ordinal
        }
        return end == doc.scalars.count && !doc.sentences.isEmpty ? gaps : nil
    }

    /// Whether `text` is exactly `scalars`, compared as UTF-8 bytes (decoding the text's scalars
    /// to compare them cost a hundredth of an ingest).
    static func same(_ text: String, _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            for s in scalars {
                var utf8 = UTF8.encode(s)!.makeIterator()
                while let b = utf8.next() {
                    guard i < bytes.count, bytes[i] == b else { return false }
                    i += 1
                }
            }
            return i == bytes.count
        }
    }

    /// Where `piece` first lies in a sentence, in code points into the document (the sentence
    /// starting at `start`, its text as `scalars`); nil when it is not one span of the sentence.
    static func span(of piece: String, in scalars: ArraySlice<Unicode.Scalar>, start: Int) -> (start: Int, end: Int)? {
        let needle = [Unicode.Scalar](scalarsOf: piece)
        guard let first = needle.first else { return (start, start) }
        // A plain scan: pieces are short and sentences at most 1,500 code points, and the generic
        // `firstRange(of:)` cost a sixth of an ingest. `i` counts from the slice's start.
        let base = scalars.startIndex
        var i = 0
        while i + needle.count <= scalars.count {
            if scalars[base + i] == first, scalars[(base + i)..<(base + i + needle.count)].elementsEqual(needle) {
                return (start + i, start + i + needle.count)
            }
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

        init(_ st: Statement, sentence scalars: ArraySlice<Unicode.Scalar>, start: Int) {
            contentSpan = StoredText.span(of: st.content, in: scalars, start: start)
            content = contentSpan == nil ? st.content : nil
            quoteSpan = st.quote.flatMap { StoredText.span(of: $0, in: scalars, start: start) }
            quote = quoteSpan == nil ? st.quote : nil
        }
    }
}
