/// One statement pattern of `patterns-statements.tsv`: the units around a cue of saying, the
/// slots its captures fill, and its priority.
///
/// A pattern has one anchor, the cue: `CUE` (any cue of cues.tsv), `CUE/verb` (a verb or phrase
/// of saying, or a naming verb before a quotation), `CUE/noun` (a noun of saying), `CUE/lemma`
/// with spaces written as `_` (`CUE/according_to`); a `:TAG` suffix asks for a Penn tag on the
/// cue's first token (`CUE/verb:VBG`). The units before the anchor are matched outwards from
/// it, right to left; the units after it, left to right.
///
/// Captures, numbered from 1 in written order:
/// - `SUBJECT` (before the cue): the subject of the cue's verb group, read from the phrase layer
///   and the resolved mentions;
/// - `SPEAKER`: a mention that ends right there (before the cue) or a mention or description
///   that starts right there (after it); `PERSON` (after): a mention of a person;
/// - `PHRASE` (after): the speaker the noun phrase starting there names;
/// - `CLAUSE` (before): the subject of the clause the cue's phrase modifies;
/// - `CONTENT`: before the cue, from the sentence start (at least two tokens); after it, to the
///   next literal unit or the sentence end (words that say something, not an adjunct clause);
/// - `QUOTE`: a quotation that closes right there (before) or opens right there (after).
///
/// Other units: `ADJUNCT` (past where/when/to-whom phrases), `INTRO` (past "that", ":" or ","),
/// `END` (nothing said follows), `!SUBJECT` (the cue has no subject before it), `ASIDE` (past
/// a parenthetical between commas), `BOUNDARY` (a comma or closing quotation mark before the cue),
/// `^` (the sentence start or a dash or colon), a Penn tag (`DT`), `@class` or `@a|@b` (a word of
/// words.tsv classes), and literal keys (`that|:`, `,?` optional).
/// Slots: `speaker=N content=N`, or `content=N,M` for the two parts of a quotation a cue cuts.
public struct StatementPattern: Sendable {
    public enum CueFilter: Sendable, Equatable { case any, verb, noun, lemma(String) }

    public enum Unit: Sendable, Equatable {
        case cue(CueFilter, tag: PennTag?)
        case subject, speaker, person, phrase, clause, content, quote
        case adjunct, intro, end, boundary, start
        /// `!SUBJECT`: the cue has no subject before it ("…, said X", not "X, …, condemned Y").
        case noSubject
        /// `ASIDE`: past a parenthetical between commas when the unit after it follows it
        /// ("X's warning, based on reports from the border, that …"); never fails.
        case aside
        case tag(PennTag)
        case wordClass([WordClass])
        case words(WordSet, optional: Bool)

        var isCapture: Bool {
            switch self {
            case .subject, .speaker, .person, .phrase, .clause, .content, .quote: return true
            default: return false
            }
        }
        var isSpeaker: Bool {
            switch self {
            case .subject, .speaker, .person, .phrase, .clause: return true
            default: return false
            }
        }
    }

    public var id: String
    public var priority: Int
    /// Units before the cue, nearest first (the order they are matched in).
    public var before: [Unit]
    public var cue: Unit
    /// Units after the cue, in order.
    public var after: [Unit]
    /// The capture numbers (from 1, in written order) of the speaker and of the content parts.
    public var speaker: Int
    public var content: [Int]

    /// Parses one row; errors name the file, the row's id and what is wrong.
    init(record r: LexiconRecord, file: String) throws {
        id = r["id"]
        let bad = { (column: String, value: String) in LexiconError.badValue(file: file, row: r["id"], column: column, value: value) }
        guard let p = Int(r["priority"]) else { throw bad("priority", r["priority"]) }
        priority = p
        var units: [Unit] = []
        for written in r["pattern"].split(separator: " ") {
            guard let u = Self.unit(String(written)) else { throw bad("pattern", String(written)) }
            units.append(u)
        }
        let anchors = units.indices.filter { if case .cue = units[$0] { return true } else { return false } }
        guard anchors.count == 1 else { throw bad("pattern", r["pattern"]) }
        cue = units[anchors[0]]
        before = units[..<anchors[0]].reversed()
        after = Array(units[(anchors[0] + 1)...])
        let captures = units.filter(\.isCapture)
        var slots: [String: [Int]] = [:]
        for s in r["slots"].split(separator: " ") {
            let kv = s.split(separator: "=")
            guard kv.count == 2, ["speaker", "content"].contains(kv[0]) else { throw bad("slots", String(s)) }
            let numbers = kv[1].split(separator: ",").compactMap { Int($0) }
            guard !numbers.isEmpty, numbers.allSatisfy({ (1...captures.count).contains($0) }) else { throw bad("slots", String(s)) }
            slots[String(kv[0])] = numbers
        }
        guard let sp = slots["speaker"], sp.count == 1, captures[sp[0] - 1].isSpeaker,
              let ct = slots["content"], ct.allSatisfy({ !captures[$0 - 1].isSpeaker }) else { throw bad("slots", r["slots"]) }
        speaker = sp[0]
        content = ct
    }

    /// One written unit, or nil when it is none.
    static func unit(_ u: String) -> Unit? {
        switch u {
        case "SUBJECT": return .subject
        case "SPEAKER": return .speaker
        case "PERSON": return .person
        case "PHRASE": return .phrase
        case "CLAUSE": return .clause
        case "CONTENT": return .content
        case "QUOTE": return .quote
        case "ADJUNCT": return .adjunct
        case "INTRO": return .intro
        case "END": return .end
        case "BOUNDARY": return .boundary
        case "^": return .start
        case "!SUBJECT": return .noSubject
        case "ASIDE": return .aside
        default: break
        }
        if u.hasPrefix("CUE") { return cue(u) }
        if u.hasPrefix("@") {
            let classes = u.split(separator: "|").map { $0.hasPrefix("@") ? WordClass(name: String($0.dropFirst())) : nil }
            return classes.contains(nil) ? nil : .wordClass(classes.compactMap { $0 })
        }
        if let t = PennTag(name: u), u.first?.isLetter == true { return .tag(t) }
        let optional = u.hasSuffix("?") && u.count > 1
        let keys = u.dropLast(optional ? 1 : 0).split(separator: "|").map(String.init)
        guard !keys.isEmpty, keys.allSatisfy({ $0 == $0.lowercased() }) else { return nil }
        return .words(WordSet(keys), optional: optional)
    }

    /// `CUE`, `CUE/verb`, `CUE/noun`, `CUE/according_to`, each with an optional `:TAG`.
    static func cue(_ u: String) -> Unit? {
        let parts = u.split(separator: ":", maxSplits: 1).map(String.init)
        var tag: PennTag?
        if parts.count == 2 {
            guard let t = PennTag(name: parts[1]) else { return nil }
            tag = t
        }
        switch parts[0] {
        case "CUE": return .cue(.any, tag: tag)
        case "CUE/verb": return .cue(.verb, tag: tag)
        case "CUE/noun": return .cue(.noun, tag: tag)
        case let s where s.hasPrefix("CUE/") && s.count > 4:
            return .cue(.lemma(s.dropFirst(4).replacingOccurrences(of: "_", with: " ")), tag: tag)
        default: return nil
        }
    }
}
