/// Markdown to plain text: heading marks, block quotes, list bullets, code fences and rules are
/// dropped from the start of a line; images, link targets, strong and emphasis marks and code
/// backticks from inside it.
///
/// A scanner, linear in the length of each line. It replaced regular expressions that restarted
/// at every `[`, `_` or `*` and scanned to the end of the line for a closer: 50 KB of `[` took
/// 16.7 s, a 16 MB file days. Here the closer of each construct is looked up in a table of "the
/// next position of …" built once per line from its end, so each position costs a bounded amount
/// of work, whatever the line holds. The rules are those the expressions had, so output is unchanged.
public enum MarkdownStripper {
    /// The text of a Markdown document, line for line (fence lines removed).
    public static func strip(_ text: String) -> String {
        let all = [Unicode.Scalar](scalarsOf: text)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(all.count)
        var start = 0
        var first = true
        while start <= all.count {
            var end = start
            while end < all.count, all[end] != "\n" { end += 1 }
            let raw = all[start..<end]
            start = end + 1
            if raw.starts(with: "```".unicodeScalars) || raw.starts(with: "~~~".unicodeScalars) { continue }
            if !first { out.append("\n") }
            first = false
            out.append(contentsOf: line(Array(raw)))
        }
        return String(out)
    }

    /// One line without its Markdown.
    static func line(_ raw: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var s = raw
        s = dropHeadingMark(s)
        s = dropQuoteMark(s)
        s = dropListMark(s)
        s = links(s, images: true)
        s = links(s, images: false)
        s = strong(s)
        s = emphasis(s)
        s.removeAll { $0 == "`" }
        return isRule(s) ? [] : s
    }

    // MARK: - Marks at the start of a line

    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c.properties.isWhitespace }

    /// `^\s{0,3}#{1,6}\s+`
    static func dropHeadingMark(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var i = 0
        while i < s.count, i < 3, isSpace(s[i]) { i += 1 }
        var hashes = 0
        while i < s.count, s[i] == "#", hashes < 7 { i += 1; hashes += 1 }
        guard (1...6).contains(hashes), i < s.count, isSpace(s[i]) else { return s }
        while i < s.count, isSpace(s[i]) { i += 1 }
        return Array(s[i...])
    }

    /// `^\s{0,3}>\s?`
    static func dropQuoteMark(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var i = 0
        while i < s.count, i < 3, isSpace(s[i]) { i += 1 }
        guard i < s.count, s[i] == ">" else { return s }
        i += 1
        if i < s.count, isSpace(s[i]) { i += 1 }
        return Array(s[i...])
    }

    /// `^\s*([-*+]|\d+[.)])\s+`
    static func dropListMark(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var i = 0
        while i < s.count, isSpace(s[i]) { i += 1 }
        guard i < s.count else { return s }
        if s[i] == "-" || s[i] == "*" || s[i] == "+" {
            i += 1
        } else {
            let digits = i
            while i < s.count, ("0"..."9").contains(s[i]) { i += 1 }
            guard i > digits, i < s.count, s[i] == "." || s[i] == ")" else { return s }
            i += 1
        }
        guard i < s.count, isSpace(s[i]) else { return s }
        while i < s.count, isSpace(s[i]) { i += 1 }
        return Array(s[i...])
    }

    /// `^\s*([-*_]\s*){3,}$`: a thematic break.
    static func isRule(_ s: [Unicode.Scalar]) -> Bool {
        var marks = 0
        for c in s {
            if c == "-" || c == "*" || c == "_" { marks += 1 } else if !isSpace(c) { return false }
        }
        return marks >= 3
    }

    // MARK: - Inline marks

    /// For each position, the first position at or after it where `test` holds (`s.count` if none).
    static func nextIndex(_ s: [Unicode.Scalar], where test: (Int) -> Bool) -> [Int] {
        var next = Array(repeating: s.count, count: s.count + 2)
        var i = s.count - 1
        while i >= 0 {
            next[i] = test(i) ? i : next[i + 1]
            i -= 1
        }
        return next
    }

    /// Images `![alt](url)` dropped, or links `[text](url)` kept as their text.
    static func links(_ s: [Unicode.Scalar], images: Bool) -> [Unicode.Scalar] {
        guard s.contains("[") else { return s }
        let close = nextIndex(s) { s[$0] == "]" }, paren = nextIndex(s) { s[$0] == ")" }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let open = images ? i + 1 : i
            if open < s.count, s[open] == "[", !images || s[i] == "!" {
                let j = close[open + 1]
                if j + 1 < s.count, s[j + 1] == "(" {
                    let k = paren[j + 2]
                    if k < s.count {
                        if !images { out.append(contentsOf: s[(open + 1)..<j]) }
                        i = k + 1
                        continue
                    }
                }
            }
            out.append(s[i])
            i += 1
        }
        return out
    }

    /// `(\*\*|__)(.+?)\1` → the text between the marks.
    static func strong(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard s.contains("*") || s.contains("_") else { return s }
        func pair(_ c: Unicode.Scalar) -> (Int) -> Bool { { i in i + 1 < s.count && s[i] == c && s[i + 1] == c } }
        let stars = nextIndex(s, where: pair("*")), unders = nextIndex(s, where: pair("_"))
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if i + 1 < s.count, s[i] == s[i + 1], s[i] == "*" || s[i] == "_", i + 3 <= s.count {
                let k = (s[i] == "*" ? stars : unders)[i + 3]
                if k < s.count {
                    out.append(contentsOf: s[(i + 2)..<k])
                    i = k + 2
                    continue
                }
            }
            out.append(s[i])
            i += 1
        }
        return out
    }

    /// `\w` of ICU: letters, marks, digits and connector punctuation (the underscore).
    static func isWord(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "_" }
        let p = c.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .connectorPunctuation
            || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark || p.generalCategory == .enclosingMark
    }

    /// `(?<![\w*])[*_](\S.*?)[*_](?![\w*])` → the text between the marks.
    static func emphasis(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard s.contains("*") || s.contains("_") else { return s }
        func wordOrStar(_ i: Int) -> Bool { i >= 0 && i < s.count && (s[i] == "*" || isWord(s[i])) }
        let closer = nextIndex(s) { i in (s[i] == "*" || s[i] == "_") && !wordOrStar(i + 1) }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            if s[i] == "*" || s[i] == "_", !wordOrStar(i - 1), i + 2 < s.count, !isSpace(s[i + 1]) {
                let k = closer[i + 2]
                if k < s.count {
                    out.append(contentsOf: s[(i + 1)..<k])
                    i = k + 1
                    continue
                }
            }
            out.append(s[i])
            i += 1
        }
        return out
    }
}
