import Foundation

/// Finds an article's title, author and publication date from its layout: a headline first
/// line, a "By X" byline or a closing "X is a … at Y." biography line, and a dateline date.
public enum MetadataExtractor {
    static let name = #"((?:[A-Z][\p{L}'’.-]+)(?:\s+(?:[A-Z][\p{L}'’.-]+|de|van|von|al-[A-Z][\p{L}]+)){1,3})"#
    static let byline = try! NSRegularExpression(pattern: #"^(?:By|BY|Written by|Author:)\s+"# + name)
    static let bio = try! NSRegularExpression(pattern: "^" + name + #",?\s+(?:is|was|has been|serves as)\s+(?:a|an|the)\s"#)
    static let months = "January|February|March|April|May|June|July|August|September|October|November|December"
    static let dateMDY = try! NSRegularExpression(pattern: #"\b("# + months + #")\s+(\d{1,2}),\s+(\d{4})\b"#)
    static let dateDMY = try! NSRegularExpression(pattern: #"\b(\d{1,2})\s+("# + months + #")\s+(\d{4})\b"#)
    static let dateISO = try! NSRegularExpression(pattern: #"\b(\d{4})-(\d{2})-(\d{2})\b"#)

    /// Fills `title`, `author` and `published`; returns whether the first paragraph is a headline.
    @discardableResult
    public static func run(_ doc: inout AnalyzedDocument) -> Bool {
        let (paragraphs, last) = outerParagraphs(doc.text)
        var headline = false
        // A byline is short and unpunctuated too, but it names the author, not the article.
        if let last, let first = paragraphs.first, isHeadline(first), byline(in: first) == nil {
            doc.title = first
            headline = true
        }
        for p in paragraphs {
            if let m = byline(in: p) { doc.author = m; break }
        }
        // The length first: the expression reads the whole paragraph (as UTF-16).
        if doc.author == nil, let last, last.count < 400, let m = first(bio, in: last) {
            doc.author = m
        }
        for p in paragraphs {
            if let d = date(in: p) { doc.published = d; break }
        }
        return headline
    }

    /// The first four paragraphs (split at blank lines) and the last one, nil when there is only
    /// one: all the layout that metadata is read from. Found on the bytes, without splitting the
    /// whole text into paragraphs (a tenth of the extraction time went there).
    static func outerParagraphs(_ text: String) -> (first: [String], last: String?) {
        var text = text
        return text.withUTF8 { b in
            func string(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
            var first: [String] = []
            var start = 0
            var i = 0
            var count = 1
            // Left to right, as `split(separator: "\n\n")` pairs the newlines of a longer run.
            while i + 1 < b.count {
                if b[i] == 0x0A && b[i + 1] == 0x0A {
                    if first.count < 4 { first.append(string(start..<i)) }
                    count += 1
                    start = i + 2
                    i += 2
                } else {
                    i += 1
                }
            }
            if first.count < 4 { first.append(string(start..<b.count)) }
            return (first, count > 1 ? string(start..<b.count) : nil)
        }
    }

    /// Whether four ASCII digits stand in a row somewhere in `s`.
    static func hasFourDigits(_ s: String) -> Bool {
        var run = 0
        for b in s.utf8 {
            run = b >= 0x30 && b <= 0x39 ? run + 1 : 0
            if run == 4 { return true }
        }
        return false
    }

    /// A short line that does not end like a sentence.
    static func isHeadline(_ p: String) -> Bool {
        let words = p.split(separator: " ")
        guard words.count <= 20, let last = p.unicodeScalars.last else { return false }
        return !".!?\u{201D}\"".unicodeScalars.contains(last)
    }

    /// The author a byline names. The expression is anchored at one of four openings: a paragraph
    /// that starts with none of them is not handed to it (converting it to UTF-16 cost more than
    /// the rest of the metadata).
    static func byline(in p: String) -> String? {
        let u = p.utf8
        guard u.starts(with: "By".utf8) || u.starts(with: "BY".utf8) || u.starts(with: "Written by".utf8)
                || u.starts(with: "Author:".utf8) else { return nil }
        return first(byline, in: p)
    }

    /// Whether a month's name, as the date expressions spell it, stands in `s`.
    static func hasMonthName(_ s: String) -> Bool {
        let u = Array(s.utf8)
        return monthNames.contains { name in
            let n = Array(name.utf8)
            guard u.count >= n.count else { return false }
            return (0...(u.count - n.count)).contains { i in u[i] == n[0] && u[i..<(i + n.count)].elementsEqual(n) }
        }
    }

    static let monthNames = months.split(separator: "|").map(String.init)

    /// Whether a hyphen follows a digit somewhere in `s`, as in every ISO date (a hyphen after
    /// any non-ASCII character counts too: the expression's digits are Unicode's).
    static func hasHyphenAfterDigit(_ s: String) -> Bool {
        var prev: UInt8 = 0
        for b in s.utf8 {
            if b == UInt8(ascii: "-"), (prev >= 0x30 && prev <= 0x39) || prev >= 0x80 { return true }
            prev = b
        }
        return false
    }

    static func first(_ re: NSRegularExpression, in s: String) -> String? {
        let r = NSRange(s.startIndex..., in: s)
        guard let m = re.firstMatch(in: s, range: r), let g = Range(m.range(at: 1), in: s) else { return nil }
        return String(s[g])
    }

    /// Dates the sentences give in full. Only sentences with a year-like number are read, so
    /// the regular expressions run on few of them.
    public static func dateSentences(_ doc: inout AnalyzedDocument) {
        for i in doc.sentences.indices where !doc.sentences[i].isHeadline {
            let hasYear = doc.sentences[i].tokens.contains { t in
                t.kind == .number && t.text.utf8.count == 4 && (t.text.hasPrefix("19") || t.text.hasPrefix("20"))
            }
            if hasYear { doc.sentences[i].date = date(in: doc.sentences[i].text) }
        }
    }

    /// The first date in the paragraph as yyyy-mm-dd.
    static func date(in s: String) -> String? {
        // Every form has a four-digit year: most paragraphs have none, and the expressions cost.
        guard hasFourDigits(s) else { return nil }
        let r = NSRange(s.startIndex..., in: s)
        func group(_ m: NSTextCheckingResult, _ i: Int) -> String { Range(m.range(at: i), in: s).map { String(s[$0]) } ?? "" }
        // Each expression only where what it spells literally stands: a hyphen, a month's name.
        if hasHyphenAfterDigit(s), let m = dateISO.firstMatch(in: s, range: r) {
            return "\(group(m, 1))-\(group(m, 2))-\(group(m, 3))"
        }
        guard hasMonthName(s) else { return nil }
        if let m = dateMDY.firstMatch(in: s, range: r), let mi = monthNames.firstIndex(of: group(m, 1)), let d = Int(group(m, 2)) {
            return String(format: "%@-%02d-%02d", group(m, 3), mi + 1, d)
        }
        if let m = dateDMY.firstMatch(in: s, range: r), let mi = monthNames.firstIndex(of: group(m, 2)), let d = Int(group(m, 1)) {
            return String(format: "%@-%02d-%02d", group(m, 3), mi + 1, d)
        }
        return nil
    }
}
