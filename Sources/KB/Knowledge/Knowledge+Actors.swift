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
        /// The offices of generated people, read when asked for.
        var officeTable = OfficeTable()

        /// The offices a generated person held (empty for anyone else).
        public func offices(of entry: Int) -> [Office] { officeTable.offices(of: entry) }
        /// Surname key → generated people with it. Never matched as a bare form: the recogniser asks
        /// for the holder in office at the document's date (18,000 people share many surnames).
        public var surnameHolders = KeyedLists()
        /// Head word of geographic names ("islands", "strait") → its class ("landform", "water").
        public var geoHeads: [String: String] = [:]
        /// Given names of listed people (first words of their names, seen at least twice).
        public var givenNames: Set<String> = []
    }

    /// Starts reading the tagger's weights on another core while the lexicons load: both are
    /// needed before the first document. With the entity index (the built-in lexicons) it starts
    /// at once. When the generated files are compiled from text it starts once they are parsed, not
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

    /// The offices of generated people, encoded once per person: 26,000 rows are kept as bytes
    /// and decoded only for the surnames a document asks about.
    struct OfficeTable: Sendable {
        private(set) var bytes: [UInt8] = []
        /// Entry → where its offices start in `bytes`.
        private(set) var start: [Int: Int] = [:]

        init() {}

        init(bytes: [UInt8], start: [Int: Int]) {
            self.bytes = bytes
            self.start = start
        }

        /// Stores the offices in `rows` (one person's rows of the people lexicon) for `entry`.
        mutating func add(entry: Int, rows: ArraySlice<[String]>, columns c: Columns) {
            var w = ByteWriter()
            w.int(rows.count)
            for row in rows {
                w.string(c.field(row, "role_code"))
                w.string(c.field(row, "role"))
                for column in ["country", "start", "end"] { w.optional(c.nonEmpty(row, column)) }
            }
            start[entry] = bytes.count
            bytes += w.bytes
        }

        func offices(of entry: Int) -> [Office] {
            guard let at = start[entry] else { return [] }
            return bytes.withUnsafeBufferPointer { b in
                var r = ByteReader(b, at: at)
                let n = (try? r.int()) ?? 0
                return (0..<n).compactMap { _ in
                    try? Office(code: r.string(), role: r.string(), country: r.optional(), start: r.optional(), end: r.optional())
                }
            }
        }
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

extension Knowledge.EntityBuilder {
    /// Loads the generated files into the entry table and the form trie through the same
    /// `findOrMake` and `add` the hand-kept lexicons use, with each name's key computed once.
    /// `isNew` is false when the key is already an entry (a hand-kept one, whose forms are not
    /// added twice, or an earlier generated one).
    mutating func addGenerated(_ files: [(kind: String, file: LexiconFile)], words: [String: Set<String>]) {
        var g = Knowledge.Generated()
        // Order matters: people first (their names filter the one-word group names), then the rest.
        let order = ["geo-heads", "phoenix-people", "phoenix-organizations", "phoenix-groups", "geo-places"]
        let sorted = files.sorted { (order.firstIndex(of: $0.kind) ?? 9) < (order.firstIndex(of: $1.kind) ?? 9) }
        var givenCount: [String: Int] = [:]
        for (kind, file) in sorted {
            let clock = StartupClock()
            defer { clock.report(kind) }
            let c = Knowledge.Columns(file)
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
                    if r > 0 { g.officeTable.add(entry: e, rows: file.rows[first..<r], columns: c) }
                    previous = name
                    first = r
                    let key = Token.key(name)
                    let made = findOrMake(name, .person, country: iCountry.map { row[$0] }, key: key)
                    e = made.index
                    let (first, last) = Knowledge.firstAndLastWord(key)
                    // One-word forms never enter the trie: "Ali" or "Kim" alone is nobody in particular.
                    guard let first else { continue }
                    if made.isNew {
                        add(name, e, .name, key: key)
                        if let a = iAliases, !row[a].isEmpty {
                            for alias in Knowledge.split(row[a], on: 0x7C) where alias.utf8.contains(0x20) {
                                add(alias, e, .name)
                            }
                        }
                    }
                    if last.utf8.count > 2 {
                        surnameHolders[last, default: []].append(e)
                        givenCount[first, default: 0] += 1
                    }
                }
                if !file.rows.isEmpty { g.officeTable.add(entry: e, rows: file.rows[first...], columns: c) }
                g.givenNames = Set(givenCount.filter { $0.value >= 2 && words[$0.key] == nil }.map(\.key))
            case "phoenix-organizations", "phoenix-groups":
                for row in file.rows {
                    let name = c.field(row, "name")
                    let key = Token.key(name)
                    // One-word names: not a person's name listed as a group synonym ("Eyal"), not a
                    // closed-class word of ours.
                    if !name.utf8.contains(0x20), g.givenNames.contains(key) || surnameHolders[key] != nil || words[key] != nil { continue }
                    let (e, isNew) = findOrMake(name, .organization, country: c.nonEmpty(row, "country"), key: key)
                    guard isNew else { continue }
                    add(name, e, .name, key: key)
                    for alias in c.list(row, "aliases") { add(alias, e, .name) }
                }
            case "geo-places":
                for row in file.rows {
                    let name = c.field(row, "name")
                    let key = Token.key(name)
                    // A city that is also a common given name or surname, or several places' name,
                    // counts only where the text says it is a place ("in Victoria").
                    let flags = c.field(row, "flags")
                    let weak = !flags.isEmpty && flags.split(separator: ",").contains { $0 == "given-name" || $0 == "surname" || $0 == "ambiguous" }
                    let (e, isNew) = findOrMake(name, .location, country: c.nonEmpty(row, "country"), key: key)
                    guard isNew else { continue }
                    add(name, e, .name, weak: weak, key: key)
                    for alias in c.list(row, "aliases") { add(alias, e, .name, weak: weak) }
                }
            default:
                continue
            }
        }
        tables.generated = g
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
