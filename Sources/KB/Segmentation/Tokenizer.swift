import Foundation

/// Splits a span of text into word, number and punctuation tokens with code-point offsets.
///
/// Words keep inner apostrophes ("won't") but give up a possessive "'s" as its own token, so
/// "Russia's" matches the lexicon entry "Russia". Hyphens are tokens of their own ("Putin", "-",
/// "Medvedev") with `joined` set, so names can be rejoined and compounds taken apart.
/// Dotted initialisms ("U.S.", "a.m.") and listed abbreviations ("Gen.") keep their full stop.
public struct Tokenizer: Sendable {
    /// Lower-case abbreviations that keep their full stop ("gen.", "mr.").
    public var abbreviations: Set<String>

    public init(abbreviations: Set<String> = []) {
        self.abbreviations = abbreviations
    }

    /// Tokens of `scalars[start..<end]`, offsets relative to the whole array.
    public func tokenize(_ scalars: [Unicode.Scalar], from start: Int = 0, to end: Int? = nil) -> [Token] {
        let end = end ?? scalars.count
        var tokens: [Token] = []
        tokens.reserveCapacity((end - start) / 5 + 4)
        var i = start
        var lastEnd = -1
        while i < end {
            let c = scalars[i]
            if c == " " || c == "\n" || (c.value >= 0x80 || c == "\t" || c == "\r") && c.properties.isWhitespace { i += 1; continue }
            let tokenStart = i
            var kind: Token.Kind = .punct
            if isWordChar(c) {
                kind = isDigit(c) ? .number : .word
                i += 1
                while i < end {
                    let d = scalars[i]
                    if isWordChar(d) {
                        if kind == .number && !isDigit(d) { kind = .word }
                        i += 1
                    } else if isApostrophe(d), i + 1 < end, scalars[i + 1].isLetter {
                        // "'s" + non-letter is a possessive: stop here and let it be its own token.
                        if (scalars[i + 1] == "s" || scalars[i + 1] == "S"), i + 2 >= end || !scalars[i + 2].isLetter {
                            break
                        }
                        i += 1
                    } else if (d == "." || d == ",") && kind == .number && i + 1 < end && isDigit(scalars[i + 1]) {
                        i += 1  // 3.5, 1,000
                    } else if d == ".", isInitialism(scalars, tokenStart, i, end) {
                        i += 1  // U.S. / a.m.: take the dot and the next letter
                    } else {
                        break
                    }
                }
                // A final dot of an initialism ("U.S.") or a listed abbreviation ("Gen.").
                if i < end, scalars[i] == "." {
                    let word = String(scalars: scalars[tokenStart..<i]).lowercased()
                    if word.utf8.contains(0x2E) || abbreviations.contains(word + ".") { i += 1 }  // bytes: `contains(".")` was Foundation's search
                }
            } else if isApostrophe(c), i + 1 < end, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                      i + 2 >= end || !scalars[i + 2].isLetter, !tokens.isEmpty, lastEnd == i {
                i += 2  // possessive 's
                kind = .word
            } else {
                i += 1
            }
            let text = String(scalars: scalars[tokenStart..<i])
            tokens.append(Token(text: text, key: Token.key(text), start: tokenStart, end: i, kind: kind, joined: lastEnd == tokenStart))
            lastEnd = i
        }
        return tokens
    }

    @inline(__always) private func isWordChar(_ c: Unicode.Scalar) -> Bool {
        // ASCII first: Unicode property look-ups dominate tokenising otherwise.
        if c.value < 0x80 {
            let v = c.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
    }

    @inline(__always) private func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.isNumber
    }

    @inline(__always) private func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}"
    }

    /// "U.S", "a.m": single letters separated by dots.
    private func isInitialism(_ s: [Unicode.Scalar], _ start: Int, _ dot: Int, _ end: Int) -> Bool {
        guard dot + 1 < end, s[dot + 1].isLetter else { return false }
        // the segment before the dot is one letter, and so is the one after
        let segStart = (start..<dot).last(where: { s[$0] == "." }).map { $0 + 1 } ?? start
        let afterEnd = dot + 2 >= end || !s[dot + 2].isLetter
        return dot - segStart == 1 && afterEnd
    }
}

extension Token {
    /// The look-up key of a surface form: lower case, curly apostrophes folded.
    public static func key(_ text: String) -> String {
        // ASCII without capitals is its own key: most tokens, and no allocation. ASCII with
        // capitals: fold the bytes (String.lowercased() is several times slower, and the 40,000
        // generated lexicon names are keyed at every start-up). One pass over the bytes decides.
        var text = text
        let ascii: String?? = text.withUTF8 { bytes in
            var capitals = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if b >= 0x41 && b <= 0x5A { capitals = true }
            }
            guard capitals else { return .some(nil) }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for i in 0..<bytes.count { out[i] = bytes[i] >= 0x41 && bytes[i] <= 0x5A ? bytes[i] | 0x20 : bytes[i] }
                return bytes.count
            }
        }
        if let ascii { return ascii ?? text }
        var out = text.lowercased()
        if out.unicodeScalars.contains("\u{2019}") {
            out = String(String.UnicodeScalarView(out.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
        }
        return out
    }
}
