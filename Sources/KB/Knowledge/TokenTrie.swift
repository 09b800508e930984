/// A trie over token keys: every lexicon entry is matched in one left-to-right pass per sentence,
/// longest entry first, instead of one search per entry.
///
/// Edges live in one open-addressing table keyed by (node, FNV-1a of the token key): the
/// generated lexicons put about 200,000 nodes in the forms trie at every start-up, and a
/// dictionary per node spent most of that time allocating and hashing strings.
public struct TokenTrie<Value: Sendable>: Sendable {
    private var edges = GrowingHashTable()
    /// Per node: its first and last value in `store` (-1: none). The values of a node are a chain
    /// through `next`, in insertion order: one flat array instead of an array per node.
    private var heads: [Int32] = [-1]
    private var tails: [Int32] = [-1]
    private var store: [Value] = []
    private var next: [Int32] = []

    public init() {}

    /// The edge key of `key` below `node`: never 0 (the table's empty mark).
    @inline(__always) private static func edge(_ node: Int, _ key: String) -> UInt64 {
        edge(node, fnv1a(key.utf8))
    }

    /// The edge key of a word with FNV-1a `hash` below `node`.
    @inline(__always) private static func edge(_ node: Int, _ hash: UInt64) -> UInt64 {
        let h = hash ^ (UInt64(truncatingIfNeeded: node) &* 0x9E37_79B9_7F4A_7C15)
        return h == 0 ? 1 : h
    }

    @inline(__always) private func child(_ node: Int, _ key: String) -> Int? {
        edges.get(Self.edge(node, key)).map { Int($0) }
    }

    /// Adds `value` under the key sequence (lower-cased token keys).
    public mutating func insert(_ keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys { node = step(node, Self.edge(node, key)) }
        append(value, at: node)
    }

    /// The child of `node` along `edge`, made if missing.
    @inline(__always) private mutating func step(_ node: Int, _ edge: UInt64) -> Int {
        if let next = edges.get(edge) { return Int(next) }
        heads.append(-1)
        tails.append(-1)
        edges.insertNew(edge, Int32(heads.count - 1))
        return heads.count - 1
    }

    private mutating func append(_ value: Value, at node: Int) {
        let v = Int32(store.count)
        store.append(value)
        next.append(-1)
        if tails[node] < 0 { heads[node] = v } else { next[Int(tails[node])] = v }
        tails[node] = v
    }

    /// Adds `value` under the words of `key`, a lower-cased key of words between single spaces
    /// ("new york"): the same as `insert(key.split(" "), value)` without a string per word, for
    /// the generated lexicons' names at start-up.
    public mutating func insert(spaced key: String, _ value: Value) {
        var key = key
        let node: Int = key.withUTF8 { b in
            var node = 0
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x20 {
                guard i > start else { start = i + 1; continue }
                node = step(node, Self.edge(node, fnv1a(UnsafeBufferPointer(rebasing: b[start..<i]))))
                start = i + 1
            }
            return node
        }
        if node > 0 { append(value, at: node) }
    }

    /// The trie as plain lists, for the entity index: every edge (sorted by key, so the same
    /// trie always gives the same bytes), the node count, and each value with its node in
    /// insertion order.
    func archived() -> (edges: [(key: UInt64, node: Int32)], nodeCount: Int, values: [(node: Int32, value: Value)]) {
        var edgeList: [(key: UInt64, node: Int32)] = []
        edgeList.reserveCapacity(heads.count)
        edges.table.forEach { edgeList.append(($0, $1)) }
        edgeList.sort { $0.key < $1.key }
        var nodeOf = [Int32](repeating: 0, count: store.count)
        for n in heads.indices {
            var v = heads[n]
            while v >= 0 {
                nodeOf[Int(v)] = Int32(n)
                v = next[Int(v)]
            }
        }
        return (edgeList, heads.count, zip(nodeOf, store).map { ($0, $1) })
    }

    /// The trie `archived()` gave.
    init(edges edgeList: [(key: UInt64, node: Int32)], nodeCount: Int, values: [(node: Int32, value: Value)]) {
        edges = GrowingHashTable(reserving: edgeList.count)
        for e in edgeList { edges.insertNew(e.key, e.node) }
        heads = Array(repeating: -1, count: max(nodeCount, 1))
        tails = heads
        store.reserveCapacity(values.count)
        next.reserveCapacity(values.count)
        for v in values { append(v.value, at: Int(v.node)) }
    }

    /// The longest entry starting at token `i` that `accept` takes: its end (exclusive) and value.
    /// `accept` sees each candidate value with the end it would have, so case rules can veto it.
    public func longestMatch(in tokens: [Token], at i: Int, accept: (Value, Int) -> Bool = { _, _ in true }) -> (end: Int, value: Value)? {
        var node = 0
        var best: (Int, Value)?
        var j = i
        // Each token's hash read in place: `tokens[j]` copied the whole token.
        let hashAt = { (j: Int) in tokens.withUnsafeBufferPointer { $0[j].keyHash } }
        while j < tokens.count, let next = edges.get(Self.edge(node, hashAt(j))).map({ Int($0) }) {
            node = next
            j += 1
            var v = heads[node]
            while v >= 0 {
                if accept(store[Int(v)], j) {
                    best = (j, store[Int(v)])
                    break
                }
                v = self.next[Int(v)]
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
        return heads[node] >= 0
    }
}
