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
        /// Entry → its rows of the people lexicon; offices are read from them when asked for.
        var officeRows: [Int: Range<Int>] = [:]
        var people: (rows: [[String]], columns: [String: Int]) = ([], [:])

        /// The offices a generated person held (empty for anyone else).
        public func offices(of entry: Int) -> [Office] {
            guard let range = officeRows[entry] else { return [] }
            func f(_ row: [String], _ c: String) -> String? { people.columns[c].flatMap { row[$0].isEmpty ? nil : row[$0] } }
            return people.rows[range].map { row in
                Office(code: f(row, "role_code") ?? "", role: f(row, "role") ?? "", country: f(row, "country"), start: f(row, "start"), end: f(row, "end"))
            }
        }
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

    /// Starts reading the tagger's weights on another core while the generated lexicons load: both
    /// are needed before the first document. It starts once the generated files are parsed, not
    /// before: on two cores the parse, the hand-kept lexicons and the tagger would otherwise share
    /// them, and the generated load would wait longer for its files.
    @Sendable static func startTaggerLoad() {
        DispatchQueue.global(qos: .userInitiated).async { _ = TaggerModel.builtIn }
    }

    /// Parses the generated lexicon files on background threads, one each, in the order given.
    final class GeneratedParse: @unchecked Sendable {
        private var results: [Result<LexiconFile, Error>?]
        private let lock = NSLock()
        private let group = DispatchGroup()

        private let kinds: [String]

        init(_ files: [(name: String, text: String)], then: (@Sendable () -> Void)? = nil) {
            results = Array(repeating: nil, count: files.count)
            kinds = files.map { Knowledge.kind(name: $0.name, text: $0.text) }
            for (i, f) in files.enumerated() {
                DispatchQueue.global(qos: .userInitiated).async(group: group) {
                    let r = Result { try LexiconFile(name: f.name, text: f.text) }
                    self.lock.withLock { self.results[i] = r }
                }
            }
            if let then { group.notify(queue: .global(qos: .userInitiated), execute: then) }
        }

        /// The parsed files with their kinds, once every one is parsed; the first error is thrown.
        func files() throws -> [(kind: String, file: LexiconFile)] {
            group.wait()
            return try zip(kinds, lock.withLock { results }).map { kind, r in (kind, try r!.get()) }
        }
    }

    /// Which generated lexicon a file kind is, or nil for hand-kept kinds.
    static let generatedKinds: Set<String> = ["phoenix-people", "phoenix-organizations", "phoenix-groups", "geo-places", "geo-heads"]

    /// Loads the generated files into the entry table and the form trie through the same `entry`
    /// and `add` the hand-kept lexicons use. `entry` takes the name and its key, computed once, and
    /// finds or makes the entry: `isNew` is false when the key is already one (a hand-kept entry,
    /// whose forms are not added twice, or an earlier generated one).
    static func loadGenerated(
        _ files: [(kind: String, file: LexiconFile)],
        entry: (String, String, EntityType, String?) -> (index: Int, isNew: Bool),
        add: (String, String?, Int, Form.Kind, Bool) -> Void,
        words: [String: Set<String>]
    ) -> Generated {
        var g = Generated()
        // Order matters: people first (their names filter the one-word group names), then the rest.
        let order = ["geo-heads", "phoenix-people", "phoenix-organizations", "phoenix-groups", "geo-places"]
        let sorted = files.sorted { (order.firstIndex(of: $0.kind) ?? 9) < (order.firstIndex(of: $1.kind) ?? 9) }
        var givenCount: [String: Int] = [:]
        for (kind, file) in sorted {
            let clock = StartupClock()
            defer { clock.report(kind) }
            let c = Columns(file)
            switch kind {
            case "geo-heads":
                for row in file.rows { g.geoHeads[Token.key(c.field(row, "word"))] = c.field(row, "class") }
            case "phoenix-people":
                let (iName, iAliases, iCountry) = (c.index["name"] ?? 0, c.index["aliases"], c.index["country"])
                var previous = ""
                var e = 0
                var first = 0
                for (r, row) in file.rows.enumerated() {
                    let name = row[iName]
                    // Rows of one person are consecutive (the file is sorted by name).
                    if name == previous { continue }
                    if r > 0 { g.officeRows[e] = first..<r }
                    previous = name
                    first = r
                    let key = Token.key(name)
                    let made = entry(name, key, .person, iCountry.map { row[$0] })
                    e = made.index
                    let (first, last) = Knowledge.firstAndLastWord(key)
                    // One-word forms never enter the trie: "Ali" or "Kim" alone is nobody in particular.
                    guard let first else { continue }
                    if made.isNew {
                        add(name, key, e, .name, false)
                        if let a = iAliases, !row[a].isEmpty {
                            for alias in Knowledge.split(row[a], on: 0x7C) where alias.utf8.contains(0x20) {
                                add(alias, nil, e, .name, false)
                            }
                        }
                    }
                    if last.utf8.count > 2 {
                        g.surnameHolders[last, default: []].append(e)
                        givenCount[first, default: 0] += 1
                    }
                }
                if !file.rows.isEmpty { g.officeRows[e] = first..<file.rows.count }
                g.people = (file.rows, c.index)
                g.surnames = Set(g.surnameHolders.keys)
                g.givenNames = Set(givenCount.filter { $0.value >= 2 && words[$0.key] == nil }.map(\.key))
            case "phoenix-organizations", "phoenix-groups":
                for row in file.rows {
                    let name = c.field(row, "name")
                    let key = Token.key(name)
                    // One-word names: not a person's name listed as a group synonym ("Eyal"), not a
                    // closed-class word of ours.
                    if !name.utf8.contains(0x20), g.givenNames.contains(key) || g.surnames.contains(key) || words[key] != nil { continue }
                    let (e, isNew) = entry(name, key, .organization, c.nonEmpty(row, "country"))
                    guard isNew else { continue }
                    add(name, key, e, .name, false)
                    for alias in c.list(row, "aliases") { add(alias, nil, e, .name, false) }
                }
            case "geo-places":
                for row in file.rows {
                    let name = c.field(row, "name")
                    let key = Token.key(name)
                    // A city that is also a common given name or surname, or several places' name,
                    // counts only where the text says it is a place ("in Victoria").
                    let flags = c.field(row, "flags")
                    let weak = !flags.isEmpty && flags.split(separator: ",").contains { $0 == "given-name" || $0 == "surname" || $0 == "ambiguous" }
                    let (e, isNew) = entry(name, key, .location, c.nonEmpty(row, "country"))
                    guard isNew else { continue }
                    add(name, key, e, .name, weak)
                    for alias in c.list(row, "aliases") { add(alias, nil, e, .name, weak) }
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
            let v = field(row, column)
            if v.isEmpty { return [] }
            return Knowledge.split(v, on: 0x7C)
        }
    }

    /// The generated person with this surname in office on `date`, when exactly one is.
    public func holder(surname key: String, on date: String) -> Int? {
        guard let people = generated.surnameHolders[key] else { return nil }
        let inOffice = people.filter { e in
            generated.offices(of: e).contains { $0.code != "ELI" && ($0.start != nil || $0.end != nil) && $0.covers(date) }
        }
        return Set(inOffice).count == 1 ? inOffice[0] : nil
    }
}

/// With `KB_TIMING` set, prints how long start-up steps took (milliseconds since the clock was
/// made) to standard error: the load-time target is measured with it.
struct StartupClock {
    let start = DispatchTime.now().uptimeNanoseconds
    static let enabled = ProcessInfo.processInfo.environment["KB_TIMING"] != nil

    func report(_ what: String) {
        guard Self.enabled else { return }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        FileHandle.standardError.write(Data("\(what): \(String(format: "%.1f", ms)) ms\n".utf8))
    }
}
