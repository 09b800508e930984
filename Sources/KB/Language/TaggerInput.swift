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

    static let possessiveHash = fnv1a("'s".utf8), cannotHash = fnv1a("cannot".utf8)

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
        // Hashes first: most tokens are neither, and comparing strings was a third of this.
        if t[i].keyHash == Self.possessiveHash, t[i].key == "'s" { return "'s" }
        // The Treebank writes "cannot" as "can" "not": the model knows "can" as a modal.
        if t[i].keyHash == Self.cannotHash, t[i].key == "cannot" { return String(text.prefix(3)) }
        return stem(ofContraction: text)
    }

    /// "don't" → "do", "can't" → "ca", "they're" → "they": the part the Treebank tags as the word
    /// ("n't", "'re" are tokens of their own there, and negation is read from the lexicon anyway).
    static func stem(ofContraction text: String) -> String {
        // Most words have no apostrophe at all: "'" is 0x27, "’" starts with 0xE2.
        var bytes = text
        guard bytes.withUTF8({ $0.contains { $0 == 0x27 || $0 == 0xE2 } }) else { return text }
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

/// The hashes of one unit's feature values, computed from its bytes without building strings
/// (ASCII, the common case); other scripts go through `Tagger.normalize`/`suffix`/`prefix`.
struct WordHashes {
    var raw: UInt64 = 0
    var normal: UInt64 = 0
    var normalSuffix: UInt64 = 0
    var rawSuffix: UInt64 = 0
    var prefix: UInt64 = 0

    init() {}

    static let hyphen = fnv1a("!HYPHEN".utf8), year = fnv1a("!YEAR".utf8), digits = fnv1a("!DIGITS".utf8)
    static let yearSuffix = fnv1a("EAR".utf8), digitsSuffix = fnv1a("ITS".utf8)

    init(_ word: String) {
        var w = word
        let done: Bool = w.withUTF8 { b in
            guard !b.isEmpty, b.allSatisfy({ $0 < 0x80 }) else { return false }
            raw = fnv1a(b)
            rawSuffix = fnv1a(b.suffix(3))
            prefix = fnv1a(b.prefix(1))
            let isDigit = { (c: UInt8) in c >= 0x30 && c <= 0x39 }
            if b[0] != UInt8(ascii: "-"), b.contains(UInt8(ascii: "-")) {
                normal = Self.hyphen; normalSuffix = fnv1a("!HYPHEN".utf8.suffix(3))
            } else if b.count == 4, b.allSatisfy(isDigit) {
                normal = Self.year; normalSuffix = Self.yearSuffix
            } else if isDigit(b[0]) {
                normal = Self.digits; normalSuffix = Self.digitsSuffix
            } else {
                let lower = { (c: UInt8) -> UInt8 in c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
                normal = fnv1a(b.lazy.map(lower))
                normalSuffix = fnv1a(b.suffix(3).lazy.map(lower))
            }
            return true
        }
        guard !done else { return }
        let normalForm = Tagger.normalize(word)
        raw = fnv1a(word.utf8)
        rawSuffix = fnv1a(Tagger.suffix(word).utf8)
        prefix = fnv1a(Tagger.prefix(word).utf8)
        normal = fnv1a(normalForm.utf8)
        normalSuffix = fnv1a(Tagger.suffix(normalForm).utf8)
    }
}
