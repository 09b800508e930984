/// The parts of relation finding that read the phrase layer: which sense a trigger has given its
/// part of speech, and the arguments of a verb from its verb group.
extension RelationExtractor {
    /// A trigger's arguments: every subject acts on every object.
    struct Arguments {
        var subjects: [Actors.Actor]
        var objects: [Actors.Actor]
        /// Negation is looked for after this token and before the trigger.
        var polarityFrom: Int

        init(subjects: [Actors.Actor], objects: [Actors.Actor], polarityFrom: Int) {
            self.subjects = subjects
            self.objects = objects
            self.polarityFrom = polarityFrom
        }

        init(_ found: (Actors.Actor?, [Actors.Actor], Int)) {
            self.init(subjects: found.0.map { [$0] } ?? [], objects: found.1, polarityFrom: found.2)
        }
    }

    /// The event sense of the words at `k`, read with the tagger's part of speech: "target",
    /// "launch", "testing" tagged as nouns are no verb events ("its target of monitoring", "the
    /// launch window", "a moratorium on nuclear testing"); a noun sense tagged as a verb
    /// ("Canada sanctions Russia") is read as the verb.
    func trigger(in t: [Token], at k: Int) -> (end: Int, value: Knowledge.Sense)? {
        let tag = t[k].tag
        if let m = knowledge.senses.longestMatch(in: t, at: k, accept: { sense, _ in Self.fits(sense.kind, tag) }) { return m }
        guard let m = knowledge.senses.longestMatch(in: t, at: k) else { return nil }
        // A gerund the model took for a noun but that takes an object ("withdrawing from X",
        // "deploying its missiles") is the verb.
        if m.value.kind == .verb, tag == .nn, t[k].key.hasSuffix("ing"), m.end < t.count,
           [.in, .to, .dt, .prpS, .nnp, .nnps, .cd].contains(t[m.end].tag) {
            return m
        }
        if m.value.kind == .noun, tag.isVerb {
            var verb = m.value
            verb.kind = .verb
            return (m.end, verb)
        }
        return nil
    }

    /// Whether a sense of this kind fits a token with this tag (untagged tokens fit any).
    static func fits(_ kind: Knowledge.Sense.Kind, _ tag: PennTag) -> Bool {
        switch kind {
        case .verb: return tag == .none || tag.isVerb || tag == .md || tag.isAdjective
        case .noun: return tag == .none || tag.isNoun
        case .adjective: return true
        }
    }

    /// Arguments of a verb from its verb group: the group's subject (all its conjuncts), or for a
    /// passive its agent with the patient as object; the objects after the verb.
    func phraseArguments(_ k: Int, _ end: Int, _ sense: Knowledge.Sense, _ a: Actors) -> Arguments? {
        guard let g = a.verbGroup(at: k), k == g.main || g.chain.contains(k) else { return nil }
        // "Kabul was attacked by X", "the convoy attacked by X".
        if g.passive, let agent = g.agent {
            let subjects = a.actors(ofSubject: agent)
            guard !subjects.isEmpty else { return nil }
            let patients = g.subject.map { n in a.phrases.conjuncts(of: n).map { a.object(ofPhrase: $0) } } ?? []
            return Arguments(subjects: subjects, objects: patients, polarityFrom: g.first - 1)
        }
        // "Both amendments were voted down": a passive without its agent is an event whose actor
        // the text does not say (subject NULL), on the patient. Never a threat: a threat needs
        // someone who threatens.
        if g.passive {
            guard !sense.cameo.hasPrefix("13"), let s = g.subject else { return Arguments(subjects: [], objects: [], polarityFrom: k) }
            let unknown = Actors.Actor(entity: nil, text: nil, start: g.first, end: g.first, canAct: true)
            return Arguments(subjects: [unknown], objects: a.phrases.conjuncts(of: s).map { a.object(ofPhrase: $0) }, polarityFrom: g.first - 1)
        }
        guard let s = g.subject else { return nil }
        // The phrase layer decides: a subject phrase that names no actor ("The assault on Kabul
        // killed …") gives no row, rather than a name from inside it.
        let subjects = a.actors(ofSubject: s)
        guard !subjects.isEmpty else { return Arguments(subjects: [], objects: [], polarityFrom: k) }
        var from = end
        if k != g.main { from = g.last + 1 }
        if let at = (from..<min(a.tokens.count, from + 6)).first(where: { sense.particles.contains(a.tokens[$0].key) }),
           !(from..<at).contains(where: { a.tokens[$0].kind == .punct }) {
            from = at + 1  // "withdraw from X", "talked on the phone with X"
        }
        return Arguments(subjects: subjects, objects: a.directObjects(from: from), polarityFrom: g.first - 1)
    }

    /// "criticism of Hungary by Poland": the noun's object after "of", its agent after "by".
    func ofByArguments(_ k: Int, _ end: Int, _ a: Actors) -> (Actors.Actor?, [Actors.Actor], Int)? {
        let t = a.tokens
        guard end < t.count, t[end].key == "of", let object = a.phrases.nounPhrase(at: end + 1),
              object.last + 2 < t.count, t[object.last + 1].key == "by", let agent = a.first(from: object.last + 2, within: 3) else { return nil }
        return (agent, [a.object(ofPhrase: a.phrases.nounPhraseAt[end + 1])], k - 1)
    }
}

extension RelationExtractor {
    /// Rows of the relation patterns matching sentence `si`; returns the tokens of the event
    /// words they speak for, which give no row of their own.
    func applyPatterns(_ doc: inout AnalyzedDocument, _ si: Int, _ a: Actors, voices: [Int]) -> Set<Int> {
        // Only the patterns whose anchor word the sentence has, each with the last token that is
        // one: a pattern starting after it cannot reach it.
        var lastAnchor: [Int: Int] = [:]
        for i in a.tokens.indices { if let ps = knowledge.patternsByAnchor[a.tokens, i] { for p in ps { lastAnchor[p] = i } } }
        guard !lastAnchor.isEmpty else { return [] }
        let candidates = lastAnchor.keys.sorted()
        let matcher = PatternMatcher(patterns: candidates.map { knowledge.relationPatterns[$0] }, lastStarts: candidates.map { lastAnchor[$0]! })
        var spoken: Set<Int> = []
        for m in matcher.matches(a) {
            spoken.formUnion(m.words)
            let p = m.pattern
            guard p.predicate != "-", let k = m.words.first else { continue }
            let subject = m.captures[p.subject - 1]
            let object = p.object.flatMap { $0 <= m.captures.count ? m.captures[$0 - 1] : nil }
            if let o = object, o.entity != nil, o.entity == subject.entity { continue }
            let source = p.source.flatMap { $0 <= m.captures.count ? m.captures[$0 - 1] : nil }
            let sense = Knowledge.Sense(predicate: p.predicate, cameo: p.cameo, kind: .verb, particle: nil)
            append(&doc, si, k, k + 1, sense, subject, object, polarityFrom: max(m.first, subject.end), voices: voices, source: source)
        }
        return spoken
    }
}

extension RelationExtractor {
    /// "Chile ratified the Lima Accord in May. Peru has done so too.": "do so" repeats the last
    /// event of the three sentences before, with this clause's subject.
    func repeatedEvents(_ doc: inout AnalyzedDocument, _ si: Int, _ a: Actors, voices: [Int]) {
        let t = a.tokens
        for g in a.phrases.verbGroups where knowledge.is(t, g.main, .proverb) && g.last + 1 < t.count && t[g.last + 1].key == "so" {
            guard let s = g.subject, let previous = doc.relations.last(where: { $0.sentence < si && $0.sentence >= si - 3 }) else { continue }
            for subject in a.actors(ofSubject: s) where subject.entity == nil || subject.entity != previous.object {
                let sense = Knowledge.Sense(predicate: previous.predicate, cameo: previous.cameo ?? "", kind: .verb, particle: nil)
                let object = Actors.Actor(entity: previous.object, text: previous.objectText, start: g.last + 1, end: g.last + 1, canAct: false)
                append(&doc, si, g.main, g.last + 2, sense, subject, previous.object == nil && previous.objectText == nil ? nil : object,
                       polarityFrom: g.first - 1, voices: voices)
            }
        }
    }
}

extension RelationExtractor {
    /// "Canada issued new sanctions against Venezuela", "Brazil held talks on Monday with Chile":
    /// an event noun that is the object of a light verb is the event; the verb's subject acts, and
    /// the first actor after one of the noun's object prepositions (past a time) is the object.
    func lightVerbArguments(_ k: Int, _ end: Int, _ a: Actors) -> (Actors.Actor?, [Actors.Actor], Int)? {
        let t = a.tokens
        guard let n = a.phrases.nounPhraseAt.indices.contains(k) ? a.phrases.nounPhraseAt[k] : nil, n >= 0,
              let g = a.phrases.verbGroups.first(where: { $0.object == n }), knowledge.is(t, g.main, .lightverb),
              let s = g.subject, let subject = a.actors(ofSubject: s).first else { return nil }
        var i = end
        while i < t.count, i < end + 8 {
            let key = t[i].key
            if knowledge.is(key, .eventobject), i + 1 < t.count {
                if let np = a.phrases.nounPhrase(at: i + 1), knowledge.is(t, np.head, .time) { i = np.last + 1; continue }
                let objects = a.list(from: i + 1, within: 3)
                if !objects.isEmpty { return (subject, objects, g.first - 1) }
                if let m = a.phrases.nounPhraseAt.indices.contains(i + 1) ? a.phrases.nounPhraseAt[i + 1] : nil, m >= 0 {
                    return (subject, [a.object(ofPhrase: m)], g.first - 1)
                }
            }
            if t[i].kind == .punct || a.phrases.verbGroupAt[i] >= 0 { break }
            i += 1
        }
        return (subject, [], g.first - 1)
    }
}
