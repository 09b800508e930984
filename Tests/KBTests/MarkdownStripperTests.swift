import Foundation
import Testing
@testable import KB

/// Markdown stripping: the rules of the former regular expressions, in time linear in a line's length.
@Suite struct MarkdownStripperTests {
    static let cases: [(name: String, markdown: String, text: String)] = [
        ("heading", "## Talks resume", "Talks resume"),
        ("block quote", "> “We will not,” he said.", "“We will not,” he said."),
        ("bullet", "* Peru said no.", "Peru said no."),
        ("numbered item", "12) Chile agreed.", "Chile agreed."),
        ("image dropped", "Before ![a map](map.png) after", "Before  after"),
        ("link kept as its text", "Read [the treaty](http://x.org/t) now", "Read the treaty now"),
        ("strong", "a **bold** and __firm__ claim", "a bold and firm claim"),
        ("emphasis", "an *odd* and _quiet_ word", "an odd and quiet word"),
        ("underscores inside words kept", "snake_case_name stays", "snake_case_name stays"),
        ("code backticks", "call `f()` now", "call f() now"),
        ("rule", "---", ""),
        ("spaced rule, after its bullet is taken", "- - - -", ""),
        ("fence lines dropped", "```swift\nlet x = 1\n```\nText.", "let x = 1\nText."),
        ("unclosed link", "[a](b", "[a](b"),
        ("bracket without target", "[note] said", "[note] said"),
    ]

    @Test(arguments: cases.indices)
    func strips(_ i: Int) {
        let c = Self.cases[i]
        #expect(MarkdownStripper.strip(c.markdown) == c.text, "\(c.name)")
    }

    /// The regular expressions the scanner replaced, kept here as its reference on short lines.
    static func reference(_ text: String) -> String {
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

    /// Random short lines of Markdown's marks: the scanner gives what the expressions gave.
    @Test func agreesWithTheFormerExpressions() {
        var rng = PipelineFuzzTests.SplitMix(state: 17)
        let pieces = ["[", "]", "(", ")", "!", "*", "**", "_", "__", "`", "#", "# ", ">", "-", "+", "1.", "2)", " ", "  ", "\t",
                      "a", "word", "é", "x_y", "Peru", "said", ".", "\n", "```", "~~~"]
        var differ: [String] = []
        for _ in 0..<3_000 {
            let line = (0..<Int.random(in: 1...14, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            if MarkdownStripper.strip(line) != Self.reference(line) { differ.append(line) }
        }
        #expect(differ.isEmpty, "\(differ.count) differ, first: \(differ.prefix(3).map { "\($0.debugDescription) → \(MarkdownStripper.strip($0).debugDescription) vs \(Self.reference($0).debugDescription)" })")
    }

    /// The inputs that were quadratic (50 KB of `[` took 16.7 s): 400 KB takes about four times as
    /// long as 100 KB, not sixteen. The fastest of three runs of each, so that a busy machine
    /// does not decide; the bound (8) sits halfway between linear and quadratic.
    static let hostileShapes: [(name: String, unit: String)] = [
        ("open brackets", "["), ("underscore words", " _a"), ("star words", "*a "), ("unclosed links", "[a]("),
        ("images", "!["), ("strong marks", "**a"), ("backticks", "`a"),
    ]

    @Test(arguments: hostileShapes.indices)
    func hostileLinesTakeLinearTime(_ i: Int) {
        let shape = Self.hostileShapes[i]
        func seconds(_ bytes: Int) -> Double {
            let text = String(repeating: shape.unit, count: bytes / shape.unit.utf8.count) + "\n\nText."
            var best = Double.infinity
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = Normalizer.normalize(text, format: .markdown)
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            return best
        }
        let small = seconds(100_000), large = seconds(400_000)
        #expect(large / small < 8, "\(shape.name): 100 KB \(small) s, 400 KB \(large) s")
    }
}
