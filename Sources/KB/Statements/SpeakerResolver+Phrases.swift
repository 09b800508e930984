/// The speaker of a cue read from the phrase layer: the subject noun phrase the chunker attached
/// to the cue's verb group, and the mention Coreference wrote for it. Nothing here resolves a
/// pronoun or a description itself: "he" is whoever Coreference said; a pronoun it left
/// unresolved gives no speaker from here.
extension SpeakerResolver {
    /// The subject of the verb group holding the cue at `k`, as a speaker; nil when the phrase
    /// layer gives none before the cue, or gives one this rule cannot name (the caller then falls
    /// back to the older token rules).
    func phraseSubject(ofCue k: Int, _ si: Int, _ quotes: [QuoteFinder.Span], _ doc: AnalyzedDocument) -> Found? {
        let s = doc.sentences[si]
        let p = s.phrases
        let t = s.tokens
        guard let g = p.verbGroup(at: k), !g.passive, !g.isReducedRelative, var n = g.subject, n < p.nounPhrases.count else { return nil }
        guard p.nounPhrases[n].last < k, !inQuote(p.nounPhrases[n].first, quotes) else { return nil }
        // "One of the engineers who built the Netherlands' sea wall said": the chunker may take the
        // relative clause's object for the subject; the antecedent of "who" is the speaker.
        let np0 = p.nounPhrases[n]
        if let rel = relativeAntecedent(before: np0.possessor.map { p.nounPhrases[$0].first } ?? np0.first, t, p) { n = rel }
        // "three of Kenya's biggest unions said": the phrase after "of" names who speaks.
        var first = p.nounPhrases[n].first
        if let (whole, inner) = partitive(n, t, p) { first = whole; n = inner }
        if let q = partitiveStart(p.nounPhrases[n], t, p) { first = q }
        // "Holm and other officials affirm": the named one of coordinated speakers.
        let named = p.conjuncts(of: n).filter { $0 != n }.compactMap { speaker(ofPhrase: $0, from: p.nounPhrases[$0].first, si, doc) }
            .filter { $0.entity != nil }
        if let sp = named.first(where: { doc.entities[$0.entity!].type == .person }) ?? named.first { return sp }
        return speaker(ofPhrase: n, from: first, si, doc)
    }

    /// The speaker a noun phrase names, from token `first` (a partitive's start) to its end: the
    /// name or description Coreference linked at its head, else the words kept as written with
    /// the state or body that owns them ("Peruvian officials" of Peru). Pronouns are left to the
    /// caller, which reads Coreference's pronoun mentions.
    func speaker(ofPhrase n: Int, from first: Int, _ si: Int, _ doc: AnalyzedDocument) -> Found? {
        let s = doc.sentences[si]
        let t = s.tokens
        guard n >= 0, n < s.phrases.nounPhrases.count else { return nil }
        let np = s.phrases.nounPhrases[n]
        let head = t[np.head]
        if head.tag == .prp || head.tag == .prpS { return nil }
        if let m = s.mentions.last(where: { $0.first >= first && $0.first <= np.head && $0.last >= np.head && ($0.form == .name || $0.form == .description) }) {
            if doc.entities[m.entity].type == .location { return nil }
            return Found(entity: m.entity, text: nil, start: first, end: np.last)
        }
        // "the official Morning Star newspaper": a body named right before its category noun.
        if knowledge.is(head, .bodyCategoryNoun),
           let m = s.mentions.last(where: { $0.last == np.head - 1 && $0.first >= first && $0.form == .name }),
           doc.entities[m.entity].type == .organization {
            return Found(entity: m.entity, text: nil, start: first, end: np.last)
        }
        // "The bishops issued a statement calling for …": a text speaks for whoever issued it.
        if knowledge.is(head, .textKind), let g = s.phrases.verbGroups.first(where: { $0.object == n && $0.subject != nil }),
           let sub = g.subject, sub != n {
            return speaker(ofPhrase: sub, from: s.phrases.nounPhrases[sub].first, si, doc)
        }
        // "The letter urges …": the words of whoever the document says sent it.
        if knowledge.is(head, .textKind), np.possessor == nil, !s.mentions.contains(where: { $0.first >= first && $0.last < np.head }),
           let (senders, _) = EmbeddedText(knowledge: knowledge).senders(before: si + 1, doc) {
            return Found(entity: senders[0], text: nil, start: first, end: np.last)
        }
        // "a U.S. statement said": a text speaks for the state or body that issued it.
        if knowledge.is(head, .textKind), let o = s.mentions.first(where: { $0.first >= first && $0.last < np.head && $0.form != .pronoun }) {
            return Found(entity: o.entity, text: nil, start: first, end: np.last)
        }
        // "the top U.S. diplomat", "the coalition": the office's holder or the body the document named.
        let bare = !s.mentions.contains { $0.first >= first && $0.last < np.head }
        if np.possessor == nil, let holder = officeHolder(t, first, np.head, si, doc) ?? (np.head == np.last && bare ? organisation(for: head.key, si, doc) : nil) {
            return Found(entity: holder, text: nil, start: first, end: np.last)
        }
        // "U.S. Secretary of State John Kerry said": the person named after the office.
        if np.last + 2 < t.count, t[np.last + 1].key == "of", let next = s.phrases.nounPhrase(at: np.last + 2),
           let m = s.mentions.last(where: { $0.first > np.last && $0.last == next.last && $0.form == .name }), doc.entities[m.entity].type == .person {
            return Found(entity: m.entity, text: nil, start: first, end: next.last)
        }
        // A name the recogniser did not know ("Anna Lindqvist said"): the name as written, not
        // another name further back in the clause.
        if (first...np.last).allSatisfy({ t[$0].tag == .nnp || t[$0].tag == .nnps || t[$0].tag == .pos }), t[first].tag == .nnp {
            return Found(entity: nil, text: doc.slice(t[first].start, t[np.last].end), start: first, end: np.last)
        }
        // A description kept as written, and whose it is: "Peruvian officials", "Kenya's unions".
        let singular = head.key.hasSuffix("s") ? String(head.key.dropLast()) : head.key
        guard isPersonOrBodyHead(head) || knowledge.is(head, .groupnoun) || knowledge.agentNouns[hash: head.keyHash, key: head.key] != nil
                || knowledge.is(head, .quantifier) || knowledge.is(singular, .orghead) || knowledge.is(singular, .orgnoun),
              !head.isCapitalized || head.tag == .nns || knowledge.is(head, .groupnoun) || knowledge.is(head, .quantifier) else { return nil }
        var a = np.possessor.map { min(first, s.phrases.nounPhrases[$0].first) } ?? first
        // "a Peruvian official" is stored as "Peruvian official"; "One of the engineers" stays whole.
        while a < np.head, knowledge.is(t, a, .speakerDeterminer), t[a + 1].key != "of" { a += 1 }
        let owner = s.mentions.first { $0.first >= a && $0.last < np.head && $0.form != .pronoun }?.entity
        // "the main rebel coalition in Ruritania": the prepositional phrases it carries belong to it.
        var end = np.last
        while let next = s.phrases.nounPhrases.firstIndex(where: { $0.first > end && $0.first <= end + 2 && $0.attachedTo != nil && $0.preposition != nil }),
              s.phrases.nounPhrases[next].last < t.count, next != n { end = s.phrases.nounPhrases[next].last }
        return Found(entity: nil, text: doc.slice(t[a].start, t[end].end), start: a, end: end, of: owner)
    }

    func inQuote(_ i: Int, _ quotes: [QuoteFinder.Span]) -> Bool {
        quotes.contains { $0.open < i && i < $0.close }
    }

    /// "X who built Y said": the noun phrase before "who"/"which"/"that" when the subject the
    /// chunker gave is the relative clause's object.
    func relativeAntecedent(before i: Int, _ t: [Token], _ p: SentencePhrases) -> Int? {
        var j = i - 1
        guard j >= 0, let g = p.verbGroup(at: j) else { return nil }
        j = g.first - 1
        guard j >= 1, knowledge.is(t, j, .relative), p.nounPhraseAt[j - 1] >= 0 else { return nil }
        return p.nounPhraseAt[j - 1]
    }

    /// "three of Kenya's biggest unions", "One of the engineers": where a partitive speaker starts.
    func partitiveStart(_ np: NounPhrase, _ t: [Token], _ p: SentencePhrases) -> Int? {
        guard np.first >= 2, t[np.first - 1].key == "of" else { return nil }
        guard let q = p.nounPhrase(at: np.first - 2) ?? (t[np.first - 2].tag == .cd ? NounPhrase(first: np.first - 2, last: np.first - 2, head: np.first - 2) : nil)
        else { return nil }
        let w = t[q.head]
        return w.tag == .cd || knowledge.is(w, .quantifier) ? q.first : nil
    }

    /// A quantifier or number subject ("three", "some") followed by "of" and a phrase: the start
    /// of the whole, and the phrase that names the speakers.
    func partitive(_ n: Int, _ t: [Token], _ p: SentencePhrases) -> (Int, Int)? {
        let np = p.nounPhrases[n]
        guard t[np.head].tag == .cd || knowledge.is(t, np.head, .quantifier), np.last + 2 < t.count, t[np.last + 1].key == "of" else { return nil }
        var j = np.last + 2
        while j < t.count, let inner = p.nounPhrase(at: j), p.nounPhraseAt[j] != n {
            if !inner.isPossessor { return (np.first, p.nounPhraseAt[j]) }
            j = inner.last + 1
        }
        return nil
    }
}
