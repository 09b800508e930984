/// A read-only table from strings to values for the look-ups rules make on every token (word
/// classes, pattern anchors): keys are found by FNV-1a of their UTF-8 bytes and then compared,
/// where a `Dictionary` seeds and finalises SipHash for each look-up (a sixth of an ingest went
/// to hashing token keys).
struct StringTable<Value: Sendable>: Sendable {
    private var hashes: [UInt64]
    private var slots: [Int32]
    private var entries: [(key: String, value: Value)] = []
    private let mask: Int

    init(_ dictionary: [String: Value]) {
        var size = 16
        while size < dictionary.count * 2 { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        // Sorted, so the table is the same in every run (a dictionary's order is not).
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
            let h = fnv1a(key.utf8)
            var i = Self.slot(h, mask)
            while slots[i] >= 0 { i = (i + 1) & mask }
            hashes[i] = h
            slots[i] = Int32(entries.count)
            entries.append((key, value))
        }
    }

    @inline(__always) private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value of `key`, or nil.
    @inline(__always) subscript(key: String) -> Value? {
        self[hash: fnv1a(key.utf8), key: key]
    }

    /// The value of token `i`'s key, read in place (no copy of the token).
    @inline(__always) subscript(_ tokens: [Token], _ i: Int) -> Value? {
        tokens.withUnsafeBufferPointer { self[hash: $0[i].keyHash, key: $0[i].key] }
    }

    /// The value of `key`, whose FNV-1a is `h` (computed once when a token is made).
    @inline(__always) subscript(hash h: UInt64, key key: String) -> Value? {
        var i = Self.slot(h, mask)
        while slots[i] >= 0 {
            if hashes[i] == h {
                let e = entries[Int(slots[i])]
                if e.key == key { return e.value }
            }
            i = (i + 1) & mask
        }
        return nil
    }
}

/// The closed classes of one word as bits, one per class name in `Knowledge.wordClassNames`.
struct WordClassBits: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    mutating func insert(_ bit: Int) {
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    @inline(__always) func contains(_ bit: Int) -> Bool {
        bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }
}
