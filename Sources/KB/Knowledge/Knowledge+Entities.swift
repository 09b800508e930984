/// The entity lexicons compiled: every listed entity, its names and the forms that match them.
/// The built-in ones are stored ready-made in `entities.index` (see `EntityIndex`), so a start-up
/// reads them instead of compiling 40,000 names; user lexicons and a stale index compile here.
extension Knowledge {
    /// The entities and forms of the entity lexicons: what `EntityIndex` stores.
    struct EntityTables: Sendable {
        var entries: [Entry] = []
        /// Lower-cased canonical name → entry.
        var byName = EntryNameTable()
        /// Every entry's listed names and aliases.
        var names = NameLists()
        var forms = TokenTrie<Form>()
        var generated = Generated()
    }

    /// Hand-kept lexicon kinds that list entities (with `words`, all the index depends on).
    static let entityKinds: Set<String> = ["countries", "organizations", "places", "weapons", "documents", "people"]

    /// Compiles entity lexicon files into `EntityTables`, in the order they are given: later files
    /// extend earlier ones, and the generated files come after every hand-kept one.
    struct EntityBuilder {
        var tables = EntityTables()
        let tokenizer: Tokenizer
        /// Surname key → hand-kept people with it.
        private var surnames: [String: [Int]] = [:]
        /// Every entry's listed names and aliases, as written.
        private var names: [[String]] = []
        /// Surname key → generated people with it (`Generated.surnameHolders` once finished).
        var surnameHolders: [String: [Int]] = [:]

        init(tokenizer: Tokenizer) {
            self.tokenizer = tokenizer
            tables.entries.reserveCapacity(80_000)
            names.reserveCapacity(80_000)
        }

        /// The tables, with the names and surname lists in their stored form.
        func finish() -> EntityTables {
            var t = tables
            t.names = NameLists(names)
            t.generated.surnameHolders = KeyedLists(surnameHolders)
            return t
        }

        mutating func entry(_ name: String, _ type: EntityType, country: String? = nil) -> Int {
            findOrMake(name, type, country: country, key: Token.key(name)).index
        }

        /// The entry of `key` (one hash of the key, the generated lexicons have 35,000 names), made
        /// from the name if there is none yet.
        mutating func findOrMake(_ name: String, _ type: EntityType, country: String?, key: String) -> (index: Int, isNew: Bool) {
            let next = tables.entries.count
            if let i = tables.byName.claim(key, next: next) { return (i, false) }
            tables.entries.append(Entry(name: name, type: type, country: country?.isEmpty == false ? country : nil))
            names.append([])
            return (next, true)
        }

        /// Adds a form of entry `e`. `key`, when given, is the alias's `Token.key` already computed.
        mutating func add(_ alias: String, _ e: Int, _ kind: Form.Kind, weak: Bool = false, key: String? = nil) {
            // "the West" is matched as "West": the article's determiner is not part of a name.
            var alias = alias
            var key = key
            if alias.utf8.count > 4, zip(alias.utf8, "the ".utf8).allSatisfy({ $0 | 0x20 == $1 }) { alias = String(alias.dropFirst(4)); key = nil }
            if let plain = PlainName(alias, key: key) {
                if kind == .name { names[e].append(alias) }
                let form = Form(entry: e, kind: kind, count: plain.count, capitals: plain.capitals, exact: plain.isAcronym ? alias : nil, weak: weak)
                tables.forms.insert(spaced: plain.key, form)
                return
            }
            let toks = tokenizer.tokenize(Array(alias.unicodeScalars))
            guard !toks.isEmpty else { return }
            if kind == .name { names[e].append(alias) }
            let exact = toks.count == 1 && {
                let letters = alias.unicodeScalars.filter { $0.properties.isAlphabetic }
                return letters.count <= 5 && letters.allSatisfy { $0.properties.isUppercase }
            }()
            let form = Form(entry: e, kind: kind, count: toks.count, capitals: Form.capitals(of: toks.map(\.text)), exact: exact ? toks[0].text : nil, weak: weak)
            tables.forms.insert(toks.map(\.key), form)
        }

        /// Adds one row of a hand-kept entity lexicon (`entityKinds`).
        mutating func addHandKept(_ kind: String, _ r: LexiconRecord, file: String) throws {
            switch kind {
            case "countries":
                let e = entry(r["name"], .country)
                add(r["name"], e, .name)
                r.list("aliases").forEach { add($0, e, .name) }
                r.list("plurals").forEach { add($0, e, .name) }
                r.list("demonyms").forEach { add($0, e, .demonym) }
                r.list("capitals").forEach { add($0, e, .capital) }
                r.list("seats").forEach { add($0, e, .seat) }
            default:
                let defaultType: EntityType = kind == "weapons" ? .weapon : kind == "documents" ? .document
                    : kind == "people" ? .person : .organization
                guard let type = r["type"].isEmpty ? defaultType : EntityType(rawValue: r["type"]) else {
                    throw LexiconError.missingColumn(file: file, column: "type")
                }
                let e = entry(r["name"], type, country: r["country"])
                add(r["name"], e, .name)
                r.list("aliases").forEach { add($0, e, .name) }
                r.list("demonyms").forEach { add($0, e, .demonym) }
                if type == .person, let last = tokenizer.tokenize(Array(r["name"].unicodeScalars)).last?.text, last.count > 2 {
                    surnames[Token.key(last), default: []].append(e)
                }
            }
        }

        /// A surname stands for a listed person only when no other listed person shares it
        /// (added before the generated lexicons, so "Kennedy" is the listed person before a city)
        /// and it is not an ordinary capitalised word ("May", "Chad").
        /// A father's name is no surname: "Tariq" alone is not "Khalid bin Tariq", but
        /// "bin Tariq" is, as Arabic names are shortened.
        mutating func addSurnameForms(words: [String: Set<String>], closedWords: [String: Set<String>]) {
            func patronymic(_ e: Int) -> (connector: Int, words: [String])? {
                let w = Knowledge.words(tables.entries[e].name)
                guard w.count > 2, let c = w.indices.dropFirst().last(where: { words[w[$0].lowercased()]?.contains("patronymic") == true }),
                      c < w.count - 1 else { return nil }
                return (c, w)
            }
            for (key, people) in surnames.sorted(by: { $0.key < $1.key }) where people.count == 1 && closedWords[key] == nil {
                let e = people[0]
                if let (c, w) = patronymic(e) {
                    add(w[c...].joined(separator: " "), e, .name)
                    continue
                }
                tables.forms.insert([key], Form(entry: e, kind: .name, tokens: [key.prefix(1).uppercased() + key.dropFirst()], exactCase: false))
            }
        }
    }
}
