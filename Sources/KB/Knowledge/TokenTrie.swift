/// A trie over token keys: every lexicon entry is matched in one left-to-right pass per sentence,
/// longest entry first, instead of one search per entry.
///
/// Edges live in one open-addressing table keyed by (node, FNV-1a of the token key): the
/// generated lexicons put about 200,000 nodes in the forms trie at every start-up, and a
/// dictionary per node spent most of that time allocating and hashing strings.
public struct TokenTrie<Value: Sendable>: Sendable {
    private var edges = GrowingHashTable()
    private var values: [[Value]] = [[]]

    public init() {}

    /// The edge key of `key` below `node`: never 0 (the table's empty mark).
    @inline(__always) private static func edge(_ node: Int, _ key: String) -> UInt64 {
        let h = fnv1a(key.utf8) ^ (UInt64(truncatingIfNeeded: node) &* 0x9E37_79B9_7F4A_7C15)
        return h == 0 ? 1 : h
    }

    @inline(__always) private func child(_ node: Int, _ key: String) -> Int? {
        edges.get(Self.edge(node, key)).map { Int($0) }
    }

    /// Adds `value` under the key sequence (lower-cased token keys).
    public mutating func insert(_ keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = child(node, key) {
                node = next
            } else {
                values.append([])
                edges.insert(Self.edge(node, key), Int32(values.count - 1))
                node = values.count - 1
            }
        }
        values[node].append(value)
    }

    /// The longest entry starting at token `i` that `accept` takes: its end (exclusive) and value.
    /// `accept` sees each candidate value with the end it would have, so case rules can veto it.
    public func longestMatch(in tokens: [Token], at i: Int, accept: (Value, Int) -> Bool = { _, _ in true }) -> (end: Int, value: Value)? {
        var node = 0
        var best: (Int, Value)?
        var j = i
        while j < tokens.count, let next = child(node, tokens[j].key) {
            node = next
            j += 1
            for v in values[node] where accept(v, j) {
                best = (j, v)
                break
            }
        }
        return best
    }

    /// Whether the exact key sequence is an entry.
    public func contains(_ keys: [String]) -> Bool {
        var node = 0
        for key in keys {
            guard let next = child(node, key) else { return false }
            node = next
        }
        return !values[node].isEmpty
    }
}
