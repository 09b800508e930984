/// Applies the relation patterns to one sentence and keeps every match: each gives a row (or,
/// with predicate `-`, only silences the event words it covers).
struct PatternMatcher {
    let patterns: [RelationPattern]
    /// The actor starting at each token (`actor(at:)`), read once per sentence in `matches`:
    /// every pattern tries every start, and most patterns begin with an actor.
    private var actorAt: [Actors.Actor?]? = nil

    /// The marks a skip does not cross, compared by the token's hash (a string comparison per
    /// step was a hundredth of an ingest).
    static let sentenceEnds: WordSet = [";", ".", "?", "!"]
    /// The marks a span does not cross: a sentence end or a comma.
    static let clauseEnds: WordSet = [",", ";", ".", "?", "!"]

    /// The last token each pattern may start at (its anchor word's last position in the
    /// sentence); nil: any.
    let lastStarts: [Int]?

    init(patterns: [RelationPattern], lastStarts: [Int]? = nil) {
        precondition(lastStarts == nil || lastStarts!.count == patterns.count, "one last start per pattern")
        self.patterns = patterns
        self.lastStarts = lastStarts
    }

    /// A match: the pattern, the tokens it covers and its captures in order.
    struct Match {
        var pattern: RelationPattern
        var first: Int
        var last: Int
        var captures: [Actors.Actor]
        /// The tokens the pattern's literal words matched: the event words it speaks for.
        var words: [Int]
    }

    /// Every match in the sentence that no higher-priority match overlaps on its literal words;
    /// a pattern matches at most once per start.
    func matches(_ a: Actors) -> [Match] {
        var all: [Match] = []
        var matcher = self
        matcher.actorAt = a.tokens.indices.map { actor(at: $0, a) }
        // Where a listed actor starts, by token (a `Set` hashed every token with SipHash).
        var listed = [Bool](repeating: false, count: a.tokens.count)
        for actor in a.list where actor.start >= 0 && actor.start < listed.count { listed[actor.start] = true }
        let starts = a.tokens.indices.filter { $0 == 0 || listed[$0] || a.phrases.nounPhraseAt[$0] >= 0 }
        // One pair of buffers for every attempt: most fail, and each allocated its own.
        var captures: [Actors.Actor] = [], words: [Int] = []
        captures.reserveCapacity(8)
        words.reserveCapacity(8)
        for (n, p) in patterns.enumerated() {
            let last = lastStarts?[n] ?? Int.max
            for start in starts {
                if start > last { break }  // `starts` ascend
                if let m = matcher.match(p, a, start, &captures, &words) { all.append(m) }
            }
        }
        all.sort { ($0.pattern.priority, $0.last - $0.first) > ($1.pattern.priority, $1.last - $1.first) }
        var kept: [Match] = []
        // A few words each: compared in place, where a Set per comparison cost an allocation.
        for m in all where !kept.contains(where: { k in k.words.contains(where: m.words.contains) }) { kept.append(m) }
        return kept
    }

    /// The match of `p` starting at `start`, if any; `captures` and `words` are scratch buffers.
    func match(_ p: RelationPattern, _ a: Actors, _ start: Int, _ captures: inout [Actors.Actor], _ words: inout [Int]) -> Match? {
        captures.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
        guard let end = step(p.units, 0, a, start, &captures, &words) else { return nil }
        return Match(pattern: p, first: start, last: end - 1, captures: captures, words: words)
    }

    /// Matches `units[u...]` from token `i`; returns the end (exclusive) of the match. The units
    /// go by index: a slice per step retained the array at every step of every start.
    func step(_ units: [RelationPattern.Unit], _ u: Int, _ a: Actors, _ i: Int, _ captures: inout [Actors.Actor], _ words: inout [Int]) -> Int? {
        guard u < units.count else { return i }
        let rest = u + 1
        let t = a.tokens
        switch units[u] {
        case .skip:
            for n in 0...4 {
                let j = i + n
                guard j <= t.count else { break }
                if n > 0, Self.sentenceEnds.contains(t, j - 1) { break }
                // A failed step leaves both as it found them; trimming to the counts keeps that
                // true without a copy (a saved copy was written to, so copied, at every step).
                let (nc, nw) = (captures.count, words.count)
                if let end = step(units, rest, a, j, &captures, &words) { return end }
                captures.removeLast(captures.count - nc)
                words.removeLast(words.count - nw)
            }
            return nil
        case .span:
            for j in (i + 1)...min(t.count, i + 20) {
                // One clause: no comma, no sentence end, no relative clause ("countries that have
                // been hostile" is not what is evaluated).
                if Self.clauseEnds.contains(t, j - 1) || j - 1 > i && a.knowledge.is(t, j - 1, .relative) { break }
                // What the span evaluates is read once the rest of the pattern has matched: most
                // ends tried fail, and reading it scans the sentence's actors and phrases.
                let slot = captures.count
                captures.append(Actors.Actor(entity: nil, text: nil, start: i, end: j - 1, canAct: false))
                if let end = step(units, rest, a, j, &captures, &words) {
                    captures[slot] = evaluated(i, j, a)
                    return end
                }
                captures.removeLast()
            }
            return nil
        case let .words(keys, optional):
            if i < t.count, keys.contains(t, i) {
                words.append(i)
                if let end = step(units, rest, a, i + 1, &captures, &words) { return end }
                words.removeLast()
            }
            return optional ? step(units, rest, a, i, &captures, &words) : nil
        case .quote:
            if i < t.count, QuotationMarks.isMark(t[i].text) { return step(units, rest, a, i + 1, &captures, &words) }
            return step(units, rest, a, i, &captures, &words)
        case let .evaluation(positive):
            guard i < t.count, a.knowledge.evaluations[t[i].key] == positive else { return nil }
            return step(units, rest, a, i + 1, &captures, &words)
        case let .wordClass(c):
            guard i < t.count, a.knowledge.is(t, i, c) else { return nil }
            return step(units, rest, a, i + 1, &captures, &words)
        case .actor:
            guard let actor = actorAt.map({ i < $0.count ? $0[i] : nil }) ?? actor(at: i, a) else { return nil }
            captures.append(actor)
            if let end = step(units, rest, a, actor.end + 1, &captures, &words) { return end }
            captures.removeLast()
            return nil
        case .phrase:
            guard i < t.count, a.phrases.nounPhraseAt[i] >= 0, a.phrases.nounPhrases[a.phrases.nounPhraseAt[i]].first == i else { return nil }
            var n = a.phrases.nounPhraseAt[i]
            // A possessor chain is one phrase here ("Russia's submarines").
            while n + 1 < a.phrases.nounPhrases.count, a.phrases.nounPhrases[n].isPossessor { n += 1 }
            let np = a.phrases.nounPhrases[n]
            var o = a.object(ofPhrase: n)
            // "the Greek plan": the state or body the phrase belongs to, when it names one.
            if o.entity == nil, let inner = a.list.first(where: { $0.start >= np.first && $0.end <= np.last && $0.entity != nil }) {
                o = inner
            }
            o.start = i; o.end = np.last
            captures.append(o)
            if let end = step(units, rest, a, np.last + 1, &captures, &words) { return end }
            captures.removeLast()
            return nil
        }
    }

    /// What the tokens `i..<j` evaluate: the first actor in them ("President Ortiz's
    /// announcement on fisheries" → Ortiz, "efforts by Western diplomats" → the
    /// diplomats), else the first noun phrase in them as written ("that pledge"), else nobody.
    func evaluated(_ i: Int, _ j: Int, _ a: Actors) -> Actors.Actor {
        if let actor = a.list.first(where: { $0.start >= i && $0.start < j }) { return actor }
        if let n = (i..<j).lazy.map({ a.phrases.nounPhraseAt[$0] }).first(where: { $0 >= 0 }) {
            var o = a.object(ofPhrase: n)
            o.start = i; o.end = j - 1
            return o
        }
        return Actors.Actor(entity: nil, text: nil, start: i, end: j - 1, canAct: false)
    }

    /// The actor that starts at `i`: a listed actor, or the actor of the noun phrase starting there.
    func actor(at i: Int, _ a: Actors) -> Actors.Actor? {
        if var found = a.list.first(where: { $0.start == i && $0.canAct }) {
            // The whole noun phrase is consumed: "the Chilean government".
            if let n = a.phrases.nounPhraseAt.indices.contains(i) ? a.phrases.nounPhraseAt[i] : nil, n >= 0,
               a.phrases.nounPhrases[n].head == found.end || a.actor(ofPhrase: n)?.entity == found.entity && found.entity != nil {
                found.end = max(found.end, a.phrases.nounPhrases[n].last)
            }
            return found
        }
        guard i < a.tokens.count, a.phrases.nounPhraseAt[i] >= 0 else { return nil }
        let n = a.phrases.nounPhraseAt[i]
        let np = a.phrases.nounPhrases[n]
        guard np.first == i || a.tokens[np.first].tag == .dt && np.first == i - 1, var found = a.actor(ofPhrase: n) else { return nil }
        found.start = i; found.end = np.last
        return found
    }
}
