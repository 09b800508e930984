/// Finds who said what: reported speech around a cue ("X insisted that …", "…, the agency said",
/// "according to X"), noun cues ("X's conclusion that …"), direct and partial quotations,
/// quotations that continue an attributed one, and transcript turns ("MR. KIRBY: …").
public struct StatementExtractor: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    static let passiveOrCoordinated: Set<String> = ["is", "was", "were", "are", "be", "been", "being", "and", "or", "'s", "the", "a", "an", "his", "her", "its", "their", "our", "no", "to"]
    static let prepositions: Set<String> = ["of", "with", "by", "to", "from", "in", "at", "for", "on", "about", "against", "during", "between", "toward", "towards", "into", "unlike", "like", "over"]

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
            if var st = attributed(si, quotes, &doc, speakers) {
                let inner = nested(in: &st, si, quotes, doc, speakers)
                append(&doc, st)
                last = (doc.statements.count - 1, s.paragraph, si, st.quote != nil)
                for n in inner { append(&doc, n) }
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
        if l.quoted && (l.paragraph == s.paragraph || l.sentence == si - 1) { return true }
        let opensParagraph = si > 0 && doc.sentences[si - 1].paragraph != s.paragraph
            && s.tokens.first.map { QuoteRuns.isOpening($0.text) || $0.text == "\"" } == true
        guard opensParagraph, l.sentence == si - 1 else { return false }
        let st = doc.statements[l.statement]
        return st.speaker.map { doc.entities[$0].type == .person } ?? (st.speakerText != nil)
    }

    /// The statement a cue in the sentence introduces, with its speaker and content.
    func attributed(_ si: Int, _ quotes: [QuoteFinder.Span], _ doc: inout AnalyzedDocument, _ speakers: SpeakerResolver) -> Statement? {
        let s = doc.sentences[si]
        let t = s.tokens
        var k = 0
        while k < t.count {
            // A cue word inside a quotation or a name ("United States") is neither.
            guard !quotes.contains(where: { $0.open < k && k < $0.close }),
                  !s.mentions.contains(where: { $0.first <= k && k <= $0.last && $0.form == .name }),
                  let m = knowledge.cues.longestMatch(in: t, at: k) else { k += 1; continue }
            let cue = m.value
            let cueText = t[k..<m.end].map(\.text).joined(separator: " ")
            var speaker: SpeakerResolver.Found?
            var contentRange: (Int, Int)?
            switch cue.kind {
            case .noun:
                // "the minister's conclusion that …"
                if k >= 2, t[k - 1].key == "'s", m.end < t.count, t[m.end].key == "that" || t[m.end].text == ":" {
                    speaker = speakers.mentionEnding(at: k - 2, si, doc)
                    contentRange = (m.end + 1, t.count)
                }
            case .phrase where cue.lemma == "according to":
                speaker = speakers.mentionStarting(at: m.end, si, doc)
                if let sp = speaker {
                    let after = sp.end + 1 < t.count && t[sp.end + 1].text == "," ? sp.end + 2 : sp.end + 1
                    contentRange = k > 1 ? (0, k - (t[k - 1].text == "," ? 1 : 0)) : (after, t.count)
                }
            default:
                if k > 0, Self.passiveOrCoordinated.contains(t[k - 1].key) { break }
                if m.end < t.count, t[m.end].text == "-" || t[m.end].key == "'s" { break }  // "state-owned", a noun
                let restStart = skipAfterCue(t, m.end)
                let restWords = (restStart..<t.count).filter { t[$0].kind != .punct }.count
                if t[k].key.hasSuffix("ing"), k == 0 || ["\u{2014}", "\u{2013}", "-", ":"].contains(t[k - 1].text),
                   let comma = (m.end..<t.count).first(where: { t[$0].text == "," }),
                   let sp = speakers.mentionStarting(at: comma + 1, si, doc), sp.entity.map({ doc.entities[$0].type == .person }) == true {
                    // "Citing one-sided negotiations, Senator Ana Ortiz voted against …"
                    speaker = sp
                    contentRange = (m.end, comma)
                } else if let sp = speakers.subject(before: k, si, quotes, doc) {
                    speaker = sp
                    if restWords >= 2 {
                        contentRange = (restStart, t.count)
                    } else if sp.start > 1 {
                        // "…, the Observatory said." / "“…,” Carter said."
                        contentRange = (0, sp.start)
                    }
                } else if k > 1, [",", "\u{201D}", "\""].contains(t[k - 1].text) || quotes.contains(where: { $0.close == k - 1 }),
                          let sp = speakers.mentionStarting(at: m.end, si, doc) ?? speakers.descriptionStarting(at: m.end, si, doc) {
                    speaker = sp  // "“…,” said Ash Carter." / "“…,” said a ministry spokesman."
                    contentRange = (0, k)
                }
            }
            if let sp = speaker, let (a, b) = contentRange, b > a {
                let text = content(doc, s, a, b)
                // The quotations of the content, and a scare-quoted word between speaker and cue.
                let inside = quotes.filter { ($0.open >= a - 1 && $0.close <= b + 1) || ($0.open > sp.end && $0.close < k) }
                let q = inside.isEmpty ? nil : inside.map { quoteText(doc, s, $0) }.joined(separator: " … ")
                let kind: Statement.Kind = inside.isEmpty ? .reported : (inside.count == 1 && inside[0].open <= a && inside[0].close >= b - 2 ? .direct : .partial)
                return Statement(sentence: si, speaker: sp.entity, speakerText: sp.entity == nil ? sp.text : nil, cue: cueText,
                                 content: text, quote: q, kind: kind, start: t[a].start, end: t[b - 1].end)
            }
            k = m.end
        }
        return nil
    }

    static let namingVerbs: Set<String> = ["call", "calls", "called", "calling", "describe", "describes", "described", "describing",
                                           "term", "terms", "termed", "dub", "dubs", "dubbed", "label", "labels", "labeled", "labelled"]

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
                guard isCue || Self.namingVerbs.contains(t[c].key), t[c].start > st.start else { continue }
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
        let t = doc.sentences[run.openSentence].tokens
        var e = run.openToken
        while e > 0, [":", ",", "that"].contains(t[e - 1].key) { e -= 1 }
        for c in stride(from: e - 1, through: max(0, e - 3), by: -1) {
            guard let m = knowledge.cues.longestMatch(in: t, at: c), m.end == e, m.value.kind != .noun else { continue }
            if let sp = speakers.subject(before: c, run.openSentence, [], doc) {
                return (sp, t[c..<m.end].map(\.text).joined(separator: " "))
            }
        }
        return nil
    }

    /// Past "that", "to reporters", a colon or a comma after the cue.
    func skipAfterCue(_ t: [Token], _ i: Int) -> Int {
        var j = i
        if j + 1 < t.count, t[j].key == "to", ["reporters", "journalists", "lawmakers"].contains(t[j + 1].key) { j += 2 }
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

    func quoteText(_ doc: AnalyzedDocument, _ s: Sentence, _ q: QuoteFinder.Span) -> String {
        guard q.close > q.open + 1 else { return "" }
        return doc.slice(s.tokens[q.open + 1].start, s.tokens[q.close - 1].end)
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
