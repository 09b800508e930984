/// Turns HTML into plain text: drops tags, scripts, styles and comments, decodes entities, and
/// makes block elements paragraph breaks. Works in one pass; never builds a DOM, so deeply
/// nested or broken markup costs no more than flat markup.
public enum HTMLStripper {
    static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "article",
        "section", "blockquote", "header", "footer", "aside", "main", "figure", "figcaption", "pre", "hr", "title", "dd", "dt",
    ]
    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}", "lsquo": "\u{2018}",
        "rdquo": "\u{201D}", "ldquo": "\u{201C}", "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}",
        "eacute": "é", "egrave": "è", "aacute": "á", "oacute": "ó", "iacute": "í", "uacute": "ú", "ntilde": "ñ",
        "ouml": "ö", "uuml": "ü", "auml": "ä", "ccedil": "ç", "laquo": "«", "raquo": "»", "middot": "·", "copy": "©",
    ]

    /// The text of an HTML document, with paragraph breaks as blank lines.
    public static func strip(_ html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func lowerWord(at j: Int) -> (String, Int) {
            var k = j
            var w = ""
            while k < s.count, s[k].properties.isAlphabetic || ("0"..."9").contains(s[k]) {
                w.unicodeScalars.append(s[k]); k += 1
            }
            return (w.lowercased(), k)
        }
        func skipPast(_ needle: String, from j: Int) -> Int {
            let n = Array(needle.unicodeScalars)
            var k = j
            while k + n.count <= s.count {
                var hit = true
                for (m, c) in n.enumerated() where s[k + m].properties.lowercaseMapping != String(c) { hit = false; break }
                if hit { return k + n.count }
                k += 1
            }
            return s.count
        }
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if i + 3 < s.count, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                    i = skipPast("-->", from: i + 4); continue
                }
                let closing = i + 1 < s.count && s[i + 1] == "/"
                let (name, after) = lowerWord(at: i + (closing ? 2 : 1))
                var end = after
                while end < s.count, s[end] != ">" { end += 1 }
                i = min(end + 1, s.count)
                if !closing, name == "script" || name == "style" || name == "noscript" {
                    i = skipPast("</\(name)", from: i)
                    while i < s.count, s[i] != ">" { i += 1 }
                    i = min(i + 1, s.count)
                    continue
                }
                if blockTags.contains(name) { out.append(contentsOf: "\n\n".unicodeScalars) } else if !name.isEmpty { out.append(" ") }
                continue
            }
            if c == "&" {
                var k = i + 1
                var name = ""
                while k < s.count, k - i < 12, s[k] != ";", !s[k].properties.isWhitespace { name.unicodeScalars.append(s[k]); k += 1 }
                if k < s.count, s[k] == ";" {
                    if name.hasPrefix("#") {
                        let num = name.dropFirst()
                        let value = num.hasPrefix("x") || num.hasPrefix("X") ? UInt32(num.dropFirst(), radix: 16) : UInt32(num)
                        if let v = value, let u = Unicode.Scalar(v) { out.append(u); i = k + 1; continue }
                    } else if let r = entities[name.lowercased()] {
                        out.append(contentsOf: r.unicodeScalars); i = k + 1; continue
                    }
                }
            }
            out.append(c.properties.isWhitespace && c != "\n" ? " " : c)
            i += 1
        }
        return String(out)
    }
}
