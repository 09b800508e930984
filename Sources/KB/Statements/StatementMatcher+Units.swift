/// The units of the statement patterns: each moves the match's position one way and may capture
/// a speaker, a content span or a quotation. Speakers come from `SpeakerResolver`, which reads
/// the resolved mentions; no unit resolves a reference of its own.
extension StatementMatcher {
    /// Matches unit `u` at `state.pos`, going left (`forward` false) or right; `stop` holds the
    /// keys of the literal unit after this one, which end a content span or an aside.
    func step(_ u: StatementPattern.Unit, _ number: Int, _ state: inout State, forward: Bool, stop: WordSet? = nil) -> Bool {
        let t = tokens
        switch u {
        case .cue: return false
        case let .words(keys, optional):
            let i = forward ? state.pos : state.pos - 1
            if i >= 0, i < t.count, keys.contains(t[i]) {
                state.pos += forward ? 1 : -1
                return true
            }
            return optional
        case let .tag(tag):
            let i = forward ? state.pos : state.pos - 1
            guard i >= 0, i < t.count, t[i].tag == tag else { return false }
            state.pos += forward ? 1 : -1
            return true
        case let .wordClass(classes):
            let i = forward ? state.pos : state.pos - 1
            guard i >= 0, i < t.count, classes.contains(where: { knowledge.is(t, i, $0) }) else { return false }
            state.pos += forward ? 1 : -1
            return true
        case .start:
            return state.pos == 0 || ["\u{2014}", "\u{2013}", "-", ":"].contains(t[state.pos - 1].text)
        case .boundary:
            let p = state.pos
            return p > 1 && ([",", "\u{201D}", "\""].contains(t[p - 1].text) || quotes.contains { $0.close == p - 1 })
        case .adjunct:
            state.pos = extractor.adjunctEnd(sentence, state.pos)
            return true
        case .intro:
            state.pos = extractor.skipAfterCue(t, state.pos)
            return true
        case .end:
            return saysNothing(from: state.pos)
        case .noSubject:
            return speaker(.subject, at: state.pos, forward: false) == nil
        case .aside:
            state.pos = pastAside(state.pos, before: stop)
            return true
        case .content:
            return forward ? contentAfter(number, &state, stop) : contentBefore(number, &state)
        case .quote:
            return forward ? quoteAfter(number, &state) : quoteBefore(number, &state)
        case .subject, .speaker, .person, .phrase, .clause:
            guard let (sp, next) = speaker(u, at: state.pos, forward: forward) else { return false }
            state.speaker[number] = sp
            state.pos = next
            return true
        }
    }

    /// The speaker a unit names at `p`, and where the match goes on from: past it after the
    /// cue, at its start before it (at its whole noun phrase's start for a subject).
    func speaker(_ u: StatementPattern.Unit, at p: Int, forward: Bool) -> (SpeakerResolver.Found, Int)? {
        let s = sentence
        switch (u, forward) {
        case (.subject, false):
            guard let sp = subject(before: p) else { return nil }
            return (sp, extractor.phraseStart(sp, s))
        case (.speaker, false):
            return p >= 1 ? speakers.mentionEnding(at: p - 1, si, doc).map { ($0, $0.start) } : nil
        case (.speaker, true):
            guard let sp = speakers.mentionStarting(at: p, si, doc) ?? speakers.descriptionStarting(at: p, si, doc) else { return nil }
            return (sp, phraseEnd(sp.end) + 1)
        case (.person, true):
            guard let sp = speakers.mentionStarting(at: p, si, doc), let e = sp.entity, doc.entities[e].type == .person else { return nil }
            return (sp, sp.end + 1)
        case (.phrase, true):
            guard let np = s.phrases.nounPhrase(at: p), let sp = speakers.speaker(ofPhrase: s.phrases.nounPhraseAt[p], from: np.first, si, doc) else { return nil }
            return (sp, np.last + 1)
        case (.clause, false):
            // "Others tried to delay the vote by arguing that …": the clause's subject.
            guard let g = s.phrases.verbGroups.last(where: { $0.last < p }), let n = g.subject else { return nil }
            let first = s.phrases.nounPhrases[n].first
            return speakers.speaker(ofPhrase: n, from: first, si, doc).map { ($0, first) }
        default:
            return nil
        }
    }

    /// The last token of the whole noun phrase around token `i`: with the phrase that owns it
    /// and the prepositional phrases attached to it ("Kenya's foreign ministry" for "Kenya",
    /// "President Lena Varga of Hungary", "the agency's report on piracy").
    func phraseEnd(_ i: Int) -> Int {
        let p = sentence.phrases
        guard i < p.nounPhraseAt.count, p.nounPhraseAt[i] >= 0 else { return i }
        var n = p.nounPhraseAt[i]
        while let owner = p.nounPhrases.indices.first(where: { p.nounPhrases[$0].possessor == n }) { n = owner }
        while let pp = p.nounPhrases.indices.first(where: { p.nounPhrases[$0].attachedTo == n && p.nounPhrases[$0].preposition == p.nounPhrases[n].last + 1 }) {
            n = pp
        }
        return max(i, p.nounPhrases[n].last)
    }

    /// Past ", based on reports from the border," when the keys `next` follow its closing comma.
    func pastAside(_ p: Int, before next: WordSet?) -> Int {
        let t = tokens
        guard let next, p < t.count, t[p].text == "," else { return p }
        for c in (p + 1)..<min(t.count - 1, p + 20) where t[c].text == "," || t[c].text == ";" {
            return t[c].text == "," && next.contains(t[c + 1]) ? c + 1 : p
        }
        return p
    }

    /// The subject of the cue at `k`, found once per cue.
    func subject(before k: Int) -> SpeakerResolver.Found? {
        if let known = subjects.found[k] { return known }
        let sp = speakers.phraseSubject(ofCue: k, si, quotes, doc) ?? speakers.subject(before: k, si, quotes, doc)
        subjects.found[k] = sp
        return sp
    }

    /// Whether the words from `p` say nothing: fewer than two words, or an adjunct clause after
    /// a comma ("…, Carter said on Tuesday, when …").
    func saysNothing(from p: Int) -> Bool {
        let t = tokens
        let words = (p..<t.count).filter { t[$0].kind != .punct }.count
        if words < 2 { return true }
        return p > 0 && p < t.count && t[p - 1].text == ","
            && (knowledge.is(t, p, .subordinator) || knowledge.is(t, p, .clauseJoiner))
    }

    /// Content after the cue: to the `stop` literal when one follows, else to the sentence end.
    func contentAfter(_ number: Int, _ state: inout State, _ stop: WordSet?) -> Bool {
        let t = tokens
        let p = state.pos
        if let stop {
            guard let e = (p..<t.count).first(where: { stop.contains(t[$0]) }), e > p else { return false }
            state.spans[number] = p..<e
            state.pos = e
            return true
        }
        guard p < t.count, !saysNothing(from: p) else { return false }
        state.spans[number] = p..<t.count
        state.pos = t.count
        return true
    }

    /// Content before the cue: from the sentence start, at least two tokens.
    func contentBefore(_ number: Int, _ state: inout State) -> Bool {
        guard state.pos > 1 else { return false }
        state.spans[number] = 0..<state.pos
        state.pos = 0
        return true
    }

    /// A quotation that closes right before `pos` (at most one token between).
    func quoteBefore(_ number: Int, _ state: inout State) -> Bool {
        let p = state.pos
        guard let q = quotes.last(where: { $0.close < p && $0.close >= p - 2 }) else { return false }
        state.quotes[number] = q
        state.pos = q.open
        return true
    }

    /// A quotation that opens right at `pos`, past "that", a colon or a comma, or one token on.
    func quoteAfter(_ number: Int, _ state: inout State) -> Bool {
        let p = state.pos
        let last = max(p + 1, extractor.skipAfterCue(tokens, p))
        guard let q = quotes.first(where: { $0.open >= p && $0.open <= last }) else { return false }
        state.quotes[number] = q
        state.pos = q.close + 1
        return true
    }
}
