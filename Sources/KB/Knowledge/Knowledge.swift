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
    /// Asked of noun heads in every sentence: looked up by the token's hash.
    let agentNouns: StringTable<String>
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
    /// Class → its words in file order, for the classes of endings (`hasSuffix(_:in:)`).
    let classWords: [String: [String]]
    public let tokenizer: Tokenizer
    /// Names of entries by lower-cased canonical name, for look-ups by name.
    public let entryByName: EntryNameTable
    /// Every listed name and alias of each entry, as written in the lexicon.
    let nameLists: NameLists

    /// Every listed name and alias of entry `e`, as written in the lexicon.
    public func names(of e: Int) -> [String] { nameLists.names(of: e) }
    /// Offices with dates, surnames, given names and geographic head words of the generated lexicons.
    public let generated: Generated
    /// Which lexicons these are: the same text in, the same rows out only with the same version.
    /// `kbctl ingest` records it in the database; `kbctl merge` refuses a shard of another version.
    public let version: String

    /// Whether the token belongs to the closed class: one probe with the hash the token was made with.
    @inline(__always) public func `is`(_ token: Token, _ c: WordClass) -> Bool {
        classBits[hash: token.keyHash, key: token.key]?.contains(c.bit) ?? false
    }

    /// Whether token `i` belongs to the closed class, read in place: passing `tokens[i]` copied
    /// the token (its two strings retained and released) at every question, a twentieth of an ingest.
    @inline(__always) public func `is`(_ tokens: [Token], _ i: Int, _ c: WordClass) -> Bool {
        classBits[tokens, i]?.contains(c.bit) ?? false
    }

    /// Whether the word key belongs to the closed class.
    @inline(__always) public func `is`(_ key: String, _ c: WordClass) -> Bool {
        classBits[key]?.contains(c.bit) ?? false
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
            let clock = StartupClock()
            let index = EntityIndex.builtIn()
            clock.report(index == nil ? "entity index: stale, compiling the lexicons" : "entity index")
            return try Knowledge(files: Embedded.lexicons.map { ($0.name, $0.text) }, version: Embedded.lexiconDigest,
                                 whenParsed: startTaggerLoad, index: index)
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
    public convenience init(files: [(name: String, text: String)], version: String? = nil, whenParsed: (@Sendable () -> Void)? = nil) throws {
        try self.init(files: files, version: version, whenParsed: whenParsed, index: nil)
    }

    /// `index`, when given, is these files' entity lexicons already compiled (`EntityIndex`): their
    /// entries and forms are taken from it instead.
    init(files: [(name: String, text: String)], version: String? = nil, whenParsed: (@Sendable () -> Void)? = nil, index: EntityTables?) throws {
        let clock = StartupClock()
        defer { clock.report("lexicons in all") }
        self.version = version ?? "files:" + SHA256.hex(files.map { $0.name + "\u{0}" + $0.text }.joined(separator: "\u{0}")).prefix(16)
        var words: [String: Set<String>] = [:]
        var classWords: [String: [String]] = [:]
        var parsed: [(kind: String, file: LexiconFile)] = []
        // The large generated files are parsed on other cores while the hand-kept ones load;
        // with an index they are not read at all.
        let generatedParse = index != nil ? nil
            : GeneratedParse(files.filter { Self.generatedKinds.contains(Self.kind(name: $0.name, text: $0.text)) }, then: whenParsed)
        if index != nil, let whenParsed { DispatchQueue.global(qos: .userInitiated).async(execute: whenParsed) }
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
        var titles = TokenTrie<Title>()
        var roleClasses: [String: String] = [:]
        var cues = TokenTrie<Cue>()
        var senses = TokenTrie<Sense>()
        var evaluations: [String: Bool] = [:]
        var agentNouns: [String: String] = [:]
        var relationPatterns: [RelationPattern] = []
        var statementPatterns: [StatementPattern] = []
        var builder = index == nil ? EntityBuilder(tokenizer: tokenizer) : nil
        var generatedFiles: [(kind: String, file: LexiconFile)] = []

        for (kind, file) in parsed {
            // MARK: generated lexicons: loaded after every hand-kept file (Knowledge+Actors.swift)
            if Self.generatedKinds.contains(kind) {
                generatedFiles.append((kind, file))
                continue
            }
            if Self.entityKinds.contains(kind) {
                for r in file.records() where builder != nil { try builder!.addHandKept(kind, r, file: file.name) }
                continue
            }
            for r in file.records() {
                switch kind {
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
        clock.report("hand-kept lexicons")
        let tables: EntityTables
        if var builder {
            builder.addSurnameForms(words: words, closedWords: closedWords)
            generatedFiles += try generatedParse?.files() ?? []
            clock.report("generated files parsed")
            builder.addGenerated(generatedFiles, words: closedWords)
            tables = builder.finish()
        } else {
            tables = index!
        }
        // The parsed rows (200,000 strings) are freed on another core: freeing them here cost the
        // start-up a tenth of its time.
        let retired = (parsed, generatedFiles)
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(retired) {} }
        self.entries = tables.entries
        self.entryByName = tables.byName
        self.nameLists = tables.names
        self.generated = tables.generated
        self.forms = tables.forms
        self.titles = titles
        self.roleClasses = roleClasses
        self.cues = cues
        self.senses = senses
        self.evaluations = evaluations
        self.agentNouns = StringTable(agentNouns)
        self.relationPatterns = relationPatterns
        self.statementPatterns = statementPatterns
        var byAnchor: [String: [Int]] = [:]
        for (n, p) in relationPatterns.enumerated() { for w in p.anchors { byAnchor[w, default: []].append(n) } }
        self.patternsByAnchor = StringTable(byAnchor)
        self.wordClasses = words
        precondition(WordClass.sortedNames.count <= 128, "WordClassBits holds 128 classes")
        // A class's bit is `WordClass`'s, the one place that numbers them.
        self.classBits = StringTable(words.mapValues { classes in
            var bits = WordClassBits()
            for c in classes { if let wc = WordClass(name: c) { bits.insert(wc.bit) } }
            return bits
        })
        self.classWords = classWords
        self.tokenizer = tokenizer
    }
}
