/// A trie over token keys: every lexicon entry is matched in one left-to-right pass per sentence,
/// longest entry first, instead of one search per entry.
public struct TokenTrie<Value: Sendable>: Sendable {
    private var children: [[String: Int]] = [[:]]
    private var values: [[Value]] = [[]]

    public init() {}

    /// Adds `value` under the key sequence (lower-cased token keys).
    public mutating func insert(_ keys: [String], _ value: Value) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = children[node][key] {
                node = next
            } else {
                children.append([:])
                values.append([])
                children[node][key] = children.count - 1
                node = children.count - 1
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
        while j < tokens.count, let next = children[node][tokens[j].key] {
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
            guard let next = children[node][key] else { return false }
            node = next
        }
        return !values[node].isEmpty
    }
}
