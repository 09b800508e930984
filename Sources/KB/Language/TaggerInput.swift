extension Tagger {
    /// The units the model tags, in Penn Treebank form, with the tokens each covers.
    static func units(_ t: [Token]) -> [Unit] {
        var out: [Unit] = []
        out.reserveCapacity(t.count)
        var i = 0
        while i < t.count {
            // "long-range", "Oslo-based", "Putin-Medvedev": one unit, as the Treebank writes it.
            var last = i
            while last + 2 < t.count, t[last].kind != .punct, t[last + 1].text == "-", t[last + 1].joined,
                  t[last + 2].joined, t[last + 2].kind != .punct {
                last += 2
            }
            let word = last > i ? t[i...last].map(\.text).joined() : treebankForm(t, i)
            out.append(Unit(word: word, first: i, last: last))
            i = last + 1
        }
        return out
    }

    /// One token as the Treebank writes it.
    static func treebankForm(_ t: [Token], _ i: Int) -> String {
        let text = t[i].text
        if t[i].kind == .punct {
            if let role = QuotationMarks.role(of: text) {
                switch role {
                case .opening: return "``"
                case .closing: return "''"
                case .either:
                    // A straight mark opens when the next word sticks to it and the previous does not.
                    let nextJoined = i + 1 < t.count && t[i + 1].joined
                    return nextJoined && (i == 0 || !t[i].joined) ? "``" : "''"
                }
            }
            switch text {
            case "(", "[", "{": return "-LRB-"
            case ")", "]", "}": return "-RRB-"
            case "\u{2014}", "\u{2013}": return "--"
            case "\u{2026}": return "..."
            case "\u{2018}": return "`"
            case "\u{2019}": return "'"
            default: return text
            }
        }
        if t[i].key == "'s" { return "'s" }
        return stem(ofContraction: text)
    }

    /// "don't" → "do", "can't" → "ca", "they're" → "they": the part the Treebank tags as the word
    /// ("n't", "'re" are tokens of their own there, and negation is read from the lexicon anyway).
    static func stem(ofContraction text: String) -> String {
        let s = text.unicodeScalars
        guard s.count > 3, s.contains(where: { $0 == "'" || $0 == "\u{2019}" }) else { return text }
        let folded = String(String.UnicodeScalarView(s.map { $0 == "\u{2019}" ? "'" : $0 }))
        for suffix in ["n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "'RE", "'VE", "'LL"] where folded.hasSuffix(suffix) {
            let stem = String(folded.dropLast(suffix.count))
            return stem.isEmpty ? text : stem
        }
        return text
    }
}
