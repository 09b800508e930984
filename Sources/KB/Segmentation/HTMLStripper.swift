/// Turns HTML into plain text: drops tags, comments, scripts and styles and the page's chrome
/// around the article (navigation, footers, asides, forms), decodes character references, and makes
/// block elements paragraph breaks. The page's title (without the site's name), author and
/// publication date from its `<title>` and `<meta>` tags open the text as a headline, a "By" line
/// and a "Published:" line, where `MetadataExtractor` reads them as it does in any article; kept in
/// the stored text, they survive `kbctl reextract`.
///
/// Works in one pass and never builds a DOM, so deeply nested or broken markup costs no more than
/// flat markup.
public enum HTMLStripper {
    static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "article",
        "section", "blockquote", "header", "main", "figure", "figcaption", "pre", "hr", "dd", "dt",
    ]
    /// Elements whose content is code, not text: read as raw text up to their closing tag.
    static let rawTextTags: Set<String> = ["script", "style", "noscript", "template", "textarea"]
    /// Elements dropped with everything inside them: the page's chrome, not the article.
    /// (Not `form`: ASP.NET pages wrap the whole body in one.)
    static let boilerplateTags: Set<String> = ["nav", "footer", "aside", "button", "select", "svg", "iframe", "menu"]
    /// ARIA roles of the same chrome on any element (`<div role="navigation">`).
    static let boilerplateRoles: Set<String> = ["navigation", "contentinfo", "complementary", "banner", "search", "menu", "menubar"]

    /// The text of an HTML document, with paragraph breaks as blank lines.
    public static func strip(_ html: String) -> String {
        let scalars = [Unicode.Scalar](scalarsOf: html)
        var scan = Scan(scalars, dropsChrome: true)
        scan.run()
        if scan.dropping != nil {
            // Chrome that never closes (broken markup) would take the rest of the page with it:
            // read the page again keeping everything.
            scan = Scan(scalars, dropsChrome: false)
            scan.run()
        }
        return scan.head.compose(String(scan.out))
    }

    /// One pass over the page: the body's text in `out`, the title and meta tags in `head`.
    struct Scan {
        let s: [Unicode.Scalar]
        var i = 0
        var out = String.UnicodeScalarView()
        var head = Head()
        /// The boilerplate element being dropped and how deep inside it the scan is.
        var dropping: (name: String, depth: Int)?
        /// The `<title>` being read.
        var inTitle = false
        /// Whether navigation, footers and asides are dropped.
        let dropsChrome: Bool

        init(_ s: [Unicode.Scalar], dropsChrome: Bool) { self.s = s; self.dropsChrome = dropsChrome }

        mutating func run() {
            while i < s.count {
                let c = s[i]
                if c == "<", let tag = Tag.read(s, at: i) {
                    i = tag.end
                    handle(tag)
                } else if c == "&", let (text, end) = HTMLStripper.reference(s, at: i) {
                    for u in text.unicodeScalars { emit(u) }
                    i = end
                } else {
                    emit(c.properties.isWhitespace && c != "\n" ? " " : c)
                    i += 1
                }
            }
        }

        mutating func emit(_ c: Unicode.Scalar) {
            if dropping != nil { return }
            if inTitle { head.title.unicodeScalars.append(c) } else { out.append(c) }
        }

        mutating func handle(_ tag: Tag) {
            if var d = dropping {
                // Inside dropped chrome: only count its own kind of element, to find where it ends.
                if tag.name == d.name, !tag.selfClosing { d.depth += tag.closing ? -1 : 1 }
                dropping = d.depth > 0 ? d : nil
                return
            }
            if tag.closing {
                if tag.name == "title" { inTitle = false }
                if blockTags.contains(tag.name) { out.append(contentsOf: "\n\n".unicodeScalars) } else if !tag.name.isEmpty { out.append(" ") }
                return
            }
            if rawTextTags.contains(tag.name) {
                i = skipRawText(tag.name)
                return
            }
            let role = tag.attributes["role"]?.lowercased() ?? ""
            if dropsChrome, !tag.selfClosing, boilerplateTags.contains(tag.name) || boilerplateRoles.contains(role) {
                dropping = (tag.name, 1)
                return
            }
            switch tag.name {
            case "title": inTitle = true
            case "meta": head.read(meta: tag.attributes)
            default: break
            }
            if blockTags.contains(tag.name) { out.append(contentsOf: "\n\n".unicodeScalars) } else if !tag.name.isEmpty { out.append(" ") }
        }

        /// The index after `</name…>`: a script's `<` and `&` are code, not markup.
        func skipRawText(_ name: String) -> Int {
            let needle = Array(("</" + name).unicodeScalars)
            var k = i
            while k + needle.count <= s.count {
                var hit = true
                for (m, c) in needle.enumerated() where s[k + m].properties.lowercaseMapping != String(c) { hit = false; break }
                if hit {
                    var e = k + needle.count
                    while e < s.count, s[e] != ">" { e += 1 }
                    return min(e + 1, s.count)
                }
                k += 1
            }
            return s.count
        }
    }

    /// The character reference at `s[i]` (`&amp;`, `&Eacute;`, `&#8217;`, `&#x2019;`) and the index
    /// after it, or nil when it is none (a bare `&` is text).
    static func reference(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        var k = i + 1
        var name = ""
        // The longest name in the table is 31 characters ("CounterClockwiseContourIntegral").
        while k < s.count, k - i <= 32, s[k] != ";", s[k] != "&", !s[k].properties.isWhitespace {
            name.unicodeScalars.append(s[k]); k += 1
        }
        guard k < s.count, s[k] == ";", !name.isEmpty else { return nil }
        if name.hasPrefix("#") {
            let num = name.dropFirst()
            let value = num.hasPrefix("x") || num.hasPrefix("X") ? UInt32(num.dropFirst(), radix: 16) : UInt32(num)
            guard let v = value, let u = Unicode.Scalar(v) else { return nil }
            return (String(Character(u)), k + 1)
        }
        return HTMLEntities.table[name].map { ($0, k + 1) }
    }

    /// `text` with its character references decoded (for attribute values and the title).
    static func decode(_ text: String) -> String {
        let s = [Unicode.Scalar](scalarsOf: text)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let (t, end) = reference(s, at: i) { out.append(contentsOf: t.unicodeScalars); i = end } else { out.append(s[i]); i += 1 }
        }
        return String(out)
    }
}
