/// Actors read from the phrase layer: the subject of a verb group, the members of a coordinated
/// phrase, the actor a noun phrase stands for.
extension Actors {
    /// The actor a noun phrase stands for: the name, collective or resolved pronoun at its head;
    /// for an agent head ("Hanoi's envoy", "the Chilean delegation") the state or body it acts
    /// for; for a plural or agent head naming no one ("Terror groups") the phrase as written.
    func actor(ofPhrase n: Int) -> Actor? {
        let np = phrases.nounPhrases[n]
        if let a = list.last(where: { $0.start >= np.first && $0.start <= np.head && np.head <= $0.end && $0.canAct }) { return a }
        let head = tokens[np.head]
        guard isAgentHead(np.head) || head.tag == .nns || head.tag == .nnps else { return nil }
        // "Hanoi's envoy", "Bolivian militias": the state or body the agents act for.
        if let owner = np.possessor, let a = actor(ofPhrase: owner) { return a }
        if let a = list.first(where: { $0.start >= np.first && $0.end < np.head && $0.entity != nil && $0.canAct }) { return a }
        // As written only when the head is an agent ("Terror groups", "Opposition lawmakers"):
        // "subsidized exports" or "credible reports" do not act.
        guard isAgentHead(np.head), !list.contains(where: { $0.start >= np.first && $0.end <= np.last }) else { return nil }
        return Actor(entity: nil, text: text(of: np), start: np.first, end: np.head, canAct: true)
    }

    /// What a noun phrase names as an object: its actor, else the phrase as written.
    func object(ofPhrase n: Int) -> Actor {
        let np = phrases.nounPhrases[n]
        if let a = list.last(where: { $0.start >= np.first && $0.start <= np.head && np.head <= $0.end }) { return a }
        if let a = actor(ofPhrase: n) { return a }
        return Actor(entity: nil, text: text(of: np), start: np.first, end: np.last, canAct: false)
    }

    /// The acting members of a (possibly coordinated) subject phrase.
    func actors(ofSubject n: Int) -> [Actor] {
        phrases.conjuncts(of: n).compactMap { actor(ofPhrase: $0) }
    }

    /// The verb group the trigger at `k` belongs to, when the phrase layer found one.
    func verbGroup(at k: Int) -> VerbGroup? { phrases.verbGroup(at: k) }

    /// The subjects of the clause around `i`: those of the nearest verb group starting at or before it.
    func clauseSubjects(at i: Int) -> [Actor] {
        guard let g = phrases.verbGroups.last(where: { $0.first <= i && !$0.isReducedRelative }), let s = g.subject else { return [] }
        return actors(ofSubject: s)
    }

    /// A head that acts for someone else: a title ("envoy"), a collective ("troops") or a body ("ministry").
    func isAgentHead(_ i: Int) -> Bool {
        return knowledge.is(tokens, i, .groupnoun) || knowledge.is(tokens, i, .orgnoun)
            || knowledge.titles.longestMatch(in: tokens, at: i, accept: { _, end in end == i + 1 }) != nil
            || knowledge.agentNouns[tokens, i] != nil
    }

    /// The phrase as written, without a leading article.
    func text(of np: NounPhrase) -> String {
        var first = np.first
        if first < np.last, tokens[first].tag == .dt { first += 1 }
        return surface(first, np.last)
    }

    /// The tokens first...last as written, spaced as in the text.
    func surface(_ first: Int, _ last: Int) -> String {
        tokens[first...last].enumerated().map { ($0.offset > 0 && !$0.element.joined ? " " : "") + $0.element.text }.joined()
    }
}
