/// Read-mostly tables of the entity lexicons keyed by the 64-bit FNV-1a of a key's UTF-8 bytes
/// alone, without the key: the entity index stores 40,000 names and 15,000 surnames, and making
/// a `String` and a `Dictionary` slot for each cost a third of its start-up. Two different keys
/// share a hash with odds of about 10⁻¹⁰ among these tables' keys; a look-up of an absent key
/// finds a wrong entry with odds of 10⁻¹⁵.

/// Entries by lower-cased canonical name (`Knowledge.entryByName`).
public struct EntryNameTable: Sendable {
    private var table = GrowingHashTable()

    init() {}

    /// How many names the table has.
    public var count: Int { table.count }

    /// The entry named `key` (a lower-cased name), or nil.
    public subscript(key: String) -> Int? { table.get(fnv1a(key.utf8)).map(Int.init) }

    /// The entry named `key`, or nil after making it name `next`: one look-up for both.
    mutating func claim(_ key: String, next: Int) -> Int? {
        let h = fnv1a(key.utf8)
        if let e = table.get(h) { return Int(e) }
        table.insertNew(h, Int32(next))
        return nil
    }

    /// Every hash and entry, by hash: the same table always gives the same list.
    func archived() -> [(hash: UInt64, entry: Int32)] {
        var out: [(hash: UInt64, entry: Int32)] = []
        table.table.forEach { out.append(($0, $1)) }
        return out.sorted { $0.hash < $1.hash }
    }

    /// The table `archived()` gave.
    init(archived: [(hash: UInt64, entry: Int32)]) {
        table = GrowingHashTable(reserving: archived.count)
        for a in archived { table.insertNew(a.hash, a.entry) }
    }
}

/// Lists of entry numbers by key (`Knowledge.Generated.surnameHolders`: surname → the people
/// with it), in one flat array.
public struct KeyedLists: Sendable {
    private var table = HashTable(capacity: 0)
    /// List k is `items[starts[k]..<starts[k + 1]]`; `hashes[k]` is its key's hash.
    private(set) var hashes: [UInt64] = []
    private(set) var starts: [Int32] = [0]
    private(set) var items: [Int32] = []

    public init() {}

    /// The lists of a dictionary, in key order (the same lists always give the same table).
    init(_ lists: [String: [Int]]) {
        var hashes: [UInt64] = []
        var starts: [Int32] = [0]
        var items: [Int32] = []
        for (key, list) in lists.sorted(by: { $0.key < $1.key }) {
            hashes.append(fnv1a(key.utf8))
            items += list.map { Int32($0) }
            starts.append(Int32(items.count))
        }
        self.init(hashes: hashes, starts: starts, items: items)
    }

    /// The table of lists stored as they are kept.
    init(hashes: [UInt64], starts: [Int32], items: [Int32]) {
        (self.hashes, self.starts, self.items) = (hashes, starts, items)
        table = HashTable(capacity: hashes.count)
        for (k, h) in hashes.enumerated() { table.insert(h, Int32(k)) }
    }

    /// How many keys have a list.
    public var count: Int { hashes.count }

    /// The list of `key`, or nil.
    public subscript(key: String) -> [Int]? {
        guard let k = table.get(fnv1a(key.utf8)).map(Int.init) else { return nil }
        return items[Int(starts[k])..<Int(starts[k + 1])].map(Int.init)
    }

    /// Whether `key` has a list.
    public func contains(_ key: String) -> Bool { table.get(fnv1a(key.utf8)) != nil }
}

/// The names and aliases of every entry as written in its lexicon (`Knowledge.names(of:)`), as
/// bytes: read only when a rule asks for one entry's names.
struct NameLists: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Entry → where its list starts in `bytes`.
    private(set) var starts: [Int32] = []

    init() {}

    init(_ lists: [[String]]) {
        var w = ByteWriter()
        starts.reserveCapacity(lists.count)
        for list in lists {
            starts.append(Int32(w.bytes.count))
            w.strings(list)
        }
        bytes = w.bytes
    }

    init(bytes: [UInt8], starts: [Int32]) {
        (self.bytes, self.starts) = (bytes, starts)
    }

    /// The names of entry `e`.
    func names(of e: Int) -> [String] {
        guard e >= 0, e < starts.count else { return [] }
        return bytes.withUnsafeBufferPointer { b in
            var r = ByteReader(b, at: Int(starts[e]))
            return (try? r.strings()) ?? []
        }
    }
}
