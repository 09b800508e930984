/// Applies the statement patterns to one cue of a sentence and keeps every match; the extractor
/// takes, for each cue, the match of the highest priority (file order breaks ties).
struct StatementMatcher {
    let extractor: StatementExtractor
    let speakers: SpeakerResolver
    let doc: AnalyzedDocument
    let si: Int
    let quotes: [QuoteFinder.Span]
    /// The subject found before each cue token: several rows ask for it at the same cue.
    let subjects = SubjectCache()

    final class SubjectCache {
        var found: [Int: SpeakerResolver.Found?] = [:]
    }

    var knowledge: Knowledge { extractor.knowledge }
    var sentence: Sentence { doc.sentences[si] }
    var tokens: [Token] { doc.sentences[si].tokens }

    /// One pattern matched at one cue: its speaker, and its content span or quotation parts.
    struct Match {
        var pattern: StatementPattern
        var candidate: StatementExtractor.Candidate
    }

    /// What a pattern has matched so far: the captures in written order, with their spans.
    struct State {
        var pos: Int
        var speaker: [Int: SpeakerResolver.Found] = [:]
        var spans: [Int: Range<Int>] = [:]
        var quotes: [Int: QuoteFinder.Span] = [:]
    }

    /// Every pattern that matches at the cue `k..<end`, best first.
    func matches(cue k: Int, end: Int, _ found: Knowledge.Cue) -> [Match] {
        // Patterns are kept in file order, so a stable sort keeps that order among equal priorities.
        knowledge.statementPatterns.enumerated().compactMap { n, p in match(p, cue: k, end: end, found).map { (n, $0) } }
            .sorted { ($0.1.pattern.priority, -$0.0) > ($1.1.pattern.priority, -$1.0) }.map(\.1)
    }

    func match(_ p: StatementPattern, cue k: Int, end: Int, _ found: Knowledge.Cue) -> Match? {
        guard case let .cue(filter, tag) = p.cue, fits(filter, tag, k, end, found) else { return nil }
        let captures = p.before.reduce(0) { $0 + ($1.isCapture ? 1 : 0) }
        // Captures before the cue are numbered from the left, but matched from the cue outwards:
        // a unit's number is the count of captures from it to the left end (counted down, where
        // filtering the rest of the row allocated an array per unit).
        var left = State(pos: k)
        var number = captures
        for u in p.before {
            guard step(u, number, &left, forward: false) else { return nil }
            if u.isCapture { number -= 1 }
        }
        var right = State(pos: end)
        number = captures
        for (n, u) in p.after.enumerated() {
            if u.isCapture { number += 1 }
            let stop = p.after[(n + 1)...].first.flatMap { if case let .words(keys, _) = $0 { return keys } else { return nil } }
            guard step(u, number, &right, forward: true, stop: stop) else { return nil }
        }
        return candidate(p, k, end, left, right)
    }

    /// The candidate the slots of a match describe.
    func candidate(_ p: StatementPattern, _ k: Int, _ end: Int, _ left: State, _ right: State) -> Match? {
        guard let sp = left.speaker[p.speaker] ?? right.speaker[p.speaker] else { return nil }
        var c = StatementExtractor.Candidate(speaker: sp, cue: k, cueEnd: end, a: 0, b: 0, pattern: p.id)
        let parts = p.content.compactMap { left.quotes[$0] ?? right.quotes[$0] }
        if parts.count == 2 {
            c.parts = parts
            (c.a, c.b) = (parts[0].open, tokens.count)
        } else if let span = p.content.first.flatMap({ left.spans[$0] ?? right.spans[$0] }) {
            (c.a, c.b) = (span.lowerBound, span.upperBound)
        } else {
            return nil
        }
        return Match(pattern: p, candidate: c)
    }

    /// Whether the cue found at `k` is the anchor's kind of cue here.
    func fits(_ filter: StatementPattern.CueFilter, _ tag: PennTag?, _ k: Int, _ end: Int, _ cue: Knowledge.Cue) -> Bool {
        if let tag, tokens[k].tag != tag { return false }
        switch filter {
        case .any: return true
        case .noun: return cue.kind == .noun
        case let .lemma(l): return cue.lemma == l
        // A verb cue tagged as a noun is one ("reports from the border"), whatever its lexicon kind.
        case .verb: return cue.kind != .noun && cue.lemma != "according to" && !tokens[k].tag.isNoun && extractor.isSaying(k, end, sentence)
        }
    }
}
