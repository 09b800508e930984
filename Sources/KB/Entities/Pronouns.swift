/// Who "he", "she", "it" and "they" are: decided once here and written as mentions (method
/// `coreference`, form `pronoun`) that speaker finding, relation arguments and roles read.
///
/// The order of preference follows how news prose refers back:
/// 1. the subject of a reporting or catenative verb right before the pronoun's clause
///    ("Norway, long worried about X, has said it would …" → Norway);
/// 2. the subject of an earlier clause of the same sentence;
/// 3. the nearest fitting name before it in the sentence;
/// 4. the subject, else the first fitting name, of the previous sentences (three at most).
/// "Fitting" is agreement: he/she/his/her a person; it/its a state, body or group; they/their
/// a group, body or state.
extension Coreference {
    enum Agreement { case person, thing, plural }

    /// What the pronoun at `k` agrees with; nil for any other token. Read in place: most tokens
    /// are no pronoun, and copying each to ask cost more than the answer.
    func agreement(of tokens: [Token], _ k: Int) -> Agreement? {
        guard tokens[k].tag == .prp || tokens[k].tag == .prpS else { return nil }
        if knowledge.is(tokens, k, .pronounPerson) { return .person }
        if knowledge.is(tokens, k, .pronounThing) { return .thing }
        if knowledge.is(tokens, k, .pronounPlural) { return .plural }
        return nil
    }

    func fits(_ entity: Int, _ a: Agreement, _ doc: AnalyzedDocument) -> Bool {
        let type = doc.entities[entity].type
        switch a {
        case .person: return type == .person
        case .thing, .plural: return [.country, .organization, .group].contains(type)
        }
    }

    /// Resolves every pronoun of the document, sentence by sentence, so a pronoun can refer to
    /// one resolved before it.
    func resolvePronouns(_ doc: inout AnalyzedDocument) {
        for si in doc.sentences.indices where !doc.sentences[si].isHeadline {
            var found: [Mention] = []
            for k in doc.sentences[si].tokens.indices {
                guard let a = agreement(of: doc.sentences[si].tokens, k), let e = referent(of: k, a, si, doc) else { continue }
                found.append(Mention(entity: e, first: k, last: k, method: .coreference, form: .pronoun))
                // Later pronouns of the sentence may refer through this one.
                doc.sentences[si].mentions.append(found.last!)
            }
            if !found.isEmpty { doc.sentences[si].mentions.sort { ($0.first, $0.last) < ($1.first, $1.last) } }
        }
    }

    func referent(of k: Int, _ a: Agreement, _ si: Int, _ doc: AnalyzedDocument) -> Int? {
        let s = doc.sentences[si]
        let p = s.phrases
        func entity(ofPhrase n: Int?, in s: Sentence) -> Int? {
            guard let n else { return nil }
            let np = s.phrases.nounPhrases[n]
            if let e = s.mentions.last(where: { $0.first >= np.first && $0.last == np.head && fits($0.entity, a, doc) })?.entity { return e }
            guard a != .person, !s.mentions.contains(where: { $0.first <= np.head && np.head <= $0.last }) else { return nil }
            // "The Russian delegation presented a draft. It condemned …", "Russia's proposal …
            // It condemned …": a body or text with no name of its own stands for the state that
            // its adjective or possessor names.
            if let d = s.mentions.first(where: { $0.form == .demonym && $0.first >= np.first && $0.last < np.head && fits($0.entity, a, doc) }) {
                return d.entity
            }
            // "An editorial in the Daily Ledger … it said": the paper that carries the text.
            if let pp = s.phrases.nounPhrases.indices.first(where: { s.phrases.nounPhrases[$0].attachedTo == n }),
               let m = s.mentions.last(where: { $0.last == s.phrases.nounPhrases[pp].head && $0.form == .name && fits($0.entity, a, doc) }) {
                return m.entity
            }
            if let o = np.possessor, o < s.phrases.nounPhrases.count {
                let owner = s.phrases.nounPhrases[o]
                return s.mentions.last { $0.first >= owner.first && $0.last <= owner.last && $0.form == .name && fits($0.entity, a, doc) }?.entity
            }
            return nil
        }
        // Words inside a quotation the pronoun is outside of are someone's words, not referents.
        let quotes = QuoteFinder.spans(in: s.tokens)
        let pronounQuote = quotes.first { $0.open < k && k < $0.close }
        func quotedAway(_ first: Int, _ last: Int) -> Bool {
            quotes.contains { q in q.open < first && last < q.close && (pronounQuote.map { $0.open != q.open } ?? true) }
        }
        func quotedAway(_ m: Mention) -> Bool { quotedAway(m.first, m.last) }
        // 1 and 2: subjects of earlier clauses of this sentence, the nearest first.
        var before = Array(p.verbGroups.filter { $0.last < k && !$0.isReducedRelative && !quotedAway($0.first, $0.last) }.reversed())
        // An object pronoun ("Peru attacked it") is not its own clause's subject.
        let own = p.nounPhraseAt.indices.contains(k) ? p.nounPhraseAt[k] : -1
        if doc.sentences[si].tokens[k].tag == .prp, own >= 0, !p.verbGroups.contains(where: { $0.subject == own }), !before.isEmpty {
            before.removeFirst()
        }
        for g in before {
            if let e = entity(ofPhrase: g.subject, in: s) { return e }
        }
        // 3: the nearest fitting name before it, not one inside a quotation the pronoun is outside
        // of ("An editorial … “Kampala has given away too much,” it said": the paper, not Uganda).
        if let m = s.mentions.last(where: { $0.last < k && $0.form != .demonym && fits($0.entity, a, doc) && !isPrepositional($0, s) && !quotedAway($0) }) {
            return m.entity
        }
        // 4: the previous sentences' subjects, then their first fitting names.
        for sj in stride(from: si - 1, through: max(0, si - 3), by: -1) where !doc.sentences[sj].isHeadline {
            let prev = doc.sentences[sj]
            for g in prev.phrases.verbGroups where !g.isReducedRelative {
                if let e = entity(ofPhrase: g.subject, in: prev) { return e }
            }
            if let m = prev.mentions.first(where: { $0.form == .name && fits($0.entity, a, doc) && !isPrepositional($0, prev) }) {
                return m.entity
            }
        }
        return nil
    }

    /// A name inside a prepositional phrase ("about Russia's submarines") is rarely what a
    /// later pronoun refers to.
    func isPrepositional(_ m: Mention, _ s: Sentence) -> Bool {
        guard let np = s.phrases.nounPhrase(at: m.first) else { return false }
        return np.preposition != nil
    }
}
