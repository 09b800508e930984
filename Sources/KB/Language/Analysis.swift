import Foundation

/// How kbctl read a text, sentence by sentence: tokens with their tags, noun phrases in
/// brackets, verb groups in braces (subject → verb group → object), and the rows extracted.
/// For people checking why a sentence gave (or did not give) a row; `kbctl parse` prints it.
public enum Analysis {
    /// A readable account of the analysed document.
    public static func describe(_ doc: AnalyzedDocument) -> String {
        var out: [String] = []
        for (si, s) in doc.sentences.enumerated() {
            out.append("sentence \(si + 1): " + bracketed(s))
            let p = s.phrases
            for g in p.verbGroups {
                let subject = g.subject.map { phrase(p.nounPhrases[$0], s) } ?? "-"
                let object = (g.agent ?? g.object).map { phrase(p.nounPhrases[$0], s) } ?? "-"
                let flags = [g.passive ? "passive" : nil, g.negated ? "negated" : nil, g.isReducedRelative ? "reduced relative" : nil].compactMap { $0 }
                out.append("  verb \(s.tokens[g.main].text): subject \(subject), \(g.passive ? "agent" : "object") \(object)"
                           + (flags.isEmpty ? "" : " (\(flags.joined(separator: ", ")))"))
            }
            for m in s.mentions where m.form == .pronoun || m.method == .coreference {
                out.append("  refers: \(s.tokens[m.first...m.last].map(\.text).joined(separator: " ")) → \(doc.entities[m.entity].name)")
            }
            for r in doc.relations where r.sentence == si {
                let subject = r.subject.map { doc.entities[$0].name } ?? r.subjectText ?? "-"
                let object = r.object.map { doc.entities[$0].name } ?? r.objectText ?? "-"
                let source = r.source.map { doc.entities[$0].name } ?? r.sourceText
                out.append("  relation: \(subject) \(r.predicate) \(object) [\(r.cameo ?? "-")] \(r.polarity.rawValue), \(r.modality.rawValue)"
                           + (source.map { ", per \($0)" } ?? ""))
            }
            for st in doc.statements where st.sentence == si {
                let speaker = st.speaker.map { doc.entities[$0].name } ?? st.speakerText ?? "-"
                out.append("  statement: \(speaker) \(st.cue ?? "-"): \(st.content.prefix(80))" + (st.pattern.map { " [\($0)]" } ?? ""))
            }
        }
        return out.joined(separator: "\n")
    }

    static func bracketed(_ s: Sentence) -> String {
        let p = s.phrases
        var parts: [String] = []
        for (i, t) in s.tokens.enumerated() {
            var w = "\(t.text)/\(t.tag.name)"
            if let n = p.nounPhrase(at: i), n.first == i { w = "[" + w }
            if let g = p.verbGroup(at: i), g.first == i { w = "{" + w }
            if let n = p.nounPhrase(at: i), n.last == i { w += "]" }
            if let g = p.verbGroup(at: i), g.last == i { w += "}" }
            parts.append(w)
        }
        return parts.joined(separator: " ")
    }

    static func phrase(_ np: NounPhrase, _ s: Sentence) -> String {
        "\"" + s.tokens[np.first...np.last].map(\.text).joined(separator: " ") + "\""
    }
}

extension Analysis {
    /// Tagging and phrase-chunking throughput on a text, in tokens per second on one core: the
    /// text is analysed once, then its token arrays are tagged and chunked again `rounds` times.
    public static func benchmark(text: String, rounds: Int = 20) -> String {
        let pipeline = Pipeline()
        let doc = pipeline.analyze(raw: text, format: .text, source: "bench")
        let tagger = Tagger()
        let chunker = PhraseChunker(knowledge: pipeline.knowledge)
        let tokens = doc.sentences.reduce(0) { $0 + $1.tokens.count }
        var sentences = doc.sentences
        let clock = ContinuousClock()
        let tagging = clock.measure {
            for _ in 0..<rounds { for i in sentences.indices { tagger.tag(&sentences[i].tokens) } }
        }
        var checksum = 0
        let chunking = clock.measure {
            for _ in 0..<rounds { for s in sentences { checksum &+= chunker.chunk(s).nounPhrases.count } }
        }
        func rate(_ d: Duration) -> Int {
            let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            return Int(Double(tokens * rounds) / max(seconds, 1e-9))
        }
        return "\(tokens) tokens × \(rounds) rounds: tagger \(rate(tagging)) tokens/s, phrases \(rate(chunking)) tokens/s (\(checksum) phrases)"
    }
}
