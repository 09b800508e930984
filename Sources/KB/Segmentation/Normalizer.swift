import Foundation

/// Normalises raw article text into the form kbctl stores: NFC, one kind of space, "\n" line
/// ends, paragraphs separated by one blank line. Quotes, apostrophes and dashes are kept as written.
public enum Normalizer {
    /// The normalised text of `raw`, read as `format`.
    public static func normalize(_ raw: String, format: SourceFormat) -> String {
        var text = raw
        switch format {
        case .html: text = HTMLStripper.strip(text)
        case .markdown: text = stripMarkdown(text)
        case .text: break
        }
        text = text.precomposedStringWithCanonicalMapping
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var lastWasSpace = true
        func endLine() {
            while current.last == " " { current.removeLast() }
            lines.append(String(current))
            current = String.UnicodeScalarView()
            lastWasSpace = true
        }
        var previousCR = false
        for c in text.unicodeScalars {
            if c == "\r" { endLine(); previousCR = true; continue }
            if c == "\n" { if !previousCR { endLine() }; previousCR = false; continue }
            previousCR = false
            if c == "\u{2028}" || c == "\u{2029}" || c == "\u{0C}" { endLine(); continue }
            if c == "\u{200B}" || c == "\u{FEFF}" || c == "\u{00AD}" || c == "\u{200C}" || c == "\u{200D}" { continue }
            let isSpace = c == "\t" || c.properties.generalCategory == .spaceSeparator
            if isSpace {
                if !lastWasSpace { current.append(" ") }
                lastWasSpace = true
            } else if c.properties.generalCategory == .control {
                continue
            } else {
                current.append(c)
                lastWasSpace = false
            }
        }
        endLine()
        // Paragraphs: blank-line separated blocks whose lines are joined (hard-wrapped text),
        // or, in a file with no blank line at all, one paragraph per line.
        let hasBlank = lines.contains { $0.isEmpty } && lines.filter({ !$0.isEmpty }).count > 1
        var paragraphs: [String] = []
        if hasBlank {
            var block: [String] = []
            for line in lines {
                if line.isEmpty {
                    if !block.isEmpty { paragraphs.append(block.joined(separator: " ")); block = [] }
                } else {
                    block.append(line)
                }
            }
            if !block.isEmpty { paragraphs.append(block.joined(separator: " ")) }
        } else {
            paragraphs = lines.filter { !$0.isEmpty }
        }
        return paragraphs.joined(separator: "\n\n")
    }

    /// Markdown to plain text: heading marks, emphasis, links and images, list bullets, code fences.
    static func stripMarkdown(_ text: String) -> String {
        var out: [String] = []
        for rawLine in text.components(separatedBy: "\n") {
            var line = rawLine
            if line.hasPrefix("```") || line.hasPrefix("~~~") { continue }
            line = line.replacingOccurrences(of: #"^\s{0,3}#{1,6}\s+"#, with: "", options: .regularExpression)
            line = line.replacingOccurrences(of: #"^\s{0,3}>\s?"#, with: "", options: .regularExpression)
            line = line.replacingOccurrences(of: #"^\s*([-*+]|\d+[.)])\s+"#, with: "", options: .regularExpression)
            line = line.replacingOccurrences(of: #"!\[[^\]]*\]\([^)]*\)"#, with: "", options: .regularExpression)
            line = line.replacingOccurrences(of: #"\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
            line = line.replacingOccurrences(of: #"(\*\*|__)(.+?)\1"#, with: "$2", options: .regularExpression)
            line = line.replacingOccurrences(of: #"(?<![\w*])[*_](\S.*?)[*_](?![\w*])"#, with: "$1", options: .regularExpression)
            line = line.replacingOccurrences(of: "`", with: "")
            if line.range(of: #"^\s*([-*_]\s*){3,}$"#, options: .regularExpression) != nil { line = "" }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }
}
