/// Finds who does what to whom, event-coder style: each verb, noun or adjective of the verb-class
/// lexicon is a trigger; its subject and object are the actors around it by general patterns
/// (active and passive voice, relative clauses, "threats from X", "X's biggest threat is Y",
/// "Y was a threat", "the Iranian threat", "threats facing Y or Z"), with polarity, modality and
/// the voice (statement speaker) it is reported in.
public struct RelationExtractor: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }


    public func run(_ doc: inout AnalyzedDocument) {
        // Statements by sentence, so that finding a relation's voice does not scan the whole document.
        let voices = Dictionary(grouping: doc.statements.indices) { doc.statements[$0].sentence }
        for si in doc.sentences.indices where !doc.sentences[si].isHeadline {
            let actors = Actors(doc: doc, si: si, knowledge: knowledge)
            let t = doc.sentences[si].tokens
            // Patterns first: the event words a pattern speaks for give no row of their own.
            let spoken = applyPatterns(&doc, si, actors, voices: voices[si] ?? [])
            var k = 0
            while k < t.count {
                guard !spoken.contains(k), let m = trigger(in: t, at: k), !isName(k, doc.sentences[si]) else { k += 1; continue }
                let sense = m.value
                var found: Arguments?
                switch sense.kind {
                case .verb: found = phraseArguments(k, m.end, sense, actors) ?? verbArguments(k, m.end, sense, actors).map(Arguments.init)
                case .noun: found = nounArguments(k, m.end, sense, actors).map(Arguments.init)
                case .adjective:
                    if let s = actors.nearest(before: k) { found = Arguments(subjects: [s], objects: actors.list(from: m.end, within: 1), polarityFrom: k - 1) }
                }
                // "Serbia warned that the elections endanger peace" reports a warning: the clause
                // after "that" is its content (with triggers of its own), not its object.
                if sense.cameo.hasPrefix("13"), sense.kind == .verb, m.end < t.count, knowledge.is(t, m.end, .subordinator) {
                    found = nil
                }
                if var f = found, !f.subjects.isEmpty {
                    // Consulting (CAMEO 04: meet, discuss, visit, negotiate) is always with someone:
                    // "Angola and Zambia met" is a meeting between them; alone it is no event
                    // ("spoke on condition of anonymity").
                    if sense.cameo.hasPrefix("04"), f.objects.isEmpty, f.subjects.count > 1 {
                        f.objects = Array(f.subjects.dropFirst())
                        f.subjects = [f.subjects[0]]
                    }
                    if !(f.objects.isEmpty && sense.cameo.hasPrefix("04")) {
                        let objects = f.objects.isEmpty ? [nil] : f.objects.map { Optional($0) }
                        for subject in f.subjects {
                            for o in objects where o?.entity == nil || o?.entity != subject.entity {
                                append(&doc, si, k, m.end, sense, subject, o, polarityFrom: f.polarityFrom, voices: voices[si] ?? [])
                            }
                        }
                    }
                }
                k = m.end
            }
            repeatedEvents(&doc, si, actors, voices: voices[si] ?? [])
        }
    }

    /// A trigger word that is part of a name ("Defense Authorization Bill") is no trigger.
    func isName(_ k: Int, _ s: Sentence) -> Bool {
        s.mentions.contains { $0.first <= k && k <= $0.last && $0.form == .name }
    }

    func verbArguments(_ k: Int, _ end: Int, _ sense: Knowledge.Sense, _ a: Actors) -> (Actors.Actor?, [Actors.Actor], Int)? {
        let t = a.tokens
        // Passive: "rebuffed by NATO", "will not be targeted by NATO's missile defense".
        if let by = (end..<min(t.count, end + 2)).first(where: { t[$0].key == "by" }),
           (max(0, k - 5)..<k).contains(where: { knowledge.is(t, $0, .be) }), let agent = a.first(from: by + 1, within: 4) {
            let patient = a.subject(before: k) ?? a.clauseSubject(before: k)
            return (agent, patient.map { [$0] } ?? [], patient?.end ?? max(0, k - 5))
        }
        var from = end
        if let at = (end..<min(t.count, end + 6)).first(where: { sense.particles.contains(t[$0].key) }),
           !(end..<at).contains(where: { t[$0].kind == .punct }) {
            // "withdraw from X", and past a short phrase: "talked on the phone with X".
            from = at + 1
        }
        if let subject = a.subject(before: k) { return (subject, a.directObjects(from: from), subject.end) }
        // "X met in Riyadh and condemned Y": a second verb of the clause shares its subject.
        var c = k - 1
        while c >= 0, a.isFiller(t[c]) { c -= 1 }
        if c > 0, t[c].key == "and", let subject = a.clauseSubject(before: c) {
            return (subject, a.directObjects(from: from), c)
        }
        // A gerund with no subject of its own ("steps …, including deploying its Iskander missiles")
        // takes the clause's; negation must then be near it.
        guard t[k].key.hasSuffix("ing"), let subject = a.clauseSubject(before: k) else { return nil }
        return (subject, a.directObjects(from: from), max(subject.end, k - 3))
    }

    func nounArguments(_ k: Int, _ end: Int, _ sense: Knowledge.Sense, _ a: Actors) -> (Actors.Actor?, [Actors.Actor], Int)? {
        let t = a.tokens
        let isThreat = sense.cameo.hasPrefix("13")
        if let found = ofByArguments(k, end, a) { return found }
        if let found = lightVerbArguments(k, end, a) { return found }
        // "the Iranian threat", "Russian withdrawal"
        if let d = a.demonym(before: k) {
            return (d, objects(after: end, a), k - 1)
        }
        // "threats from the West" (for other nouns "from" is where: "withdrawal from X")
        if isThreat, end + 1 < t.count, t[end].key == "from", let s = a.first(from: end + 1, within: 3) {
            let objs = objects(after: s.end + 1, a)
            return (s, objs.isEmpty ? a.holder(before: k).map { [$0] } ?? [] : objs, k - 1)
        }
        // "X's (biggest) threat … is Y": the possessor is threatened by what follows the copula.
        if let owner = a.possessor(before: k), isThreat,
           let cop = (end..<t.count).first(where: { knowledge.is(t, $0, .be) }), let s = a.first(from: cop + 1, within: 8) {
            return (s, [owner], k - 1)
        }
        // "the construction of NATO infrastructure … was indeed a threat"
        if isThreat, let cop = (max(0, k - 4)..<k).last(where: { knowledge.is(t, $0, .be) }),
           let s = a.clauseSubjects(at: cop).first ?? a.clauseSubject(before: cop) {
            let others = a.all(in: s.end + 1..<cop).filter { $0.entity != s.entity }
            let objs = objects(after: end, a)
            return (s, objs.isEmpty ? Array(others.prefix(1)) : objs, s.end)
        }
        // "X poses a threat to Y", "the potential for Russia to present a threat"
        if k >= 2, let pose = (max(0, k - 3)..<k).last(where: { knowledge.is(t, $0, .pose) }),
           let s = a.clauseSubjects(at: pose).first ?? a.nearest(before: k) {
            return (s, objects(after: end, a), s.end)
        }
        // "X does not appear on the list of likely threats facing Y or Z"
        if isThreat, end < t.count, knowledge.is(t, end, .objectmarker), let s = a.clauseSubject(before: k) {
            return (s, a.list(from: end + 1, within: 6), s.end)
        }
        // "Russia's withdrawal from New START", "the deployment of X by Y"
        if !isThreat, let owner = a.possessor(before: k) {
            var from = end
            if from < t.count, knowledge.is(t, from, .nounpreposition) || sense.particles.contains(t[from].key) { from += 1 }
            var objects = a.list(from: from, within: 4)
            // "the Taliban's assault on Kunduz": a phrase no entity names is the object as written.
            if objects.isEmpty, from > end, let n = a.phrases.nounPhraseAt.indices.contains(from) ? a.phrases.nounPhraseAt[from] : nil, n >= 0 {
                objects = [a.object(ofPhrase: n)]
            }
            return (owner, objects, k - 1)
        }
        // "The UN placed strong new sanctions on North Korea": the noun's own preposition names the
        // object; the clause's subject is the actor.
        if !isThreat, end < t.count, sense.particles.contains(t[end].key), let s = a.clauseSubject(before: k) {
            let objects = a.list(from: end + 1, within: 3)
            if !objects.isEmpty { return (s, objects, s.end) }
        }
        return nil
    }

    /// Objects introduced by "to", "facing", "against" right after a trigger.
    func objects(after i: Int, _ a: Actors) -> [Actors.Actor] {
        guard i < a.tokens.count, knowledge.is(a.tokens, i, .objectmarker) else { return [] }
        return a.list(from: i + 1, within: 5)
    }

    /// The modality the words before the trigger give: a condition, a possibility or a plan.
    func modality(_ t: [Token], _ k: Int, _ before: Range<Int>) -> Relation.Modality {
        if (0..<k).contains(where: { knowledge.is(t, $0, .conditional) && t[$0].key != "should" })
            && !(0..<k).contains(where: { t[$0].text == "," && (0..<$0).contains { knowledge.is(t, $0, .conditional) } }) {
            return .conditional
        }
        if before.contains(where: { knowledge.is(t, $0, .possible) }) { return .possible }
        if before.contains(where: { knowledge.is(t, $0, .planned) }) { return .planned }
        return .asserted
    }

    func append(_ doc: inout AnalyzedDocument, _ si: Int, _ k: Int, _ end: Int, _ sense: Knowledge.Sense,
                _ subject: Actors.Actor, _ object: Actors.Actor?, polarityFrom: Int, voices: [Int], source: Actors.Actor? = nil) {
        let t = doc.sentences[si].tokens
        let window = max(0, min(polarityFrom + 1, k))..<k
        var negated = window.contains { knowledge.is(t, $0, .negation) }
            || (window.count > 0 && window.contains { t[$0].key == "no" && $0 + 1 < k && t[$0 + 1].key == "longer" })
        let before = max(0, k - 8)..<k
        var modality: Relation.Modality = .asserted
        // "acted without Peru's approval": a noun event behind a negating preposition did not
        // happen; "with or without Peruvian cooperation" leaves it open, a condition.
        if let np = doc.sentences[si].phrases.nounPhrase(at: k), let p = np.preposition, knowledge.is(t, p, .negation) {
            if p >= 2, knowledge.is(t, p - 1, .coordinator), knowledge.is(t, p - 2, .preposition) { modality = .conditional } else { negated = true }
        }
        if modality == .asserted { modality = self.modality(t, k, before) }
        let start = t[k].start
        let statement = voices.last { doc.statements[$0].start <= start && start < doc.statements[$0].end }
            ?? voices.last { doc.statements[$0].kind == .direct }
        var st = statement.map { doc.statements[$0] }
        // A pattern that names whose claim it is ("Japan deployed missiles to deter China": Japan's).
        if let source {
            st = Statement(sentence: si, speaker: source.entity, speakerText: source.text, cue: nil, content: "", quote: nil,
                           kind: .reported, start: 0, end: 0)
        }
        doc.relations.append(Relation(
            sentence: si, subject: subject.entity, subjectText: subject.entity == nil ? subject.text : nil,
            predicate: sense.predicate, object: object?.entity, objectText: object?.entity == nil ? object?.text : nil,
            polarity: negated ? .negated : .affirmed, modality: modality,
            source: st?.speaker, sourceText: st?.speaker == nil ? st?.speakerText : nil, statement: statement,
            cameo: sense.cameo.isEmpty ? nil : sense.cameo, trigger: t[k..<end].map(\.text).joined(separator: " ")))
    }
}
