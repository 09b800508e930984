/// The few literal words of a pattern unit ("warn|warned"), asked about at every token a pattern
/// tries: each word's FNV-1a is kept, so a token is compared by the hash it was made with and then
/// by its key, where a `Set<String>` hashed the token's key with SipHash at every question (a
/// thirtieth of an ingest).
public struct WordSet: Sendable, Equatable, ExpressibleByArrayLiteral {
    /// The words, sorted: two sets of the same words are equal.
    public let keys: [String]
    private let hashes: [UInt64]

    public init<S: Sequence>(_ words: S) where S.Element == String {
        keys = Array(Set(words)).sorted()
        hashes = keys.map { fnv1a($0.utf8) }
    }

    public init(arrayLiteral words: String...) { self.init(words) }

    /// Whether the token's key is one of the words.
    @inline(__always) public func contains(_ token: Token) -> Bool {
        for n in hashes.indices where hashes[n] == token.keyHash && keys[n] == token.key { return true }
        return false
    }

    /// Whether token `i`'s key is one of the words, read in place (no copy of the token).
    @inline(__always) public func contains(_ tokens: [Token], _ i: Int) -> Bool {
        tokens.withUnsafeBufferPointer { b in
            for n in hashes.indices where hashes[n] == b[i].keyHash && keys[n] == b[i].key { return true }
            return false
        }
    }

    public static func == (a: WordSet, b: WordSet) -> Bool { a.keys == b.keys }
}
