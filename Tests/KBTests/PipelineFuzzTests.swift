import Foundation
import GRDB
import Testing
@testable import KB

/// Thousands of generated hostile texts through the whole pipeline into one database: no crash,
/// no hang (the time limit), every offset inside its text, and a clean check at the end.
/// `KB_FUZZ_COUNT` runs more than the CI default.
@Suite struct PipelineFuzzTests {
    /// A small deterministic generator, so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces: [String] = [
        "said", "says", "told reporters", "according to", "warned", "threatens", "does not threaten", "may deploy",
        "President", "Mr.", "Gen.", "the Russian president", "he", "She", "they", "Russia", "NATO", "U.S.", "the Kremlin",
        "Iran's", "Moscow", "Washington", "Sergei", "Lavrov", "O'Brien", "Jean-Luc", "de la Cruz", "ČEZ", "Zürich",
        "“", "”", "\"", "'", "‘", "’", "«", "»", "(", ")", "[", "]", ",", ".", "...", "…", "?", "!", ";", ":", "—", "-",
        "\n", "\n\n", "\r\n", "\t", " ", "  ", "MODERATOR:", "Q:", "SENIOR OFFICIAL:", "<p>", "</p>", "<b>", "<script>x</script>",
        "&amp;", "&#x201C;", "# Heading", "* item", "By Ann Writer", "2024-03-01", "March 3, 2021", "e\u{301}", "🚀", "\u{200B}",
        "\u{202E}", "\u{FEFF}", "\u{0}", "\u{7}", "ﬁ", "İstanbul", "Ω", "北京", "موسكو", "Α", "threat", "threats", "missiles",
        // Markdown marks, alone and in the runs that were quadratic (issue 17).
        "[", "](", "![", "]", "**", "__", "_", "*", "`", "```", "~~~", "> ", "1. ", "- ", "---", " _a", "*a ", "[a](", "[a](b)",
        // Markup that strips to nothing, broken entities and comments.
        "<!--", "-->", "&#0;", "&#xD800;", "&#1114112;", "&bogus;", "<style>", "</style>", "<br>", "<", ">", "&",
        "\u{FFFD}", "\u{2028}", "\u{85}",
    ]

    /// `text` as bytes in an encoding a file may come in, and the text decoding must give back
    /// (nil when decoding may rightly refuse or alter it).
    static func encode(_ text: String, _ rng: inout SplitMix) -> (bytes: Data, expected: String?) {
        func wide(_ units: [UInt16], bigEndian: Bool) -> Data {
            Data(units.flatMap { bigEndian ? [UInt8($0 >> 8), UInt8($0 & 0xFF)] : [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        }
        switch Int.random(in: 0..<8, using: &rng) {
        case 0: return (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), nil)
        // UTF-16LE text that starts with U+0000 reads as UTF-32LE's mark: no real file does.
        case 1: return (Data([0xFF, 0xFE]) + wide(Array(text.utf16), bigEndian: false), text.hasPrefix("\u{0}") ? nil : text)
        case 2: return (Data([0xFE, 0xFF]) + wide(Array(text.utf16), bigEndian: true), text)
        case 3: return (Data([0x00, 0x00, 0xFE, 0xFF]) + Data(text.unicodeScalars.flatMap { withUnsafeBytes(of: $0.value.bigEndian, Array.init) }), text)
        case 4: return (wide(Array(text.utf16), bigEndian: false), nil)  // no mark: named or read as bytes
        case 5:
            var d = Data(text.utf8)
            if !d.isEmpty { d[Int.random(in: 0..<d.count, using: &rng)] = UInt8.random(in: 0x80...0xFF, using: &rng) }
            return (d, nil)  // invalid UTF-8
        default: return (Data(text.utf8), nil)
        }
    }

    static func text(_ rng: inout SplitMix) -> String {
        var out = ""
        let n = Int.random(in: 0...400, using: &rng)
        for _ in 0..<n {
            if Int.random(in: 0..<50, using: &rng) == 0 {
                out += String(repeating: pieces.randomElement(using: &rng)!, count: Int.random(in: 1...300, using: &rng))
            } else {
                out += pieces.randomElement(using: &rng)!
                if Bool.random(using: &rng) { out += " " }
            }
        }
        return out
    }

    /// Each text goes through decoding (in one of several encodings), the pipeline and storage; every
    /// 25th is stored twice, the second time replacing the first. The time limit only guards hangs:
    /// the default 2,000 texts take well under it, `KB_FUZZ_COUNT=10000` too.
    @Test(.timeLimit(.minutes(20)))
    func hostileTextsNeverBreakThePipeline() throws {
        let count = Int(ProcessInfo.processInfo.environment["KB_FUZZ_COUNT"] ?? "") ?? 2_000
        let path = TestTemp.dir + "kbctl-fuzz-\(UUID().uuidString).db"
        let queue = try KBDatabase.openForWriting(path: path)
        let pipeline = Pipeline()
        var rng = SplitMix(state: 20_261_127)
        for i in 0..<count {
            var raw = Self.text(&rng)
            let format: SourceFormat = [.text, .markdown, .html][i % 3]
            let (bytes, expected) = Self.encode(raw, &rng)
            if let loaded = try? Loader.decode(bytes, name: "fuzz-\(i).\(["txt", "md", "html"][i % 3])") {
                if let expected { #expect(loaded.text == expected, "decoding, text \(i)") }
                raw = loaded.text
            }
            // A crash ends the process: KB_FUZZ_DUMP=FILE keeps the text about to run, to replay it.
            if let dump = ProcessInfo.processInfo.environment["KB_FUZZ_DUMP"] {
                try? "\(i) \(format.rawValue)\n\(raw)".write(toFile: dump, atomically: false, encoding: .utf8)
            }
            let doc = pipeline.analyze(raw: raw, format: format, source: "fuzz-\(i)")
            let length = doc.scalars.count
            for s in doc.sentences {
                #expect(s.start >= 0 && s.start <= s.end && s.end <= length, "sentence offsets, text \(i)")
                for m in s.mentions { #expect(m.first <= m.last && m.last < s.tokens.count, "mention tokens, text \(i)") }
            }
            for st in doc.statements { #expect(st.start <= st.end && st.end <= length && st.sentence < doc.sentences.count, "statement, text \(i)") }
            for r in doc.relations { #expect(r.sentence < doc.sentences.count, "relation, text \(i)") }
            if doc.sentences.isEmpty { continue }
            for _ in 0..<(i % 25 == 0 ? 2 : 1) {
                _ = try queue.write { try Store.write(doc, to: $0, force: true, ingestedAt: "2026-01-01T00:00:00Z") }
            }
        }
        let (table, ok) = try Checker.run(dbPath: path)
        #expect(ok, "\(table)")
    }
}
