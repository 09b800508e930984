/// A text reproduced inside the article, as press releases do with a letter or a statement:
/// "Senators Ana Ortiz and Lars Holm sent a letter to … The text of the letter is below:" — every
/// sentence after that line is the senders' own words. The introducing line ends with a colon and
/// names the kind of text; the senders are the people (else the bodies or states) before the
/// verb that sent it.
struct EmbeddedText {
    let knowledge: Knowledge

    /// A kind of reproduced text ("letter", "statement"): words.tsv class `text-kind`.
    func isTextKind(_ key: String) -> Bool { knowledge.is(key, .textKind) }

    /// A line that closes a reproduced letter ("Sincerely,"); "###" cannot be a lexicon row, as
    /// lexicon lines starting with "#" are comments.
    func isClosing(_ key: String) -> Bool { knowledge.is(key, .textClosing) || key == "###" }

    /// A reproduced text: its first sentence, the sentence after its last, its authors and the sending verb.
    struct Block {
        var first: Int
        var end: Int
        var authors: [Int]
        var cue: String
    }

    func find(in doc: AnalyzedDocument) -> Block? {
        for (si, s) in doc.sentences.enumerated() where !s.isHeadline {
            let t = s.tokens
            guard t.last?.text == ":", t.count <= 14, t.contains(where: { isTextKind($0.key) }),
                  si + 1 < doc.sentences.count, let (authors, cue) = senders(before: si, doc) else { continue }
            // To the end of the document, or to a closing line ("Sincerely,").
            var end = si + 1
            while end < doc.sentences.count, !(doc.sentences[end].tokens.first.map { isClosing($0.key) } ?? false) { end += 1 }
            return Block(first: si + 1, end: end, authors: authors, cue: cue)
        }
        return nil
    }

    /// The people (else bodies or states) before a verb that sent the text, latest sentence first.
    func senders(before si: Int, _ doc: AnalyzedDocument) -> ([Int], String)? {
        // The sending sentence stands near: 60 sentences back at most, so that a long document with
        // many "the statement said" does not rescan from its start each time.
        for sj in stride(from: si - 1, through: max(0, si - 60), by: -1) where !doc.sentences[sj].isHeadline {
            let s = doc.sentences[sj]
            let t = s.tokens
            guard let v = t.indices.first(where: { k in
                knowledge.is(t, k, .sendingVerb) && (k + 1..<min(t.count, k + 4)).contains { isTextKind(t[$0].key) }
            }) else { continue }
            let before = s.mentions.filter { m in
                m.last < v && m.form == .name && !(m.first > 0 && knowledge.is(t, m.first - 1, .preposition))
            }
            let people = before.filter { doc.entities[$0.entity].type == .person }.map(\.entity)
            let bodies = before.filter { [.organization, .country, .group].contains(doc.entities[$0.entity].type) }.map(\.entity)
            var authors: [Int] = []
            for e in (people.isEmpty ? bodies : people) where !authors.contains(e) { authors.append(e) }
            if !authors.isEmpty { return (authors, t[v].text) }
        }
        return nil
    }
}
