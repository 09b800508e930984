import Foundation

/// Normalises raw article text into the form kbctl stores: NFC, one kind of space, "\n" line
/// ends, paragraphs separated by one blank line. Quotes, apostrophes and dashes are kept as written.
public enum Normalizer {
    /// The normalised text of `raw`, read as `format`.
    public static func normalize(_ raw: String, format: SourceFormat) -> String {
        var text = raw
        switch format {
        case .html: text = HTMLStripper.strip(text)
        case .markdown: text = MarkdownStripper.strip(text)
        case .text: break
        }
        if needsComposition(text) { text = text.precomposedStringWithCanonicalMapping }
        var lines: [String] = []
        // A line's scalars gather in one reused array and are encoded once at its end: appending
        // to a `String.UnicodeScalarView` scalar by scalar cost a twentieth of an ingest.
        var current: [Unicode.Scalar] = []
        var lastWasSpace = true
        func endLine() {
            while current.last == " " { current.removeLast() }
            lines.append(String(scalars: current[...]))
            current.removeAll(keepingCapacity: true)
            lastWasSpace = true
        }
        var previousCR = false
        for c in text.unicodeScalars {
            // Printable ASCII other than the space, most of any text: kept as it is.
            if c.value > 0x20 && c.value < 0x7F {
                current.append(c)
                lastWasSpace = false
                previousCR = false
                continue
            }
            if c == "\r" { endLine(); previousCR = true; continue }
            if c == "\n" { if !previousCR { endLine() }; previousCR = false; continue }
            previousCR = false
            if c == "\u{2028}" || c == "\u{2029}" || c == "\u{0C}" { endLine(); continue }
            if c == "\u{200B}" || c == "\u{FEFF}" || c == "\u{00AD}" || c == "\u{200C}" || c == "\u{200D}" { continue }
            let ascii = c.value < 0x80
            let isSpace = c == " " || c == "\t" || (!ascii && c.properties.generalCategory == .spaceSeparator)
            if isSpace {
                if !lastWasSpace { current.append(" ") }
                lastWasSpace = true
            } else if ascii ? (c.value < 0x20 || c.value == 0x7F) : c.properties.generalCategory == .control {
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

    /// Whether NFC could change the text: combining marks, Hangul jamo or the few singletons that
    /// NFC replaces. Most articles have none, and composing costs more than all the rest.
    static func needsComposition(_ text: String) -> Bool {
        text.unicodeScalars.contains { c in
            let v = c.value
            guard v >= 0x300 else { return false }
            return (0x300...0x36F).contains(v) || (0x483...0x489).contains(v) || (0x591...0x5C7).contains(v)
                || (0x610...0x65F).contains(v) || (0x900...0xDFF).contains(v) || (0x1100...0x11FF).contains(v)
                || (0x1AB0...0x1AFF).contains(v) || (0x1DC0...0x1DFF).contains(v) || (0x20D0...0x20FF).contains(v)
                || v == 0x2126 || v == 0x212A || v == 0x212B || (0x3099...0x309A).contains(v) || (0xF900...0xFAFF).contains(v)
                || (0xFE20...0xFE2F).contains(v) || (0x2F800...0x2FA1F).contains(v) || c.properties.generalCategory == .nonspacingMark
        }
    }
}
