/// Splits normalised text into paragraphs and sentences, with code-point offsets.
///
/// A sentence ends at ". ! ? …" (and any closing quotation marks or brackets after it) followed by
/// a space and a capital, digit or opening quote, or at the end of the paragraph, except after
/// a listed abbreviation ("Gen.", "Mr."), an initial ("J."), or an initialism such as "U.S." that is
/// followed by a name rather than by a word that starts sentences ("The", "He", …).
public struct SentenceSplitter: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    /// The longest sentence kept whole, in code points. News sentences stay far below it; a
    /// line without punctuation (a table, a dump) is cut at spaces so that the per-sentence stages,
    /// some of which look at token pairs, stay linear in the document's length.
    public static let maxSentenceLength = 1_500

    static let closers: Set<Unicode.Scalar> = ["\u{201D}", "\u{2019}", "\"", "'", ")", "]", "\u{00BB}"]
    static let openers: Set<Unicode.Scalar> = ["\u{201C}", "\u{2018}", "\"", "'", "(", "[", "\u{00AB}", "\u{2014}", "-"]

    /// Sentences of the document, numbered in order; the first paragraph is marked as a headline
    /// when `headline` is true.
    public func split(_ doc: inout AnalyzedDocument, headline: Bool) {
        let s = doc.scalars
        var sentences: [Sentence] = []
        var paragraph = 0
        var p = 0
        while p < s.count {
            var pe = p
            while pe < s.count, !(s[pe] == "\n" && pe + 1 < s.count && s[pe + 1] == "\n") { pe += 1 }
            let subheading = paragraph > 0 && pe < s.count && Self.isSubheading(s[p..<pe])
            for (a, b) in sentenceRanges(s, p, pe).flatMap({ bounded(s, $0.0, $0.1) }) {
                var sentence = Sentence(ordinal: sentences.count, paragraph: paragraph, start: a, end: b, text: doc.slice(a, b))
                sentence.isHeadline = headline && paragraph == 0 || subheading
                sentences.append(sentence)
            }
            paragraph += 1
            p = pe + 2
        }
        doc.sentences = sentences
    }

    /// A sub-heading inside an article ("Peru Rejects Bolivian Claims"): one short line in title
    /// case, with no sentence punctuation and no comma (a byline "X, Spokesperson" has one).
    /// Like the headline, it is no sentence: title case is no evidence of names, and no events.
    static func isSubheading(_ p: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = p.last(where: { $0 != " " }), !".!?:;,\u{201D}\"')".unicodeScalars.contains(last),
              !p.contains("\n"), !p.contains(",") else { return false }
        let words = String(String.UnicodeScalarView(p)).split(separator: " ")
        guard (2...12).contains(words.count), words.first != "By" else { return false }
        let long = words.filter { $0.count >= 4 }
        return !long.isEmpty && long.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Sentence spans within the paragraph [start, end), trimmed of spaces.
    func sentenceRanges(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var sentenceStart = start
        var i = start
        while i < end {
            let c = s[i]
            guard c == "." || c == "!" || c == "?" || c == "\u{2026}" else { i += 1; continue }
            var j = i + 1
            while j < end, s[j] == "." || s[j] == "!" || s[j] == "?" { j += 1 }
            while j < end, Self.closers.contains(s[j]) { j += 1 }
            if j >= end { break }
            guard s[j] == " " else { i = j; continue }
            var k = j
            while k < end, s[k] == " " { k += 1 }
            guard k < end else { break }
            let n = s[k]
            let startsSentence = n.isUpperCase || n.isNumber || Self.openers.contains(n)
            // "“Who will pay?” Bolivian Senator Marta Quispe told reporters.": a question or
            // exclamation inside quotation marks followed by its attribution runs on.
            let quoted = (c == "?" || c == "!") && (i + 1..<j).contains { QuotationMarks.role(of: String(s[$0])) != nil }
            if startsSentence && !(quoted && attributionFollows(s, k, end))
                && (c != "." || j > i + 1 || !isAbbreviation(s, dot: i, next: k, end: end)) {
                out.append((sentenceStart, j))
                sentenceStart = k
            }
            i = k
        }
        if sentenceStart < end {
            var e = end
            while e > sentenceStart, s[e - 1] == " " { e -= 1 }
            if e > sentenceStart { out.append((sentenceStart, e)) }
        }
        return out
    }

    /// `[start, end)` cut at spaces into pieces of at most `maxSentenceLength` code points (at the
    /// limit itself when a piece has no space).
    func bounded(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var a = start
        while end - a > Self.maxSentenceLength {
            var cut = a + Self.maxSentenceLength
            while cut > a + Self.maxSentenceLength / 2, s[cut] != " " { cut -= 1 }
            if s[cut] != " " { cut = a + Self.maxSentenceLength }
            var e = cut
            while e > a, s[e - 1] == " " { e -= 1 }
            if e > a { out.append((a, e)) }
            a = cut
            while a < end, s[a] == " " { a += 1 }
        }
        if a < end { out.append((a, end)) }
        return out
    }

    /// Whether the words from `k` are capitalised words (a name, a title) and then a verb of
    /// saying: the attribution of the quotation just closed.
    func attributionFollows(_ s: [Unicode.Scalar], _ k: Int, _ end: Int) -> Bool {
        var e = k
        var words = 0
        while e < end, words < 8 { if s[e] == " " { words += 1 }; e += 1 }
        let tokens = knowledge.tokenizer.tokenize(Array(s[k..<e]))
        var i = 0
        while i < tokens.count, tokens[i].isCapitalized || tokens[i].text == "." { i += 1 }
        guard i > 0, i < tokens.count, let m = knowledge.cues.longestMatch(in: tokens, at: i) else { return false }
        return m.value.kind != .noun
    }

    /// Whether the full stop at `dot` belongs to an abbreviation rather than ending the sentence.
    func isAbbreviation(_ s: [Unicode.Scalar], dot: Int, next: Int, end: Int) -> Bool {
        var w = dot
        while w > 0, s[w - 1].isLetter || s[w - 1] == "." { w -= 1 }
        let word = String(scalars: s[w..<dot]).lowercased()
        if word.isEmpty { return false }
        if knowledge.is(word + ".", .abbreviation) { return true }
        if knowledge.is(word + ".", .time) {
            return s[next].isNumber  // "Jan. 5"
        }
        let letters = word.unicodeScalars.filter { $0 != "." }
        if letters.count == 1, s[w].isUpperCase { return true }  // an initial: "J. Smith"
        if word.utf8.contains(0x2E) {  // bytes: `contains(".")` was Foundation's search
            // "U.S. officials" runs on; "… in the U.S. The next day" ends.
            var k = next
            var nextWord = ""
            while k < end, s[k].isLetter { nextWord.unicodeScalars.append(s[k]); k += 1 }
            return !knowledge.is(nextWord.lowercased(), .function)
        }
        return false
    }
}
