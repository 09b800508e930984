/// Every attribution of a sentence: each cue with a speaker is a statement of its own, with its
/// own content span ("Virtanen said the border must stay open, and Lund argued that …" is two).
extension StatementExtractor {
    /// One attribution found in a sentence, before its content is bounded by the others.
    struct Candidate {
        var speaker: SpeakerResolver.Found
        var cue: Int
        var cueEnd: Int
        /// Content tokens `[a, b)`.
        var a: Int
        var b: Int
        /// The two parts of a quotation the attribution cuts in two ("“A,” X said, “B.”").
        var parts: [QuoteFinder.Span]? = nil
        /// Tokens inside the content that another attribution owns (", which Togo says is illegal,").
        var hole: Range<Int>? = nil
        /// The noun phrase a relative clause's attribution is about ("the new port" for "which Togo
        /// says is illegal"), said before its content.
        var antecedent: Range<Int>? = nil
        /// The id of the statement pattern that found it.
        var pattern: String? = nil
    }

    /// The statements the cues of sentence `si` introduce, in order.
    func attributions(_ si: Int, _ quotes: [QuoteFinder.Span], _ doc: AnalyzedDocument, _ speakers: SpeakerResolver) -> [Statement] {
        let s = doc.sentences[si]
        let t = s.tokens
        var found: [Candidate] = []
        let matcher = StatementMatcher(extractor: self, speakers: speakers, doc: doc, si: si, quotes: quotes)
        var k = 0
        while k < t.count {
            // A cue word inside a quotation or a name ("United States") is neither.
            guard !quotes.contains(where: { $0.open < k && k < $0.close }),
                  !s.mentions.contains(where: { $0.first <= k && k <= $0.last && $0.form == .name }),
                  let m = cueMatch(t, quotes, at: k) else { k += 1; continue }
            // The patterns of patterns-statements.tsv: the best match of this cue is its statement.
            if let best = matcher.matches(cue: k, end: m.end, m.cue).first { found.append(best.candidate) }
            k = m.end
        }
        return bound(found, s).map { c in
            let cueText = t[c.cue..<c.cueEnd].map(\.text).joined(separator: " ")
            let sp = c.speaker
            if let parts = c.parts {
                let q = parts.map { quoteText(doc, s, $0) }.joined(separator: " … ")
                return Statement(sentence: si, speaker: sp.entity, speakerText: sp.entity == nil ? sp.text : nil, cue: cueText,
                                 content: q, quote: q, kind: .direct, start: t[parts[0].open].start, end: t[min(t.count, parts[1].close) - 1].end,
                                 speakerOf: sp.of, pattern: c.pattern, cueToken: c.cue)
            }
            let (a, b) = (c.a, c.b)
            // The quotations of the content, and a scare-quoted word between speaker and cue.
            let inside = quotes.filter { ($0.open >= a - 1 && $0.close <= b + 1) || ($0.open > sp.end && $0.close < c.cue) }
            let q = inside.isEmpty ? nil : inside.map { quoteText(doc, s, $0) }.joined(separator: " … ")
            let kind: Statement.Kind = inside.isEmpty ? .reported : (inside.count == 1 && inside[0].open <= a && inside[0].close >= b - 2 ? .direct : .partial)
            // A quotation that is the whole content is stored without its marks.
            let text = kind == .direct && inside.count == 1 ? q ?? "" : content(doc, s, c)
            return Statement(sentence: si, speaker: sp.entity, speakerText: sp.entity == nil ? sp.text : nil, cue: cueText,
                             content: text.isEmpty ? content(doc, s, c) : text, quote: q, kind: kind, start: t[a].start, end: t[b - 1].end,
                             speakerOf: sp.of, pattern: c.pattern, cueToken: c.cue)
        }
    }

    /// A candidate's content: its span without the hole another attribution owns, after the
    /// antecedent it is about ("the new port" + "is illegal").
    func content(_ doc: AnalyzedDocument, _ s: Sentence, _ c: Candidate) -> String {
        var parts: [String] = []
        if let r = c.antecedent { parts.append(content(doc, s, r.lowerBound, r.upperBound)) }
        if let h = c.hole {
            parts += [content(doc, s, c.a, h.lowerBound), content(doc, s, h.upperBound, c.b)]
        } else {
            parts.append(content(doc, s, c.a, c.b))
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The cue at `k`: a listed cue that really is a verb of saying here, or a naming verb with a
    /// quotation right after ("called the proposal “reckless”").
    func cueMatch(_ t: [Token], _ quotes: [QuoteFinder.Span], at k: Int) -> (end: Int, cue: Knowledge.Cue)? {
        // "the claims", "Gulf states", "a March 11 report": a noun, though listed as a verb form,
        // unless it names its source ("reports from X that …"); a word listed both ways
        // ("warning") is the noun here.
        let isNoun = t[k].tag.isNoun
        if let m = knowledge.cues.longestMatch(in: t, at: k, accept: { cue, end in
            cue.kind != .verb || !isNoun || end < t.count && t[end].key == "from"
        }) {
            return (m.end, m.value)
        }
        if knowledge.is(t, k, .namingVerb), let q = quotes.first(where: { $0.open > k && $0.open <= k + 6 }),
           !(k + 1..<q.open).contains(where: { t[$0].kind == .punct }) {
            return (k + 1, Knowledge.Cue(lemma: "call", kind: .verb))
        }
        return nil
    }

    /// Whether the verb or phrase cue at `k..<end` says something here: not "did not respond",
    /// "asked not to be named", "state-owned" or a cue a word like "without" negates.
    func isSaying(_ k: Int, _ end: Int, _ s: Sentence) -> Bool {
        let t = s.tokens
        if k > 0, knowledge.is(t, k - 1, .notBeforeCue), !continuesSaying(k, s) { return false }
        if end < t.count, t[end].text == "-" || t[end].key == "'s" { return false }  // "state-owned", a noun
        // "did not respond to a request for comment" says nothing.
        if knowledge.is(t, k, .noAnswerCue), s.phrases.verbGroup(at: k)?.negated == true { return false }
        // "asked not to be named", "asked to leave": a request about the speaker, not words said.
        if knowledge.is(t, k, .requestCue), end < t.count, t[end].key == "to" || t[end].key == "not" { return false }
        return true
    }

    /// "voted to demand that", "continued to insist that": a cue at the end of a catenative chain
    /// whose verb still reports words (unlike "refused to say", "plans to announce").
    func continuesSaying(_ k: Int, _ s: Sentence) -> Bool {
        guard s.tokens[k - 1].key == "to", let g = s.phrases.verbGroup(at: k), g.main == k, let c = g.chain.last else { return false }
        return knowledge.is(s.tokens, c, .sayingChain)
    }

    /// Where the words before a speaker end: at the speaker's whole noun phrase, so that "…, a
    /// Peruvian official said" or "…, one diplomat said" leaves no determiner in the content.
    func phraseStart(_ sp: SpeakerResolver.Found, _ s: Sentence) -> Int {
        min(sp.start, s.phrases.nounPhrase(at: sp.start)?.first ?? sp.start)
    }

    /// Past the adjuncts right after a cue, which say where, when or to whom, never what: "at a
    /// briefing in Valparaiso", "on Tuesday", "told lawmakers Monday", "to reporters".
    func adjunctEnd(_ s: Sentence, _ i: Int) -> Int {
        let t = s.tokens
        let p = s.phrases
        var j = i
        while j < t.count {
            let w = t[j]
            if knowledge.is(w, .adjunctPreposition) || (w.key == "to" && j + 1 < t.count && isAudience(s, j + 1)),
               j + 1 < t.count, let np = p.nounPhrase(at: j + 1) {
                j = np.last + 1
            } else if j == i, knowledge.is(w, .audience) || isAudience(s, j), let np = p.nounPhrase(at: j) {
                j = np.last + 1
            } else if knowledge.is(w, .time) && w.isCapitalized || knowledge.is(w, .timeAdjunct) && p.nounPhrase(at: j).map({ knowledge.is(t, $0.head, .timeAdjunct) || knowledge.is(t, $0.head, .time) }) ?? true {
                j = p.nounPhrase(at: j).map { $0.last + 1 } ?? j + 1
            } else {
                break
            }
        }
        // "wrote Ortiz that …", "assured Lima that …": the addressee before "that".
        if j == i, let np = p.nounPhrase(at: j), np.last + 1 < t.count, t[np.last + 1].key == "that" { return np.last + 1 }
        return j
    }

    /// A noun phrase at `j` that names an audience ("reporters", "a news conference").
    func isAudience(_ s: Sentence, _ j: Int) -> Bool {
        guard let np = s.phrases.nounPhrase(at: j), np.first == j else { return false }
        return knowledge.is(s.tokens, np.head, .audience)
    }

    /// Bounds each content by the attributions inside it: a coordinated clause with its own
    /// speaker ends the first ("…, and Lund argued …"); a relative clause's attribution ("which
    /// Togo says is illegal") ends at its comma; a cue inside another's content with no clause
    /// boundary before its speaker is part of that content ("Peru said it would warn Chile").
    func bound(_ found: [Candidate], _ s: Sentence) -> [Candidate] {
        let t = s.tokens
        var out = found
        var drop = Set<Int>()
        for i in out.indices where !drop.contains(i) {
            for j in out.indices where j > i && !drop.contains(j) {
                let spj = out[j].speaker.start
                guard out[i].a <= out[j].cue, out[j].cue < out[i].b, out[i].parts == nil else { continue }
                // "a warning from a senior admiral that …": a source named after its own cue.
                if spj > out[j].cue { continue }
                guard out[j].a > out[j].cue, spj > out[i].a else { drop.insert(j); continue }
                let before = t[spj - 1]
                if knowledge.is(before, .relative) {
                    out[j].b = (out[j].cueEnd..<out[i].b).first { t[$0].text == "," } ?? out[i].b
                    // ", which Togo says is illegal," is Togo's, about the phrase before it, and
                    // no part of what the outer speaker says.
                    let comma = spj >= 2 && t[spj - 2].text == "," ? spj - 2 : spj - 1
                    if let np = s.phrases.nounPhrase(at: comma - 1), np.first >= out[i].a {
                        out[j].antecedent = np.first..<(np.last + 1)
                    }
                    if out[j].b < out[i].b { out[i].hole = comma..<(out[j].b + 1) }
                } else if [",", ";"].contains(before.text) || knowledge.is(before, .clauseJoiner) {
                    var e = spj - 1
                    while e > out[i].a, [",", ";"].contains(t[e].text) || knowledge.is(t, e, .clauseJoiner) { e -= 1 }
                    out[i].b = e + 1
                } else {
                    drop.insert(j)
                }
            }
        }
        return out.indices.filter { !drop.contains($0) && out[$0].b > out[$0].a }.map { out[$0] }
    }
}
