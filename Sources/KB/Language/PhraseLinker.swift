/// Links each verb group to its subject, object and passive agent, walking over the phrases
/// between them the way a reader does: adverbs ("earlier"), prepositional adjuncts ("for the
/// first time"), appositions and parentheticals between commas, relative clauses and reduced
/// relatives ("attacked by X") stand between a subject and its verb without being either.
struct PhraseLinker {
    let knowledge: Knowledge
    let tokens: [Token]

    func link(_ p: inout SentencePhrases) {
        for g in p.verbGroups.indices {
            let group = p.verbGroups[g]
            if group.isReducedRelative {
                p.verbGroups[g].subject = group.first > 0 ? p.nounPhraseAt[group.first - 1] : nil
            } else {
                p.verbGroups[g].subject = subject(before: group.first, p)
            }
            if group.last + 1 < tokens.count {
                let next = group.last + 1
                if p.nounPhraseAt[next] >= 0, p.nounPhrases[p.nounPhraseAt[next]].preposition == nil {
                    p.verbGroups[g].object = p.nounPhraseAt[next]
                }
                if group.passive, tokens[next].key == "by", next + 1 < tokens.count, p.nounPhraseAt[next + 1] >= 0 {
                    p.verbGroups[g].agent = p.nounPhraseAt[next + 1]
                }
            }
        }
    }

    /// The subject of a verb group starting at `first`: the nearest noun phrase before it that is
    /// not inside a prepositional phrase, an apposition or a relative clause.
    func subject(before first: Int, _ p: SentencePhrases) -> Int? {
        var j = first - 1
        var steps = 0
        while j >= 0, steps < 60 {
            steps += 1
            let tok = tokens[j]
            if p.nounPhraseAt[j] >= 0 {
                let n = p.nounPhraseAt[j]
                let np = p.nounPhrases[n]
                // "for the first time", "envoy to the United Nations": a prepositional phrase.
                if let prep = np.preposition { j = prep - 1; continue }
                if let owner = np.possessor, np.isPossessor == false, p.nounPhrases[owner].preposition != nil { j = p.nounPhrases[owner].first - 1; continue }
                return n
            }
            if p.verbGroupAt[j] >= 0 {
                let g = p.verbGroups[p.verbGroupAt[j]]
                if g.isReducedRelative { j = g.first - 1; continue }
                return nil
            }
            // "earlier", "later", "today": adverbs, whichever tag they got.
            if tok.tag.isAdverb || tok.tag == .jjr || knowledge.is(tok, .time) { j -= 1; continue }
            if tok.text == "," {
                guard let open = parentheticalStart(before: j, p) else { return nil }
                j = open - 1
                continue
            }
            if tok.text == ")" || tok.text == "]" {
                guard let open = (0..<j).last(where: { tokens[$0].text == "(" || tokens[$0].text == "[" }) else { return nil }
                j = open - 1
                continue
            }
            // "Russia, which …, condemned": the relative pronoun's antecedent.
            if knowledge.is(tok, .relative), [.wdt, .wp, .in].contains(tok.tag) {
                var k = j - 1
                if k >= 0, tokens[k].text == "," { k -= 1 }
                return k >= 0 && p.nounPhraseAt[k] >= 0 ? p.nounPhraseAt[k] : nil
            }
            return nil
        }
        return nil
    }

    /// The comma that opens an apposition or parenthetical ending at the comma `close`: the
    /// material between has no finite verb with a subject of its own, or is a relative clause,
    /// and a noun phrase stands before the opening comma.
    func parentheticalStart(before close: Int, _ p: SentencePhrases) -> Int? {
        guard let open = (max(0, close - 25)..<close).last(where: { tokens[$0].text == "," }), open > 0,
              p.nounPhraseAt[open - 1] >= 0, open + 1 < close else { return nil }
        let inner = open + 1..<close
        if knowledge.is(tokens, open + 1, .relative) { return open }
        for k in inner where p.verbGroupAt[k] >= 0 {
            let g = p.verbGroups[p.verbGroupAt[k]]
            guard g.first == k else { continue }
            // A clause of its own ("Chile, Peru said, …") is no parenthetical of the subject.
            if tokens[g.main].tag.isFiniteVerb, g.first > open + 1, p.nounPhraseAt[g.first - 1] >= 0,
               p.nounPhrases[p.nounPhraseAt[g.first - 1]].preposition == nil, !tokens[g.main].tag.isAdverb {
                return nil
            }
        }
        return open
    }
}
