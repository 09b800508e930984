import Foundation

/// The parts of an HTML page the stripper reads besides its text: tags with their attributes, the
/// named character references, and the title and meta tags that open the article.
extension HTMLStripper {
    /// One tag: `<name attr="value" …>`, `</name>` or `<name … />`.
    struct Tag {
        var name: String
        var closing = false
        var selfClosing = false
        var attributes: [String: String] = [:]
        /// The index after the tag's `>`.
        var end: Int

        /// The tag at `s[i]` (which is `<`), or nil when the `<` is text ("3 < 4"). Comments,
        /// doctypes and processing instructions are tags without a name. A quoted attribute value
        /// may hold `>` ("a > b"): the tag ends at the first `>` outside quotes.
        static func read(_ s: [Unicode.Scalar], at i: Int) -> Tag? {
            guard i + 1 < s.count else { return nil }
            let next = s[i + 1]
            if next == "!" || next == "?" {
                if i + 3 < s.count, s[i + 2] == "-", s[i + 3] == "-" { return Tag(name: "", end: pastComment(s, from: i + 4)) }
                var k = i + 2
                while k < s.count, s[k] != ">" { k += 1 }
                return Tag(name: "", end: min(k + 1, s.count))
            }
            let closing = next == "/"
            var k = i + (closing ? 2 : 1)
            guard k < s.count, s[k].properties.isAlphabetic else { return nil }
            var name = ""
            while k < s.count, s[k].properties.isAlphabetic || ("0"..."9").contains(s[k]) || s[k] == "-" { name.unicodeScalars.append(s[k]); k += 1 }
            var tag = Tag(name: name.lowercased(), closing: closing, end: s.count)
            while k < s.count {
                let c = s[k]
                if c == ">" { tag.end = k + 1; tag.selfClosing = k > i && s[k - 1] == "/"; return tag }
                if c.properties.isWhitespace || c == "/" { k += 1; continue }
                var attr = ""
                while k < s.count, !s[k].properties.isWhitespace, s[k] != "=", s[k] != ">", s[k] != "/" { attr.unicodeScalars.append(s[k]); k += 1 }
                while k < s.count, s[k].properties.isWhitespace { k += 1 }
                var value = ""
                if k < s.count, s[k] == "=" {
                    k += 1
                    while k < s.count, s[k].properties.isWhitespace { k += 1 }
                    if k < s.count, s[k] == "\"" || s[k] == "'" {
                        let q = s[k]; k += 1
                        while k < s.count, s[k] != q { value.unicodeScalars.append(s[k]); k += 1 }
                        k += 1
                    } else {
                        while k < s.count, !s[k].properties.isWhitespace, s[k] != ">" { value.unicodeScalars.append(s[k]); k += 1 }
                    }
                }
                if !attr.isEmpty { tag.attributes[attr.lowercased()] = HTMLStripper.decode(value) }
                if attr.isEmpty, k < s.count, s[k] != ">" { k += 1 }  // a stray character: step over it
            }
            return tag
        }

        static func pastComment(_ s: [Unicode.Scalar], from i: Int) -> Int {
            var k = i
            while k + 2 < s.count { if s[k] == "-", s[k + 1] == "-", s[k + 2] == ">" { return k + 3 }; k += 1 }
            return s.count
        }
    }

    /// What the page's head says about the article.
    struct Head {
        var title = ""
        var metaTitle: String?
        var author: String?
        var published: String?

        /// Meta names and properties for each field, first found wins.
        static let titleNames: Set<String> = ["og:title", "twitter:title", "dc.title"]
        static let authorNames: Set<String> = ["author", "article:author", "dc.creator", "byl", "sailthru.author", "parsely-author"]
        static let dateNames: Set<String> = [
            "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
            "og:published_time", "sailthru.date", "parsely-pub-date",
        ]

        mutating func read(meta attributes: [String: String]) {
            let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
            guard let content = attributes["content"]?.trimmingCharacters(in: .whitespacesAndNewlines), !content.isEmpty else { return }
            if Self.titleNames.contains(key), metaTitle == nil { metaTitle = content }
            // article:author is often a profile URL: only a name will do.
            if Self.authorNames.contains(key), author == nil, !content.contains("://") {
                author = content.hasPrefix("By ") || content.hasPrefix("by ") ? String(content.dropFirst(3)) : content
            }
            if Self.dateNames.contains(key), published == nil, let d = content.wholeMatch(of: /([0-9]{4}-[0-9]{2}-[0-9]{2})([T ].*)?/) {
                published = String(d.1)
            }
        }

        /// The page's text opened by its headline, byline and date, each only when the head gives it
        /// and the body does not already say it. When the body opens with the headline (an `<h1>`
        /// equal to the title), the byline and date follow that paragraph.
        func compose(_ body: String) -> String {
            var paragraphs = body.components(separatedBy: "\n\n")
            let first = paragraphs.firstIndex { !Self.collapsed($0).isEmpty }
            var lines: [String] = []
            if let author, !body.contains("By " + author), !body.contains("BY " + author.uppercased()) { lines.append("By " + Self.collapsed(author)) }
            if let published { lines.append("Published: " + published) }
            let headline = Self.collapsed(metaTitle ?? Self.withoutSiteName(Self.collapsed(title)))
            if let first, !headline.isEmpty, Self.collapsed(paragraphs[first]) == headline {
                paragraphs.insert(contentsOf: lines, at: first + 1)
                return paragraphs.joined(separator: "\n\n")
            }
            if !headline.isEmpty { lines.insert(headline, at: 0) }
            return lines.isEmpty ? body : lines.joined(separator: "\n\n") + "\n\n" + body
        }

        /// The separators between a headline and the site's name in a `<title>`.
        static let siteSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • "]

        /// A `<title>` without the site's name after it ("Talks fail | The Daily Ledger"): the last
        /// part after a separator, when it is short (five words at most) and shorter than the rest.
        static func withoutSiteName(_ title: String) -> String {
            var t = title
            for _ in 0..<2 {
                // The last separator of any kind.
                guard let range = siteSeparators.compactMap({ t.range(of: $0, options: .backwards) })
                    .max(by: { $0.lowerBound < $1.lowerBound }) else { break }
                let rest = t[..<range.lowerBound], site = t[range.upperBound...]
                guard site.split(separator: " ").count <= 5, site.count < rest.count else { break }
                t = String(rest)
            }
            return t
        }

        static func collapsed(_ s: String) -> String {
            s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
    }
}

/// The HTML standard's named character references, from `html-entities.tsv` (generated by
/// `scripts/gen-html-entities.py`), read on first use.
enum HTMLEntities {
    static let table: [String: String] = {
        guard let text = Embedded.lexicons.first(where: { $0.name == "html-entities.tsv" })?.text,
              let file = try? LexiconFile(name: "html-entities.tsv", text: text) else { return ["amp": "&", "lt": "<", "gt": ">", "quot": "\""] }
        var table: [String: String] = [:]
        for r in file.records() {
            var value = String.UnicodeScalarView()
            for hex in r["codepoints"].split(separator: " ") { if let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) { value.append(u) } }
            table[r["name"]] = String(value)
        }
        return table
    }()
}
