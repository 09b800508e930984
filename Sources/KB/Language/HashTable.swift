/// 64-bit FNV-1a of UTF-8 bytes: the tagger hashes words without building strings.
@inline(__always) func fnv1a<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
    return h == 0 ? 1 : h
}

/// A fixed open-addressing table from non-zero 64-bit keys to 32-bit values: a few nanoseconds
/// a look-up, where `Dictionary` spends most of the tagger's time hashing.
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    /// Adds or replaces; `key` must not be 0.
    mutating func insert(_ key: UInt64, _ value: Int32) {
        var i = slot(key)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        keys[i] = key
        values[i] = value
    }

    /// Every key and value, in slot order.
    func forEach(_ body: (UInt64, Int32) -> Void) {
        for i in keys.indices where keys[i] != 0 { body(keys[i], values[i]) }
    }

    @inline(__always) func get(_ key: UInt64) -> Int32? {
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}

/// A `HashTable` that doubles when half full, for tables built one key at a time (the lexicon
/// tries), where the final size is not known up front.
struct GrowingHashTable: Sendable {
    /// The table as it is now (at most half full).
    private(set) var table = HashTable(capacity: 64)
    private(set) var count = 0
    private var capacity = 64

    init() {}

    /// A table that holds `count` keys without growing.
    init(reserving count: Int) {
        capacity = max(64, count)
        table = HashTable(capacity: capacity)
    }

    mutating func insert(_ key: UInt64, _ value: Int32) {
        if table.get(key) == nil { insertNew(key, value) } else { table.insert(key, value) }
    }

    /// Adds a key known to be absent (the caller has just looked it up): one probe instead of two.
    mutating func insertNew(_ key: UInt64, _ value: Int32) {
        if count + 1 > capacity {
            capacity *= 2
            var bigger = HashTable(capacity: capacity)
            table.forEach { bigger.insert($0, $1) }
            table = bigger
        }
        count += 1
        table.insert(key, value)
    }

    @inline(__always) func get(_ key: UInt64) -> Int32? { table.get(key) }
}
