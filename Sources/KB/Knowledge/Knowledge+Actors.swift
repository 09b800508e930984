import Foundation

/// The generated lexicons (`scripts/gen-actors.py`, `scripts/gen-places.py`): office holders with
/// their dates, organisations, armed groups, cities and subdivisions, head words of geographic
/// names. They are loaded after every hand-kept file, so a hand-kept entry or form always wins.
extension Knowledge {
    /// An office a listed person held, with its dates (yyyy-mm-dd; nil = open).
    public struct Office: Sendable {
        /// The CAMEO code after the country ("GOV", "MIL", "ELI" = elite, not in office).
        public var code: String
        /// The office in plain English where the dictionary names it ("president"), else "".
        public var role: String
        public var country: String?
        public var start: String?
        public var end: String?

        /// Whether the office was held on the date (an ISO date; string order is date order).
        public func covers(_ date: String) -> Bool {
            (start.map { $0 <= date } ?? true) && (end.map { date <= $0 } ?? true)
        }
    }

    /// What the generated lexicons add beyond entries and forms.
    public struct Generated: Sendable {
        /// Entry → the offices the person held.
        public var offices: [Int: [Office]] = [:]
        /// Surname key → generated people with it. Never matched as a bare form: the recogniser asks
        /// for the holder in office at the document's date (18,000 people share many surnames).
        public var surnameHolders: [String: [Int]] = [:]
        /// Head word of geographic names ("islands", "strait") → its class ("landform", "water").
        public var geoHeads: [String: String] = [:]
        /// Given names of listed people (first words of their names, seen at least twice).
        public var givenNames: Set<String> = []
        /// Surnames of listed people (last words of their names).
        public var surnames: Set<String> = []
    }

    /// Which generated lexicon a file kind is, or nil for hand-kept kinds.
    static let generatedKinds: Set<String> = ["phoenix-people", "phoenix-organizations", "phoenix-groups", "geo-places", "geo-heads"]

    /// Loads the generated files into the entry table and the form trie through the same `entry`
    /// and `add` the hand-kept lexicons use. `existing` says whether a name is already an entry
    /// (a hand-kept one: its forms are not added twice).
    static func loadGenerated(
        _ files: [(kind: String, file: LexiconFile)],
        existing: (String) -> Int?,
        entry: (String, EntityType, String?) -> Int,
        add: (String, Int, Form.Kind, Bool) -> Void,
        words: [String: Set<String>]
    ) -> Generated {
        var g = Generated()
        // Order matters: people first (their names filter the one-word group names), then the rest.
        let order = ["geo-heads", "phoenix-people", "phoenix-organizations", "phoenix-groups", "geo-places"]
        let sorted = files.sorted { (order.firstIndex(of: $0.kind) ?? 9) < (order.firstIndex(of: $1.kind) ?? 9) }
        var givenCount: [String: Int] = [:]
        for (kind, file) in sorted {
            let c = Columns(file)
            switch kind {
            case "geo-heads":
                for row in file.rows { g.geoHeads[Token.key(c.field(row, "word"))] = c.field(row, "class") }
            case "phoenix-people":
                var seen: [String: Int] = [:]
                for row in file.rows {
                    let name = c.field(row, "name")
                    let e: Int
                    if let known = seen[name] { e = known } else {
                        let hand = existing(name)
                        e = hand ?? entry(name, .person, c.field(row, "country"))
                        seen[name] = e
                        let words = name.split(separator: " ")
                        // One-word forms never enter the trie: "Ali" or "Kim" alone is nobody in particular.
                        if hand == nil, words.count > 1 {
                            add(name, e, .name, false)
                            for alias in c.list(row, "aliases") where alias.contains(" ") { add(alias, e, .name, false) }
                        }
                        if words.count > 1, let last = words.last, last.count > 2 {
                            let key = Token.key(String(last))
                            g.surnameHolders[key, default: []].append(e)
                            g.surnames.insert(key)
                            givenCount[Token.key(String(words[0])), default: 0] += 1
                        }
                    }
                    let office = Office(code: c.field(row, "role_code"), role: c.field(row, "role"),
                                        country: c.nonEmpty(row, "country"), start: c.nonEmpty(row, "start"), end: c.nonEmpty(row, "end"))
                    g.offices[e, default: []].append(office)
                }
                g.givenNames = Set(givenCount.filter { $0.value >= 2 && words[$0.key] == nil }.map(\.key))
            case "phoenix-organizations", "phoenix-groups":
                for row in file.rows {
                    let name = c.field(row, "name")
                    guard existing(name) == nil else { continue }
                    if !name.contains(" ") {
                        // One-word names: not a person's name listed as a group synonym ("Eyal"), not a
                        // closed-class word of ours.
                        let key = Token.key(name)
                        if g.givenNames.contains(key) || g.surnames.contains(key) || words[key] != nil { continue }
                    }
                    let e = entry(name, .organization, c.nonEmpty(row, "country"))
                    add(name, e, .name, false)
                    for alias in c.list(row, "aliases") { add(alias, e, .name, false) }
                }
            case "geo-places":
                for row in file.rows {
                    let name = c.field(row, "name")
                    guard existing(name) == nil else { continue }
                    // A city that is also a common given name or surname, or several places' name,
                    // counts only where the text says it is a place ("in Victoria").
                    let flags = c.field(row, "flags")
                    let weak = flags.contains("given-name") || flags.contains("surname") || flags.contains("ambiguous")
                    let e = entry(name, .location, c.nonEmpty(row, "country"))
                    add(name, e, .name, weak)
                    for alias in c.list(row, "aliases") { add(alias, e, .name, weak) }
                }
            default:
                continue
            }
        }
        return g
    }

    /// Column look-up once per file rather than once per field: 30,000 rows are read at start-up.
    struct Columns {
        let index: [String: Int]
        init(_ file: LexiconFile) {
            var index: [String: Int] = [:]
            for (i, c) in file.columns.enumerated() { index[c] = i }
            self.index = index
        }
        func field(_ row: [String], _ column: String) -> String { index[column].map { row[$0] } ?? "" }
        func nonEmpty(_ row: [String], _ column: String) -> String? {
            let v = field(row, column)
            return v.isEmpty ? nil : v
        }
        func list(_ row: [String], _ column: String) -> [String] {
            field(row, column).split(separator: "|").map(String.init).filter { !$0.isEmpty }
        }
    }

    /// The generated person with this surname in office on `date`, when exactly one is.
    public func holder(surname key: String, on date: String) -> Int? {
        guard let people = generated.surnameHolders[key] else { return nil }
        let inOffice = people.filter { e in
            (generated.offices[e] ?? []).contains { $0.code != "ELI" && ($0.start != nil || $0.end != nil) && $0.covers(date) }
        }
        return Set(inOffice).count == 1 ? inOffice[0] : nil
    }
}
