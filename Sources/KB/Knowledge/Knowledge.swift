import Foundation

/// Everything the extractor knows before it reads an article: the lexicons, loaded once and
/// compiled into token tries.
public final class Knowledge: Sendable {
    /// A known real-world entity.
    public struct Entry: Sendable {
        public var name: String
        public var type: EntityType
        /// The state a body belongs to ("Pentagon" → "United States").
        public var country: String?
        /// Every listed name and alias, as written in the lexicon.
        public var names: [String] = []
    }

    /// How a surface form refers to its entry.
    public struct Form: Sendable {
        public enum Kind: Sendable { case name, demonym, capital, seat }
        public var entry: Int
        public var kind: Kind
        /// How many tokens the listed surface has.
        public var count: Int
        /// Bit k is set when the listed surface's token k starts with a capital: a match must
        /// capitalise where it does. (A bit mask, not the tokens: the generated lexicons make
        /// 100,000 forms at every start-up.)
        public var capitals: UInt64
        /// An acronym ("US", "IS") that must match letter for letter; nil for every other form.
        public var exact: String?

        public init(entry: Int, kind: Kind, tokens: [String], exactCase: Bool, weak: Bool = false) {
            self.init(entry: entry, kind: kind, count: tokens.count, capitals: Self.capitals(of: tokens),
                      exact: exactCase && tokens.count == 1 ? tokens[0] : nil, weak: weak)
        }

        public init(entry: Int, kind: Kind, count: Int, capitals: UInt64, exact: String? = nil, weak: Bool = false) {
            self.entry = entry
            self.kind = kind
            self.count = count
            self.capitals = capitals
            self.exact = exact
            self.weak = weak
        }

        /// Whether listed token `k` starts with a capital.
        public func isCapital(_ k: Int) -> Bool { k < 64 && capitals & (1 << UInt64(k)) != 0 }

        static func capitals(of tokens: [String]) -> UInt64 {
            var mask: UInt64 = 0
            for (k, t) in tokens.prefix(64).enumerated() where t.first?.isUppercase == true { mask |= 1 << UInt64(k) }
            return mask
        }
        /// A generated place that is also a common name ("Victoria"): a place only where the text says so.
        public var weak: Bool = false
    }

    /// A title or office ("Secretary of State" → role "secretary of state", class "diplomat").
    public struct Title: Sendable {
        public var role: String
        public var roleClass: String
    }

    /// A cue of a statement ("said" → "say").
    public struct Cue: Sendable {
        public enum Kind: String, Sendable { case verb, noun, phrase }
        public var lemma: String
        public var kind: Kind
    }

    /// An event verb sense ("rebuffed" → reject, CAMEO 12).
    public struct Sense: Sendable {
        public enum Kind: String, Sendable { case verb, noun, adjective }
        public var predicate: String
        public var cameo: String
        public var kind: Kind
        public var particle: String?
        /// Every preposition that may introduce the object ("agree with|on|to"): `particle` split at "|".
        public var particles: [String] { particle.map { $0.split(separator: "|").map(String.init) } ?? [] }
    }

    public let entries: [Entry]
    public let forms: TokenTrie<Form>
    public let titles: TokenTrie<Title>
    /// The class of every role ("ambassador" → "diplomat").
    public let roleClasses: [String: String]
    public let cues: TokenTrie<Cue>
    public let senses: TokenTrie<Sense>
    /// Evaluative word → true for positive ("timely"), false for negative ("inadequate").
    public let evaluations: [String: Bool]
    /// Agent noun key (singular and plural, one word) → its role class ("terrorists" → "armed
    /// group"): a noun phrase with such a head acts for whoever it belongs to, or as written.
    public let agentNouns: [String: String]
    /// Relation patterns over phrases (`patterns-relations.tsv`).
    public let relationPatterns: [RelationPattern]
    /// Statement patterns around a cue of saying (`patterns-statements.tsv`), in file order.
    public let statementPatterns: [StatementPattern]
    /// Anchor word → the patterns that need it, so a sentence tries only patterns it can match.
    let patternsByAnchor: StringTable<[Int]>
    /// Word key → its closed classes (function, time, orghead, negation, …).
    public let wordClasses: [String: Set<String>]
    /// The same classes as bits, for `is`: asked several times of every token.
    let classBits: StringTable<WordClassBits>
    /// Class name → its bit in `classBits`.
    let classBit: StringTable<Int>
    /// Class → its words in file order, for the classes of endings (`hasSuffix(_:in:)`).
    let classWords: [String: [String]]
    public let tokenizer: Tokenizer
    /// Names of entries by lower-cased canonical name, for look-ups by name.
    public let entryByName: [String: Int]
    /// Offices with dates, surnames, given names and geographic head words of the generated lexicons.
    public let generated: Generated
    /// Which lexicons these are: the same text in, the same rows out only with the same version.
    /// `kbctl ingest` records it in the database; `kbctl merge` refuses a shard of another version.
    public let version: String

    /// Whether the word key belongs to the closed class.
    public func `is`(_ key: String, _ wordClass: String) -> Bool {
        guard let bit = classBit[wordClass] else {
            assertionFailure("unknown word class '\(wordClass)'")
            return false
        }
        return classBits[key]?.contains(bit) ?? false
    }

    /// Whether the word key ends in one of the class's words (a class of endings: "agent-suffix").
    public func hasSuffix(_ key: String, in wordClass: String) -> Bool {
        assert(Self.wordClassNames.contains(wordClass), "unknown word class '\(wordClass)'")
        return classWords[wordClass]?.contains { key.hasSuffix($0) } ?? false
    }

    /// Every class a words lexicon may use; a row with another class is refused with its line.
    public static let wordClassNames: Set<String> = Set([
        "function", "time", "pronoun-person", "pronoun-thing", "pronoun-plural", "orghead", "groupnoun", "orgnoun",
        "docnoun", "eventhead", "negation", "possible", "planned", "conditional", "auxiliary", "locative", "abbreviation",
        "be", "relative", "catenative", "subordinator", "pose", "objectmarker", "addressee", "placeortime", "phraseend",
        "filler", "coordinator", "nounpreposition", "pronoun-first-plural", "proverb", "lightverb", "eventobject",
        "preposition", "adjunct-preposition", "audience", "author-pronoun", "clause-joiner", "clause-opener", "naming-verb",
        "no-answer-cue", "not-before-cue", "quantifier", "request-cue", "sending-verb", "speaker-determiner", "text-closing",
        "text-kind", "time-adjunct", "saying-chain",
    ]).union(cueWordClassNames)

    /// The classes of the cues around names, offices and speakers (word lists the rules once kept
    /// as Swift sets). Their words are not closed-class words: a word in these alone ("Al", "Lord",
    /// "Man", "Independent") can still be a given name, a surname or a one-word body.
    public static let cueWordClassNames: Set<String> = [
        "name-connector", "honorific", "diplomatic-noun", "motion-verb", "motion-preposition", "weapon-noun", "party-word",
        "body-category-noun", "stay-verb", "stay-preposition", "seat-preposition", "place-name-preposition",
        "place-category-noun", "title-link", "title-copula", "body-name-preposition", "document-name-joiner",
        "name-determiner", "event-category-noun", "person-preposition", "title-modifier", "office-modifier",
        "apposition-body-preposition", "title-body-preposition", "employer-preposition", "agent-suffix", "diplomat-noun",
        "article", "verb-form-suffix", "patronymic",
    ]

    /// Generated kinds no stage reads yet (their loaders come with the stages that need them), and
    /// data that is not extraction's: `spelling` (read by Search), `html-entities` (by HTMLStripper).
    static let unreadKinds: Set<String> = ["cameo-patterns", "cameo-codes", "spelling", "html-entities"]

    /// A file's lexicon kind: its `# kind:` header, else its name's stem ("countries.tsv").
    static func kind(name: String, text: String) -> String {
        declaredKind(text) ?? String(name.split(separator: ".").first ?? "")
    }

    /// The `# kind:` of a file's header, read from its comment lines alone.
    /// Read on bytes: splitting the header into `Character`s cost a tenth of the start-up.
    static func declaredKind(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { b in
            var i = 0
            for _ in 0..<40 where i < b.count {
                guard b[i] == UInt8(ascii: "#") else { return nil }
                let end = b[i...].firstIndex(of: 0x0A) ?? b.count
                if b[i..<end].starts(with: "# kind:".utf8) {
                    return String(decoding: UnsafeBufferPointer(rebasing: b[(i + 7)..<end]), as: UTF8.self).trimmingCharacters(in: .whitespaces)
                }
                i = end + 1
            }
            return nil
        }
    }

    /// Every lexicon kind kbctl reads (a file's `# kind:` header or its name's stem). Kinds
    /// generated for later stages are known, so a typo is still refused.
    public static let lexiconKinds: Set<String> = [
        "words", "countries", "organizations", "places", "weapons", "documents", "people", "titles", "cues", "verbs",
        "cameo-verbs", "evaluations", "phoenix-agents", "agents", "patterns-relations", "patterns-statements", "cameo-patterns", "cameo-codes",
        "phoenix-people", "phoenix-organizations", "phoenix-groups", "geo-places", "geo-heads", "spelling", "html-entities",
    ]

    /// The first and last of the space-separated words of a key, or nil and the key when it is one word.
    static func firstAndLastWord(_ key: String) -> (first: String?, last: String) {
        var key = key
        return key.withUTF8 { b in
            guard let i = b.firstIndex(of: 0x20), let j = b.lastIndex(of: 0x20) else { return (nil, String(decoding: b, as: UTF8.self)) }
            return (String(decoding: UnsafeBufferPointer(rebasing: b[..<i]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: b[(j + 1)...]), as: UTF8.self))
        }
    }

    /// The space-separated words of a plain ASCII name, split on its bytes (the generic
    /// `split` on a UTF-8 view cost a tenth of the start-up).
    static func words(_ s: String) -> [String] { split(s, on: 0x20) }

    /// The non-empty parts of `s` between the ASCII byte `separator`.
    static func split(_ s: String, on separator: UInt8) -> [String] {
        var s = s
        return s.withUTF8 { b in
            var out: [String] = []
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == separator {
                if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            return out
        }
    }

    /// The built-in lexicons compiled into the binary, loaded on first use.
    public static let builtIn: Knowledge = {
        do {
            return try Knowledge(files: Embedded.lexicons.map { ($0.name, $0.text) }, version: Embedded.lexiconDigest, whenParsed: startTaggerLoad)
        } catch {
            fatalError("built-in lexicon is broken: \(error)")
        }
    }()

    /// The built-in verb lexicons alone (with the words lexicon the tokenizer needs): enough to
    /// map "threatens" to "threaten" for queries, without loading every name.
    public static let verbs: Knowledge = {
        let wanted: Set<String> = ["words", "verbs", "cameo-verbs"]
        let files = Embedded.lexicons.filter { wanted.contains(String($0.name.split(separator: ".").first ?? "")) }
        do { return try Knowledge(files: files.map { ($0.name, $0.text) }, version: Embedded.lexiconDigest + ":verbs") } catch {
            fatalError("built-in lexicon is broken: \(error)")
        }
    }()

    /// Built-in lexicons extended by the user's files (same format; the file name or a
    /// `# kind:` header line says which lexicon a file extends).
    public static func with(userFiles: [(name: String, text: String)]) throws -> Knowledge {
        if userFiles.isEmpty { return builtIn }
        // The built-in digest (computed at build time) plus a hash of the user's small files only.
        let user = SHA256.hex(userFiles.map { $0.name + "\u{0}" + $0.text }.joined(separator: "\u{0}"))
        return try Knowledge(files: Embedded.lexicons.map { ($0.name, $0.text) } + userFiles,
                             version: Embedded.lexiconDigest + "+" + user.prefix(16))
    }

    /// Compiles lexicon files; later files extend earlier ones. `version` defaults to a hash of the
    /// files (pass it when known: hashing the built-in lexicons at run time would cost start-up).
    /// `whenParsed` runs on another thread once the generated files are parsed (the built-in
    /// lexicons start the tagger's load then: see `startTaggerLoad`).
    public init(files: [(name: String, text: String)], version: String? = nil, whenParsed: (@Sendable () -> Void)? = nil) throws {
        let clock = StartupClock()
        defer { clock.report("lexicons in all") }
        self.version = version ?? "files:" + SHA256.hex(files.map { $0.name + "\u{0}" + $0.text }.joined(separator: "\u{0}")).prefix(16)
        var words: [String: Set<String>] = [:]
        var classWords: [String: [String]] = [:]
        var parsed: [(kind: String, file: LexiconFile)] = []
        // The large generated files are parsed on other cores while the hand-kept ones load.
        let generatedParse = GeneratedParse(files.filter { Self.generatedKinds.contains(Self.kind(name: $0.name, text: $0.text)) }, then: whenParsed)
        for (name, text) in files {
            // Kinds that no stage reads yet are not parsed: they are large, and every command pays.
            let declared = Self.kind(name: name, text: text)
            guard Self.lexiconKinds.contains(declared) else { throw LexiconError.unknownClass(file: name, line: 1, value: declared) }
            if Self.unreadKinds.contains(declared) || Self.generatedKinds.contains(declared) { continue }
            let file = try LexiconFile(name: name, text: text)
            let kind = file.header["kind"] ?? declared
            parsed.append((kind, file))
            if kind == "words" {
                for (r, line) in zip(file.records(), file.lines) {
                    guard Self.wordClassNames.contains(r["class"]) else { throw LexiconError.unknownClass(file: name, line: line, value: r["class"]) }
                    words[Token.key(r["word"]), default: []].insert(r["class"])
                    classWords[r["class"], default: []].append(Token.key(r["word"]))
                }
            }
        }
        clock.report("lexicon files parsed")
        // Only closed-class words keep a surname, a given name or a one-word body out; cue words do not.
        let closedWords = words.filter { !$0.value.isSubset(of: Self.cueWordClassNames) }
        let tokenizer = Tokenizer(abbreviations: Set(words.filter { $0.value.contains("abbreviation") }.map(\.key)))
        func keys(_ s: String) -> [String] { tokenizer.tokenize(Array(s.unicodeScalars)).map(\.key) }
        func surface(_ s: String) -> [String] { tokenizer.tokenize(Array(s.unicodeScalars)).map(\.text) }
        var entries: [Entry] = []
        var byName: [String: Int] = [:]
        var forms = TokenTrie<Form>()
        var titles = TokenTrie<Title>()
        var roleClasses: [String: String] = [:]
        var cues = TokenTrie<Cue>()
        var senses = TokenTrie<Sense>()
        var evaluations: [String: Bool] = [:]
        var agentNouns: [String: String] = [:]
        var relationPatterns: [RelationPattern] = []
        var statementPatterns: [StatementPattern] = []
        var surnames: [String: [Int]] = [:]

        entries.reserveCapacity(80_000)
        byName.reserveCapacity(80_000)
        func entry(_ name: String, _ type: EntityType, country: String? = nil) -> Int {
            findOrMake(name, type, country: country, key: Token.key(name)).index
        }
        /// The entry of `key` (one hash of the key, the generated lexicons have 35,000 names), made
        /// from the name if there is none yet.
        func findOrMake(_ name: String, _ type: EntityType, country: String?, key: String) -> (index: Int, isNew: Bool) {
            let next = entries.count
            // `inout` on the optional subscript: one look-up finds or reserves the slot.
            func claim(_ slot: inout Int?) -> Int? {
                if let i = slot { return i }
                slot = next
                return nil
            }
            if let i = claim(&byName[key]) { return (i, false) }
            entries.append(Entry(name: name, type: type, country: country?.isEmpty == false ? country : nil))
            return (next, true)
        }
        func add(_ alias: String, _ e: Int, _ kind: Form.Kind, weak: Bool = false, key: String? = nil) {
            // "the West" is matched as "West": the article's determiner is not part of a name.
            var alias = alias
            var key = key
            if alias.utf8.count > 4, zip(alias.utf8, "the ".utf8).allSatisfy({ $0 | 0x20 == $1 }) { alias = String(alias.dropFirst(4)); key = nil }
            if let plain = PlainName(alias, key: key) {
                if kind == .name { entries[e].names.append(alias) }
                let form = Form(entry: e, kind: kind, count: plain.count, capitals: plain.capitals, exact: plain.isAcronym ? alias : nil, weak: weak)
                forms.insert(spaced: plain.key, form)
                return
            }
            let toks = tokenizer.tokenize(Array(alias.unicodeScalars))
            guard !toks.isEmpty else { return }
            if kind == .name { entries[e].names.append(alias) }
            let exact = toks.count == 1 && {
                let letters = alias.unicodeScalars.filter { $0.properties.isAlphabetic }
                return letters.count <= 5 && letters.allSatisfy { $0.properties.isUppercase }
            }()
            let form = Form(entry: e, kind: kind, count: toks.count, capitals: Form.capitals(of: toks.map(\.text)), exact: exact ? toks[0].text : nil, weak: weak)
            forms.insert(toks.map(\.key), form)
        }
        var generatedFiles: [(kind: String, file: LexiconFile)] = []

        for (kind, file) in parsed {
            // MARK: generated lexicons: loaded after every hand-kept file (Knowledge+Actors.swift)
            if Self.generatedKinds.contains(kind) {
                generatedFiles.append((kind, file))
                continue
            }
            for r in file.records() {
                switch kind {
                case "countries":
                    let e = entry(r["name"], .country)
                    add(r["name"], e, .name)
                    r.list("aliases").forEach { add($0, e, .name) }
                    r.list("plurals").forEach { add($0, e, .name) }
                    r.list("demonyms").forEach { add($0, e, .demonym) }
                    r.list("capitals").forEach { add($0, e, .capital) }
                    r.list("seats").forEach { add($0, e, .seat) }
                case "organizations", "places", "weapons", "documents", "people":
                    let defaultType: EntityType = kind == "weapons" ? .weapon : kind == "documents" ? .document
                        : kind == "people" ? .person : .organization
                    guard let type = r["type"].isEmpty ? defaultType : EntityType(rawValue: r["type"]) else {
                        throw LexiconError.missingColumn(file: file.name, column: "type")
                    }
                    let e = entry(r["name"], type, country: r["country"])
                    add(r["name"], e, .name)
                    r.list("aliases").forEach { add($0, e, .name) }
                    r.list("demonyms").forEach { add($0, e, .demonym) }
                    if type == .person, let last = surface(r["name"]).last, last.count > 2 {
                        surnames[Token.key(last), default: []].append(e)
                    }
                case "titles":
                    let t = Title(role: r["role"], roleClass: r["class"])
                    titles.insert(keys(r["role"]), t)
                    roleClasses[t.role] = t.roleClass
                    r.list("forms").forEach { titles.insert(keys($0), t) }
                case "cues":
                    guard let k = Cue.Kind(rawValue: r["kind"]) else { throw LexiconError.missingColumn(file: file.name, column: "kind") }
                    r.list("forms").forEach { cues.insert(keys($0), Cue(lemma: r["lemma"], kind: k)) }
                case "verbs", "cameo-verbs":
                    guard let k = Sense.Kind(rawValue: r["kind"]) else { throw LexiconError.missingColumn(file: file.name, column: "kind") }
                    let s = Sense(predicate: r["predicate"], cameo: r["cameo"], kind: k, particle: r["particle"].isEmpty ? nil : r["particle"])
                    r.list("forms").forEach { senses.insert(keys($0), s) }
                case "phoenix-agents", "agents":
                    for form in r.list("forms") where !form.utf8.contains(0x20) { agentNouns[Token.key(form)] = r["role_class"] }
                case "patterns-relations":
                    relationPatterns.append(try RelationPattern(record: r, file: file.name))
                case "patterns-statements":
                    statementPatterns.append(try StatementPattern(record: r, file: file.name))
                case "evaluations":
                    evaluations[Token.key(r["word"])] = r["polarity"] == "positive"
                default:
                    continue
                }
            }
        }
        // A surname stands for a listed person only when no other listed person shares it
        // (inserted before the generated lexicons, so "Kennedy" is the listed person before a city)
        // and it is not an ordinary capitalised word ("May", "Chad").
        // A father's name is no surname: "Tariq" alone is not "Khalid bin Tariq", but
        // "bin Tariq" is, as Arabic names are shortened.
        func patronymic(_ e: Int) -> (connector: Int, words: [String])? {
            let w = Self.words(entries[e].name)
            guard w.count > 2, let c = w.indices.dropFirst().last(where: { words[w[$0].lowercased()]?.contains("patronymic") == true }),
                  c < w.count - 1 else { return nil }
            return (c, w)
        }
        for (key, people) in surnames where people.count == 1 && closedWords[key] == nil {
            let e = people[0]
            if let (c, w) = patronymic(e) {
                add(w[c...].joined(separator: " "), e, .name)
                continue
            }
            forms.insert([key], Form(entry: e, kind: .name, tokens: [key.prefix(1).uppercased() + key.dropFirst()], exactCase: false))
        }
        clock.report("hand-kept lexicons")
        generatedFiles += try generatedParse.files()
        clock.report("generated files parsed")
        let generated = Self.loadGenerated(generatedFiles, entry: { findOrMake($0, $2, country: $3, key: $1) }, add: { add($0, $2, $3, weak: $4, key: $1) }, words: closedWords)
        // The parsed rows (200,000 strings) are freed on another core: freeing them here cost the
        // start-up a tenth of its time.
        let retired = (parsed, generatedFiles)
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(retired) {} }
        self.entries = entries
        self.entryByName = byName
        self.generated = generated
        self.forms = forms
        self.titles = titles
        self.roleClasses = roleClasses
        self.cues = cues
        self.senses = senses
        self.evaluations = evaluations
        self.agentNouns = agentNouns
        self.relationPatterns = relationPatterns
        self.statementPatterns = statementPatterns
        var byAnchor: [String: [Int]] = [:]
        for (n, p) in relationPatterns.enumerated() { for w in p.anchors { byAnchor[w, default: []].append(n) } }
        self.patternsByAnchor = StringTable(byAnchor)
        self.wordClasses = words
        let bitOfClass = Dictionary(uniqueKeysWithValues: Self.wordClassNames.sorted().enumerated().map { ($1, $0) })
        precondition(bitOfClass.count <= 128, "WordClassBits holds 128 classes")
        self.classBit = StringTable(bitOfClass)
        self.classBits = StringTable(words.mapValues { classes in
            var bits = WordClassBits()
            for c in classes { if let b = bitOfClass[c] { bits.insert(b) } }
            return bits
        })
        self.classWords = classWords
        self.tokenizer = tokenizer
    }
}
