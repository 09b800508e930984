/// Tags every token of a sentence with its Penn Treebank part of speech.
///
/// The tagger reads units in the form its Wall Street Journal training text had: a hyphenated
/// compound ("long-range", "Oslo-based") is one unit, quotation marks are `` and '', brackets
/// -LRB- and -RRB-, dashes "--", and a contraction is tagged by its stem ("don't" as "do", which
/// is how the Treebank splits it off "n't"). Each unit's tag goes to all of its tokens.
/// Greedy and left to right: a word the model always tags one way is looked up, any other is
/// scored from its own, its neighbours' and the two previous tags' features.
public struct Tagger: Sendable {
    public let model: TaggerModel

    public init(model: TaggerModel = .builtIn) { self.model = model }

    /// One unit the model tags: its surface form and the tokens it covers.
    struct Unit {
        var word: String
        var first: Int
        var last: Int
    }

    /// Tags `tokens` in place.
    public func tag(_ tokens: inout [Token]) {
        let units = Self.units(tokens)
        guard !units.isEmpty else { return }
        let m = model
        // Context ids: two sentinels on each side, as the model was trained.
        var context = [UInt32](repeating: 0, count: units.count + 4)
        var contextSuffix = [UInt32](repeating: 0, count: units.count + 4)
        var words = [WordHashes](repeating: WordHashes(), count: units.count)
        context[0] = m.start1; context[1] = m.start2
        context[units.count + 2] = m.end1; context[units.count + 3] = m.end2
        for (n, u) in units.enumerated() {
            words[n] = WordHashes(u.word)
            context[n + 2] = m.id(hash: words[n].normal)
            contextSuffix[n + 2] = m.id(hash: words[n].normalSuffix)
        }
        for (i, sentinel) in [(0, "-START-"), (1, "-START2-"), (units.count + 2, "-END-"), (units.count + 3, "-END2-")] {
            contextSuffix[i] = m.id(hash: fnv1a(sentinel.utf8.suffix(3)))
        }
        var prev = m.start1, prev2 = m.start2
        var scores = [Double](repeating: 0, count: m.classes.count)
        for (n, u) in units.enumerated() {
            let c: Int
            if let known = m.tagdict.get(words[n].raw) {
                c = Int(known)
            } else {
                let i = n + 2
                let keys: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (
                    TaggerModel.key(.bias, 0, 0),
                    TaggerModel.key(.suffix, m.id(hash: words[n].rawSuffix), 0),
                    TaggerModel.key(.pref1, m.id(hash: words[n].prefix), 0),
                    TaggerModel.key(.tag1, prev, 0),
                    TaggerModel.key(.tag2, prev2, 0),
                    TaggerModel.key(.tag12, prev, prev2),
                    TaggerModel.key(.word, context[i], 0),
                    TaggerModel.key(.tag1word, prev, context[i]),
                    TaggerModel.key(.word1, context[i - 1], 0),
                    TaggerModel.key(.suffix1, contextSuffix[i - 1], 0),
                    TaggerModel.key(.word2, context[i - 2], 0),
                    TaggerModel.key(.wordn1, context[i + 1], 0),
                    TaggerModel.key(.suffixn1, contextSuffix[i + 1], 0),
                    TaggerModel.key(.wordn2, context[i + 2], 0))
                c = withUnsafeBytes(of: keys) { raw in predict(raw.bindMemory(to: UInt64.self), &scores) }
            }
            for k in u.first...u.last { tokens[k].tag = Self.repaired(m.classes[c], u.word) }
            prev2 = prev
            prev = m.tagValue[c]
        }
        Self.repairSentence(&tokens)
    }

    /// The best class for the features; ties go to the greater tag name, as in the original.
    /// Through buffer pointers: the weights are added in the same order as by index, so the
    /// scores are the same bits, without a bounds check per weight (the tagger was a fifth of
    /// extraction).
    @inline(__always) func predict(_ keys: UnsafeBufferPointer<UInt64>, _ scores: inout [Double]) -> Int {
        let m = model
        return scores.withUnsafeMutableBufferPointer { sc in
            for i in sc.indices { sc[i] = 0 }
            m.rowStart.withUnsafeBufferPointer { rows in
                m.entryClass.withUnsafeBufferPointer { classes in
                    m.entryWeight.withUnsafeBufferPointer { weights in
                        for key in keys {
                            // A value the model never saw cannot form a feature it knows.
                            if key & 0x0FFF_FFFF == 0x0FFF_FFFF || (key >> 28) & 0x0FFF_FFFF == 0x0FFF_FFFF { continue }
                            guard let r = m.features.get(key) else { continue }
                            for e in Int(rows[Int(r)])..<Int(rows[Int(r) + 1]) { sc[Int(classes[e])] += weights[e] }
                        }
                    }
                }
            }
            return m.nameRank.withUnsafeBufferPointer { rank in
                var best = 0
                for c in 1..<sc.count where sc[c] > sc[best] || (sc[c] == sc[best] && rank[c] > rank[best]) { best = c }
                return best
            }
        }
    }

    /// Repairs over the whole sentence, after the model.
    static func repairSentence(_ tokens: inout [Token]) {
        // "Canada sanctions Venezuela": a sentence with no verb at all whose plural noun stands
        // between a name and a noun phrase has its verb there.
        if !tokens.contains(where: { $0.tag.isVerb || $0.tag == .md }),
           let k = tokens.indices.dropFirst().dropLast().first(where: { tokens[$0].tag == .nns && tokens[$0 - 1].tag.isProperNoun
               && [.nnp, .nnps, .dt, .prpS, .cd].contains(tokens[$0 + 1].tag) }) {
            tokens[k].tag = .vbz
        }
        // "funding and training terrorists": a gerund coordinated with a gerund is one too.
        for k in tokens.indices.dropFirst(2) where tokens[k].tag == .nn && tokens[k - 2].tag == .vbg && tokens[k - 1].tag == .cc
            && tokens[k].key.hasSuffix("ing") {
            tokens[k].tag = .vbg
        }
    }

    /// One repair of a known weakness of the model: a lower-case word in "-ed" tagged as a
    /// singular noun ("one after another rebuffed by X") is a past participle.
    static func repaired(_ tag: PennTag, _ word: String) -> PennTag {
        if tag == .nn, word.hasSuffix("ed"), word.utf8.count > 4, let f = word.utf8.first, f >= 0x61, f <= 0x7A { return .vbn }
        return tag
    }

    /// The model's normal form of a word: "!HYPHEN", "!YEAR", "!DIGITS" or lower case.
    static func normalize(_ word: String) -> String {
        let u = word.utf8
        guard let first = u.first else { return word }
        if first != UInt8(ascii: "-"), u.contains(UInt8(ascii: "-")) { return "!HYPHEN" }
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        if u.count == 4, u.allSatisfy(isDigit) { return "!YEAR" }
        if isDigit(first) { return "!DIGITS" }
        return Token.key(word) == word ? word : word.lowercased()
    }

    /// The last three code points.
    static func suffix(_ s: String) -> String {
        if s.utf8.count <= 3, s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        return String(String.UnicodeScalarView(s.unicodeScalars.suffix(3)))
    }

    /// The first code point.
    static func prefix(_ s: String) -> String {
        s.unicodeScalars.first.map { String($0) } ?? ""
    }
}
