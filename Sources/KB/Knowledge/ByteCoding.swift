/// A little binary format for the entity index and the office table: unsigned LEB128 integers,
/// fixed 64-bit words and length-prefixed UTF-8 strings, read back in the order written.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ v: Int) {
        precondition(v >= 0, "ByteWriter stores non-negative integers")
        var v = UInt(v)
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func word(_ v: UInt64) {
        for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(k)))) }
    }

    mutating func string(_ s: String) {
        int(s.utf8.count)
        bytes.append(contentsOf: s.utf8)
    }

    /// A string or nothing: 0 for nil, else its length + 1 and its bytes.
    mutating func optional(_ s: String?) {
        guard let s else { return int(0) }
        int(s.utf8.count + 1)
        bytes.append(contentsOf: s.utf8)
    }

    mutating func raw(_ b: [UInt8]) { bytes += b }

    mutating func strings(_ list: [String]) {
        int(list.count)
        list.forEach { string($0) }
    }
}

/// Reads what `ByteWriter` wrote. Reading past the end throws: a damaged index is refused and the
/// lexicons are compiled instead.
struct ByteReader {
    struct Truncated: Error {}
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var atEnd: Bool { offset >= bytes.count }

    @inline(__always) mutating func int() throws -> Int {
        var v = 0
        var shift = 0
        while true {
            guard offset < bytes.count, shift < 63 else { throw Truncated() }
            let b = bytes[offset]
            offset += 1
            v |= Int(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }

    /// How many items follow: at most the bytes left, as each takes one at least (a damaged
    /// count would otherwise reserve memory it cannot have).
    mutating func count() throws -> Int {
        let v = try int()
        guard v <= bytes.count - offset else { throw Truncated() }
        return v
    }

    /// An integer that must be below `limit` (an index into a table read before it).
    mutating func index(below limit: Int) throws -> Int {
        let v = try int()
        guard v < limit else { throw Truncated() }
        return v
    }

    mutating func word() throws -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Truncated() }
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[offset + k]) << (8 * UInt64(k)) }
        offset += 8
        return v
    }

    @inline(__always) mutating func string() throws -> String {
        try text(length: try int())
    }

    mutating func optional() throws -> String? {
        let n = try int()
        return n == 0 ? nil : try text(length: n - 1)
    }

    mutating func raw(count n: Int) throws -> [UInt8] {
        guard n >= 0, offset + n <= bytes.count else { throw Truncated() }
        defer { offset += n }
        return Array(bytes[offset..<(offset + n)])
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    @inline(__always) private mutating func text(length n: Int) throws -> String {
        guard n >= 0, offset + n <= bytes.count else { throw Truncated() }
        defer { offset += n }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + n)]), as: UTF8.self)
    }
}
