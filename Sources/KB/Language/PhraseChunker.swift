/// Groups the tagged tokens of each sentence into noun phrases and verb groups, then links them:
/// prepositions to their objects, coordinated phrases to each other, and each verb group to its
/// subject, object and passive agent. Names the recogniser found are atomic noun-phrase parts,
/// whatever their tags. Runs once per sentence; later stages read `Sentence.phrases`.
public struct PhraseChunker: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    public func run(_ doc: inout AnalyzedDocument) {
        for si in doc.sentences.indices {
            doc.sentences[si].phrases = chunk(doc.sentences[si])
        }
    }

    /// The phrases of one sentence.
    func chunk(_ s: Sentence) -> SentencePhrases {
        let t = s.tokens
        var p = SentencePhrases()
        p.nounPhraseAt = Array(repeating: -1, count: t.count)
        p.verbGroupAt = Array(repeating: -1, count: t.count)
        var nameEnd = [Int](repeating: -1, count: t.count)
        for m in s.mentions where m.form != .pronoun { nameEnd[m.first] = max(nameEnd[m.first], m.last) }
        var i = 0
        while i < t.count {
            if let chain = nounPhrases(from: i, t, nameEnd) {
                for (n, np) in chain.enumerated() {
                    var np = np
                    if n > 0 { np.possessor = p.nounPhrases.count - 1 }
                    np.isPossessor = n < chain.count - 1
                    for k in np.first...np.last { p.nounPhraseAt[k] = p.nounPhrases.count }
                    p.nounPhrases.append(np)
                }
                i = chain.last!.last + 1
            } else if let g = verbGroup(from: i, t) {
                for k in g.first...g.last { p.verbGroupAt[k] = p.verbGroups.count }
                p.verbGroups.append(g)
                i = g.last + 1
            } else {
                i += 1
            }
        }
        attachPrepositions(&p, t)
        coordinate(&p, t)
        PhraseLinker(knowledge: knowledge, tokens: t).link(&p)
        return p
    }

    // MARK: - Noun phrases

    /// The noun phrase starting at `i`, as a possessor chain ("Hanoi's" + "envoy"), or nil.
    func nounPhrases(from i: Int, _ t: [Token], _ nameEnd: [Int]) -> [NounPhrase]? {
        var out: [NounPhrase] = []
        var start = i, j = i
        var head: Int?
        while j < t.count {
            if nameEnd[j] >= 0 { head = nameEnd[j]; j = nameEnd[j] + 1; continue }
            let tag = t[j].tag
            if j == start, [.dt, .pdt, .prpS].contains(tag) { j += 1; continue }
            if j == start + 1, tag == .dt, t[start].tag == .pdt { j += 1; continue }
            if tag == .prp {
                if j == start { head = j; j += 1 }
                break
            }
            if tag.isNoun || tag == .cd { head = j; j += 1; continue }
            if tag.isAdjective {
                if head != nil, !continuesAfterHead(j, t) { break }
                j += 1; continue
            }
            // "the attacked convoy", "continued Belarusian aggression": a participle before a noun.
            // Not after a bare adjective: "Kenya earlier blamed Ethiopia" has the verb "blamed".
            if tag == .vbn || tag == .vbg, j + 1 < t.count, t[j + 1].tag.isNoun || t[j + 1].tag.isAdjective || nameEnd[j + 1] >= 0,
               j == start ? (j == 0 || [.dt, .prpS, .in, .to, .comma].contains(t[j - 1].tag)) : head == nil && [.dt, .prpS, .pdt].contains(t[j - 1].tag) {
                j += 1; continue
            }
            if tag.isAdverb, head == nil, j + 1 < t.count, t[j + 1].tag.isAdjective { j += 1; continue }
            if t[j].text == "-", t[j].joined, j > start, j + 1 < t.count, t[j + 1].joined { j += 1; continue }
            // "Hanoi's envoy": the possessor is a phrase of its own that the next one owns.
            if tag == .pos, let h = head, j + 1 < t.count, startsNounPhrase(t[j + 1], nameEnd[j + 1] >= 0) {
                out.append(NounPhrase(first: start, last: j, head: h))
                start = j + 1; j += 1; head = nil
                continue
            }
            break
        }
        guard let h = head else { return out.isEmpty ? nil : out }
        out.append(NounPhrase(first: start, last: max(h, j - 1), head: h))
        return out
    }

    /// An adjective after the head continues the phrase only before another noun ("Chile's
    /// new southern ports"); "Kenya earlier" ends at "Kenya".
    func continuesAfterHead(_ j: Int, _ t: [Token]) -> Bool {
        var k = j
        while k < t.count, t[k].tag.isAdjective { k += 1 }
        return k < t.count && t[k].tag.isNoun
    }

    func startsNounPhrase(_ tok: Token, _ isName: Bool) -> Bool {
        isName || tok.tag.isNoun || tok.tag.isAdjective || tok.tag == .cd || tok.tag == .vbn || tok.tag == .vbg
    }

    // MARK: - Verb groups

    /// The verb group starting at `i`: modals, auxiliaries, adverbs, negation, particles and a
    /// catenative chain ("voted to reject", "helped rebuild").
    func verbGroup(from i: Int, _ t: [Token]) -> VerbGroup? {
        guard t[i].tag.isVerb || t[i].tag == .md else { return nil }
        var verbs = [i]
        var last = i
        var j = i + 1
        while j < t.count {
            let tag = t[j].tag
            if tag.isVerb || tag == .md { verbs.append(j); last = j; j += 1; continue }
            if tag == .rp { last = j; j += 1; continue }
            if tag.isAdverb || knowledge.is(t, j, .negation) {
                // Only inside the group: an adverb after the last verb is the clause's, not the group's.
                var k = j
                while k < t.count, t[k].tag.isAdverb || knowledge.is(t, k, .negation) { k += 1 }
                if k < t.count, t[k].tag.isVerb || t[k].tag == .md { j = k; continue }
                // "voted overwhelmingly to demand", "moved quickly to sanction": the chain goes on.
                if t[verbs.last!].tag.isVerb, k + 1 < t.count, t[k].tag == .to, t[k + 1].tag == .vb { j = k; continue }
                break
            }
            // "continued to sanction": the infinitive is the event.
            if tag == .to, j + 1 < t.count, t[j + 1].tag == .vb { j += 1; continue }
            break
        }
        let main = verbs.last!
        var g = VerbGroup(first: i, last: last, main: main)
        g.chain = verbs.filter { $0 < main && (isFollowedByTo($0, t) || knowledge.is(t, $0, .catenative)) }
        g.negated = (i...last).contains { knowledge.is(t, $0, .negation) }
        let beBefore = (i..<main).contains { knowledge.is(t, $0, .be) }
        // "have been one after another rebuffed by X": a form of "be" shortly before, and "by".
        let beNear = last + 1 < t.count && t[last + 1].key == "by" && (max(0, i - 6)..<i).contains { knowledge.is(t, $0, .be) }
        g.passive = t[main].tag == .vbn && (beBefore || beNear)
        // "the convoy attacked by Hamas": a bare participle after a noun, with its agent.
        if verbs.count == 1, t[main].tag == .vbn || t[main].tag == .vbd, i > 0, t[i - 1].tag.isNoun || t[i - 1].tag == .nnp,
           last + 1 < t.count, t[last + 1].key == "by" {
            g.passive = true
            g.isReducedRelative = true
        }
        return g
    }

    /// Whether "to" follows the verb at `v`, past adverbs ("voted overwhelmingly to").
    func isFollowedByTo(_ v: Int, _ t: [Token]) -> Bool {
        var k = v + 1
        while k < t.count, t[k].tag.isAdverb { k += 1 }
        return k < t.count && t[k].tag == .to
    }

    // MARK: - Prepositions and coordination

    func attachPrepositions(_ p: inout SentencePhrases, _ t: [Token]) {
        for n in p.nounPhrases.indices {
            let f = p.nounPhrases[n].first
            // The possessor phrase carries the preposition of the whole ("of Hanoi's envoy").
            if let owner = p.nounPhrases[n].possessor { p.nounPhrases[n].preposition = p.nounPhrases[owner].preposition; continue }
            guard f > 0, t[f - 1].tag == .in || t[f - 1].tag == .to, !knowledge.is(t, f - 1, .subordinator) else { continue }
            p.nounPhrases[n].preposition = f - 1
            if f - 2 >= 0, p.nounPhraseAt[f - 2] >= 0 { p.nounPhrases[n].attachedTo = p.nounPhraseAt[f - 2] }
        }
    }

    /// "Norway and Denmark", "A, B and C", "to X, to Y and to Z", "its neighbors in the Gulf,
    /// Turkey, and the world": coordinated phrases of the same kind (both bare, or both after
    /// the same preposition); a prepositional phrase that modifies a conjunct is passed over.
    /// A comma alone is an apposition, and a list must end in "and"/"or".
    func coordinate(_ p: inout SentencePhrases, _ t: [Token]) {
        let heads = p.nounPhrases.indices.filter { !p.nounPhrases[$0].isPossessor }
        var run: [Int] = []
        var modifier: Int?  // a prepositional phrase after the run's last conjunct
        func close(_ joined: Bool) {
            if joined, run.count > 1 { for n in run { p.nounPhrases[n].coordination = run[0] } }
            run = []
        }
        for n in heads {
            guard let last = run.last else { run = [n]; modifier = nil; continue }
            let b = p.nounPhrases[n]
            if b.preposition != nil, b.attachedTo == last, modifier == nil { modifier = n; continue }
            var ref = last
            var gapStart = p.nounPhrases[last].last + 1
            if let q = modifier {
                gapStart = p.nounPhrases[q].last + 1
                // "to Chile, to Argentina": the modifier itself starts the list.
                if b.preposition != nil { close(false); run = [q]; ref = q }
                modifier = nil
            }
            let a = p.nounPhrases[ref]
            let between = (gapStart..<max(gapStart, b.preposition ?? b.first)).map { t[$0].key }
            let samePrep = (a.preposition.map { t[$0].key }) == (b.preposition.map { t[$0].key })
            let isAnd = (between.count == 1 || between.count == 2 && between[0] == ",") && knowledge.is(between.last!, .coordinator)
            if samePrep, between == [","] {
                run.append(n)
            } else if samePrep, isAnd {
                run.append(n)
                close(true)
            } else {
                close(false)
                run = [n]
            }
        }
        close(false)
    }
}
