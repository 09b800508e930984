/// Finds who said what: reported speech around a cue ("X insisted that …", "…, the agency said",
/// "according to X"), noun cues ("X's conclusion that …"), direct and partial quotations,
/// quotations that continue an attributed one, and transcript turns ("MR. KIRBY: …").
public struct StatementExtractor: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    /// The built-in lexicon's `preposition` class as a set, for the relation rules that still
    /// read it from here (Sources/KB/Relations is moving its word sets to words.tsv separately);
    /// the statement rules ask `knowledge.is(key, .preposition)`.

    public func run(_ doc: inout AnalyzedDocument) {
        let speakers = SpeakerResolver(knowledge: knowledge)
        var last: (statement: Int, paragraph: Int, sentence: Int, quoted: Bool)?
        let runs = QuoteRuns.find(in: doc)
        var inRun: [Int: QuoteRuns.Run] = [:]
        for r in runs { for si in r.sentences { inRun[si] = r } }
        let embedded = EmbeddedText(knowledge: knowledge).find(in: doc)
        // A transcript has at least two speaker turns ("Q:", "MR. HOLM:"); one capitalised label is not one.
        var labels = 0
        for s in doc.sentences where labels < 2 && transcriptLabel(s, doc) != nil { labels += 1 }
        let isTranscript = labels == 2
        var turn: (speaker: Int?, label: String)?
        for si in doc.sentences.indices where !doc.sentences[si].isHeadline {
            let s = doc.sentences[si]
            // A reproduced letter or statement is its senders' words, sentence by sentence; the
            // voices quoted inside it are found as anywhere else.
            if let b = embedded, b.first <= si, si < b.end, !s.tokens.isEmpty {
                for author in b.authors {
                    append(&doc, Statement(sentence: si, speaker: author, speakerText: nil, cue: b.cue,
                                           content: content(doc, s, 0, s.tokens.count), quote: nil, kind: .reported, start: s.start, end: s.end))
                }
            }
            // A quotation over several sentences is one statement, taken whole at its last sentence.
            if let run = inRun[si] {
                guard si == run.closeSentence, let q = QuoteRuns.text(run, doc) else { continue }
                let prev = last.flatMap { continues($0, quoteAt: run.openSentence, doc) ? doc.statements[$0.statement] : nil }
                if let (found, cue) = runSpeaker(run, doc, speakers) {
                    append(&doc, Statement(sentence: si, speaker: found.entity, speakerText: found.entity == nil ? found.text : nil, cue: cue,
                                           content: q.text, quote: q.text, kind: .direct, start: q.start, end: q.end))
                } else if let p = prev {
                    append(&doc, Statement(sentence: si, speaker: p.speaker, speakerText: p.speakerText, cue: p.cue,
                                           content: q.text, quote: q.text, kind: .direct, start: q.start, end: q.end))
                } else { continue }
                last = (doc.statements.count - 1, s.paragraph, si, true)
                continue
            }
            let quotes = QuoteFinder.spans(in: s.tokens)
            if isTranscript, let label = transcriptLabel(s, doc) {
                let speaker = speakers.entity(named: label, doc)
                append(&doc, Statement(sentence: si, speaker: speaker, speakerText: label, cue: ":",
                                       content: content(doc, s, label.count > 0 ? labelEnd(s) : 0, s.tokens.count), quote: nil,
                                       kind: .transcript, start: s.start, end: s.end))
                last = (doc.statements.count - 1, s.paragraph, si, false)
                turn = (speaker, label)
                continue
            }
            // The rest of a turn, to the next label, is the same speaker's; voices it reports are found too.
            if isTranscript, let (speaker, label) = turn {
                append(&doc, Statement(sentence: si, speaker: speaker, speakerText: label, cue: ":", content: content(doc, s, 0, s.tokens.count),
                                       quote: nil, kind: .transcript, start: s.start, end: s.end))
            }
            // Inside a reproduced text, "we" is its senders' (given above), not the author's.
            let inBlock = embedded.map { $0.first <= si && si < $0.end } ?? false
            let found = attributions(si, quotes, doc, speakers).filter { !inBlock || $0.speaker != nil || $0.speakerText != nil }
            if !found.isEmpty {
                for var st in found {
                    let inner = nested(in: &st, si, quotes, doc, speakers)
                    append(&doc, st)
                    last = (doc.statements.count - 1, s.paragraph, si, st.quote != nil)
                    for n in inner { append(&doc, n) }
                }
                continue
            }
            // A quotation with no cue of its own continues the last attributed one nearby.
            if !quotes.isEmpty, let l = last, continues(l, quoteAt: si, doc) {
                let prev = doc.statements[l.statement]
                let q = quotes.map { quoteText(doc, s, $0) }.joined(separator: " … ")
                if q.split(separator: " ").count >= 3 {
                    append(&doc, Statement(sentence: si, speaker: prev.speaker, speakerText: prev.speakerText, cue: prev.cue,
                                           content: content(doc, s, 0, s.tokens.count), quote: q, kind: .direct, start: s.start, end: s.end))
                    last = (doc.statements.count - 1, s.paragraph, si, true)
                }
            }
        }
    }

    func append(_ doc: inout AnalyzedDocument, _ st: Statement) { doc.statements.append(st) }

    /// Whether an unattributed quotation in sentence `si` continues the last statement: a quoted
    /// one in the same paragraph, or — news style — any statement of a person that ends the
    /// paragraph right before a paragraph that opens with the quotation. A quotation after a
    /// paragraph that ends on someone else's words, or on no one's, is left unattributed.
    func continues(_ l: (statement: Int, paragraph: Int, sentence: Int, quoted: Bool), quoteAt si: Int, _ doc: AnalyzedDocument) -> Bool {
        let s = doc.sentences[si]
        let quoteOnly = s.tokens.first.map { QuoteRuns.isOpening($0.text) || $0.text == "\"" } == true
        if l.quoted && (l.paragraph == s.paragraph || l.sentence == si - 1) { return true }
        // "…, Ruiz told lawmakers Monday. “Every region …”": a quote-only sentence continues the
        // paragraph's last speaker, whatever that speaker's last statement was.
        if quoteOnly, l.paragraph == s.paragraph { return doc.statements[l.statement].speaker != nil || doc.statements[l.statement].speakerText != nil }
        let opensParagraph = si > 0 && doc.sentences[si - 1].paragraph != s.paragraph && quoteOnly
        guard opensParagraph, l.sentence == si - 1 else { return false }
        let st = doc.statements[l.statement]
        return st.speaker.map { doc.entities[$0].type == .person } ?? (st.speakerText != nil)
    }

    /// Quotations inside a statement that someone else in it is said to have said or called
    /// them: "Russia said it would not stop, even if there is a truce, which diplomats have been
    /// calling a “cessation of hostilities.”" — the words are the diplomats', not Russia's.
    /// They become statements of their own and leave the outer one's quote.
    func nested(in st: inout Statement, _ si: Int, _ quotes: [QuoteFinder.Span], _ doc: AnalyzedDocument,
                _ speakers: SpeakerResolver) -> [Statement] {
        let t = doc.sentences[si].tokens
        var out: [Statement] = []
        var kept: [String] = []
        for q in quotes where q.close > q.open + 1 && t[q.open].start >= st.start && t[q.open].start < st.end {
            let text = quoteText(doc, doc.sentences[si], q)
            var found: (SpeakerResolver.Found, String)?
            for c in stride(from: q.open - 1, through: max(0, q.open - 3), by: -1) {
                let isCue = knowledge.cues.longestMatch(in: t, at: c).map { $0.end > c && $0.end <= q.open } ?? false
                // The statement's own cue between the two parts of its quotation is no other voice.
                guard isCue || knowledge.is(t, c, .namingVerb), t[c].start > st.start, c != st.cueToken else { continue }
                if let sp = speakers.subject(before: c, si, quotes, doc), sp.start > 0, t[sp.start].start >= st.start,
                   sp.entity != st.speaker || sp.text != st.speakerText {
                    found = (sp, t[c].text)
                }
                break
            }
            if let (sp, cue) = found {
                out.append(Statement(sentence: si, speaker: sp.entity, speakerText: sp.entity == nil ? sp.text : nil, cue: cue,
                                     content: text, quote: text, kind: .partial, start: t[q.open + 1].start, end: t[q.close - 1].end))
            } else if !text.isEmpty {
                kept.append(text)
            }
        }
        if !out.isEmpty { st.quote = kept.isEmpty ? nil : kept.joined(separator: " … ") }
        return out
    }

    /// Who a quotation over several sentences is attributed to: a cue right after its close
    /// ("…,” said Ortiz." / "…,” she added."), else a cue right before its opening ("Ortiz said: “…").
    func runSpeaker(_ run: QuoteRuns.Run, _ doc: AnalyzedDocument, _ speakers: SpeakerResolver) -> (SpeakerResolver.Found, String)? {
        if run.closed {
            let t = doc.sentences[run.closeSentence].tokens
            var k = run.closeToken + 1
            if k < t.count, t[k].text == "," { k += 1 }
            for c in k..<min(t.count, k + 6) {
                guard let m = knowledge.cues.longestMatch(in: t, at: c), m.value.kind != .noun else { continue }
                let cue = t[c..<m.end].map(\.text).joined(separator: " ")
                if c == k, let sp = speakers.mentionStarting(at: m.end, run.closeSentence, doc)
                    ?? speakers.descriptionStarting(at: m.end, run.closeSentence, doc) { return (sp, cue) }
                let clause = [QuoteFinder.Span(open: 0, close: run.closeToken)]
                if c > k, let sp = speakers.subject(before: c, run.closeSentence, clause, doc) { return (sp, cue) }
                break
            }
        }
        let s = doc.sentences[run.openSentence]
        let t = s.tokens
        var e = run.openToken
        while e > 0, [":", ",", "that"].contains(t[e - 1].key) { e -= 1 }
        // "Ortiz said: “…", and past where, when or to whom: "Ortiz stated after the vote, “…".
        for c in stride(from: e - 1, through: max(0, e - 10), by: -1) {
            guard let m = knowledge.cues.longestMatch(in: t, at: c), m.end == e || adjunctEnd(s, m.end) == e,
                  m.value.kind != .noun else { continue }
            if let sp = speakers.subject(before: c, run.openSentence, [], doc) {
                return (sp, t[c..<m.end].map(\.text).joined(separator: " "))
            }
        }
        return nil
    }

    /// Past "that", "to reporters", a colon or a comma after the cue.
    func skipAfterCue(_ t: [Token], _ i: Int) -> Int {
        var j = i
        if j + 1 < t.count, t[j].key == "to", knowledge.is(t, j + 1, .audience) { j += 2 }
        if j < t.count, t[j].key == "that" || t[j].text == ":" || t[j].text == "," { j += 1 }
        return j
    }

    /// The stored text from token a to token b (exclusive), without a final full stop or comma.
    func content(_ doc: AnalyzedDocument, _ s: Sentence, _ a: Int, _ b: Int) -> String {
        guard a < b, a < s.tokens.count else { return "" }
        var end = b - 1
        while end > a, [".", ",", ";", ":"].contains(s.tokens[end].text) { end -= 1 }
        return doc.slice(s.tokens[a].start, s.tokens[end].end)
    }

    /// The words inside a quotation, without the comma that English puts before the closing
    /// mark when an attribution follows ("“We will not yield,” she said").
    func quoteText(_ doc: AnalyzedDocument, _ s: Sentence, _ q: QuoteFinder.Span) -> String {
        var last = q.close - 1
        while last > q.open + 1, s.tokens[last].text == "," { last -= 1 }
        guard last > q.open else { return "" }
        return doc.slice(s.tokens[q.open + 1].start, s.tokens[last].end)
    }

    /// "MR. KIRBY:" or "Q:" opening a paragraph of a transcript.
    func transcriptLabel(_ s: Sentence, _ doc: AnalyzedDocument) -> String? {
        guard let colon = s.tokens.prefix(6).firstIndex(where: { $0.text == ":" }), colon > 0 else { return nil }
        if s.ordinal > 0, doc.sentences[s.ordinal - 1].paragraph == s.paragraph { return nil }
        let label = s.tokens[..<colon]
        guard label.allSatisfy({ $0.isAllCaps || $0.kind == .punct }), label.contains(where: { $0.kind == .word }) else { return nil }
        return label.map(\.text).joined(separator: " ")
    }

    func labelEnd(_ s: Sentence) -> Int { (s.tokens.firstIndex { $0.text == ":" } ?? -1) + 1 }
}
