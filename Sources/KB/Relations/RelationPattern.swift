/// One relation pattern of `patterns-relations.tsv`: a sequence of units over a sentence's
/// tokens and phrases, the slots its captures fill, and the row it gives.
///
/// Units: `ACTOR` (an actor starts here: a name, a collective, a resolved pronoun),
/// `NP` (a noun phrase starts here; an actor when it names one, else the phrase as written),
/// `SPAN` (the shortest run of up to twenty tokens of one clause after which the rest matches:
/// the first actor in it, else its first noun phrase as written),
/// `word|word` (one token with one of these keys), `word?` (an optional token), `*` (up to four
/// tokens, never across a sentence-internal ";"), `QUOTE?` (an optional quotation mark),
/// `@positive`/`@negative` (an evaluative word), `@class` (a word of that words.tsv class).
/// Captures are numbered from 1 in order.
/// Slots: `subject=N`, `object=N` (or `object=-` for none), `source=N` (whose claim it is).
/// A predicate of `-` gives no row: it only silences the event words it covers ("warned of a storm").
public struct RelationPattern: Sendable {
    public enum Unit: Sendable, Equatable {
        case actor, phrase, skip
        /// `SPAN`: up to twenty tokens of one clause (no comma, sentence end or relative word)
        /// standing for what is evaluated: the first actor in it, else its first noun phrase as written.
        case span
        case words(WordSet, optional: Bool)
        /// `QUOTE?`: an optional quotation mark of any kind.
        case quote
        /// `@positive`, `@negative`: an evaluative word of that polarity.
        case evaluation(positive: Bool)
        /// `@class`: a word of a words.tsv class.
        case wordClass(WordClass)
    }

    public var id: String
    public var priority: Int
    public var units: [Unit]
    public var subject: Int
    public var object: Int?
    public var source: Int?
    public var predicate: String
    public var cameo: String
    /// The words of the first required literal unit: a sentence without any of them cannot match.
    public var anchors: Set<String> {
        for u in units { if case let .words(keys, optional) = u, !optional { return Set(keys.keys) } }
        return []
    }

    /// Parses one row; errors name the file, the line's id and what is wrong.
    init(record r: LexiconRecord, file: String) throws {
        let id = r["id"]
        self.id = id
        guard let p = Int(r["priority"]) else { throw LexiconError.badValue(file: file, row: id, column: "priority", value: r["priority"]) }
        priority = p
        let units = try r["pattern"].split(separator: " ").map { u -> Unit in
            switch u {
            case "ACTOR": return .actor
            case "NP": return .phrase
            case "*": return .skip
            case "SPAN": return .span
            case "QUOTE?": return .quote
            case "@positive", "@negative": return .evaluation(positive: u == "@positive")
            case let c where c.hasPrefix("@"):
                guard let wc = WordClass(name: String(c.dropFirst())) else {
                    throw LexiconError.badValue(file: file, row: id, column: "pattern", value: String(u))
                }
                return .wordClass(wc)
            default:
                guard u.allSatisfy({ $0.isLowercase || $0 == "|" || $0 == "?" || $0 == "'" || $0 == "-" }) else {
                    throw LexiconError.badValue(file: file, row: id, column: "pattern", value: String(u))
                }
                let optional = u.hasSuffix("?")
                return .words(WordSet(u.dropLast(optional ? 1 : 0).split(separator: "|").map(String.init)), optional: optional)
            }
        }
        self.units = units
        var slots: [String: Int?] = [:]
        for s in r["slots"].split(separator: " ") {
            let kv = s.split(separator: "=")
            guard kv.count == 2, ["subject", "object", "source"].contains(kv[0]) else {
                throw LexiconError.badValue(file: file, row: id, column: "slots", value: String(s))
            }
            slots[String(kv[0])] = kv[1] == "-" ? .some(nil) : Int(kv[1])
        }
        let captures = units.filter { $0 == .actor || $0 == .phrase || $0 == .span }.count
        guard let sub = slots["subject"] ?? nil, (1...captures).contains(sub) else {
            throw LexiconError.badValue(file: file, row: id, column: "slots", value: r["slots"])
        }
        subject = sub
        object = slots["object"] ?? nil
        source = slots["source"] ?? nil
        predicate = r["predicate"]
        cameo = r["cameo"]
    }
}
