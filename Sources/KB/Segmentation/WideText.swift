import Foundation

/// UTF-16 and UTF-32 text: decoded when a byte-order mark says which, recognised when not.
/// Their NUL bytes once had such files skipped as "binary".
enum WideText {
    /// The text, the encoding's name and how many code units could not be decoded; nil when
    /// `data` does not start with a UTF-16 or UTF-32 byte-order mark.
    static func decodeWithBOM(_ data: Data) -> (text: String, encoding: String, replaced: Int)? {
        let b = [UInt8](data.prefix(4))
        // UTF-32LE's mark starts with UTF-16LE's, so it is tested first.
        if b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return utf32(data.dropFirst(4), bigEndian: false) }
        if b.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return utf32(data.dropFirst(4), bigEndian: true) }
        if b.starts(with: [0xFF, 0xFE]) { return utf16(data.dropFirst(2), bigEndian: false) }
        if b.starts(with: [0xFE, 0xFF]) { return utf16(data.dropFirst(2), bigEndian: true) }
        return nil
    }

    static func utf16(_ data: Data, bigEndian: Bool) -> (String, String, Int) {
        let bytes = [UInt8](data)
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 0
        while i + 1 < bytes.count {
            let (hi, lo) = bigEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
            units.append(UInt16(hi) << 8 | UInt16(lo))
            i += 2
        }
        var text = String.UnicodeScalarView()
        var replaced = bytes.count % 2  // a last odd byte
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(v): text.append(v)
            case .emptyInput: break loop
            case .error: text.append("\u{FFFD}"); replaced += 1
            }
        }
        return (String(text), bigEndian ? "UTF-16BE" : "UTF-16LE", replaced)
    }

    static func utf32(_ data: Data, bigEndian: Bool) -> (String, String, Int) {
        let bytes = [UInt8](data)
        var text = String.UnicodeScalarView()
        var replaced = bytes.count % 4 == 0 ? 0 : 1
        var i = 0
        while i + 3 < bytes.count {
            let q = bigEndian ? [bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]] : [bytes[i + 3], bytes[i + 2], bytes[i + 1], bytes[i]]
            let v = q.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            if let u = Unicode.Scalar(v) { text.append(u) } else { text.append("\u{FFFD}"); replaced += 1 }
            i += 4
        }
        return (String(text), bigEndian ? "UTF-32BE" : "UTF-32LE", replaced)
    }

    /// "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when the first 8 KiB look like mostly
    /// Latin text in that encoding without a byte-order mark: NUL bytes in the high-order places
    /// and printable ASCII in the others.
    static func sniffWithoutBOM(_ data: Data) -> String? {
        let b = [UInt8](data.prefix(8192))
        guard b.count >= 8, b.contains(0) else { return nil }
        func share(_ width: Int, _ offset: Int, _ test: (UInt8) -> Bool) -> Double {
            var hits = 0, total = 0
            var i = offset
            while i < b.count { total += 1; if test(b[i]) { hits += 1 }; i += width }
            return total == 0 ? 0 : Double(hits) / Double(total)
        }
        let printable: (UInt8) -> Bool = { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        let zero: (UInt8) -> Bool = { $0 == 0 }
        if b.count % 4 == 0 {
            if share(4, 0, printable) > 0.9, share(4, 1, zero) > 0.9, share(4, 2, zero) > 0.99, share(4, 3, zero) > 0.99 { return "UTF-32LE" }
            if share(4, 3, printable) > 0.9, share(4, 2, zero) > 0.9, share(4, 1, zero) > 0.99, share(4, 0, zero) > 0.99 { return "UTF-32BE" }
        }
        if share(2, 0, printable) > 0.9, share(2, 1, zero) > 0.9 { return "UTF-16LE" }
        if share(2, 1, printable) > 0.9, share(2, 0, zero) > 0.9 { return "UTF-16BE" }
        return nil
    }
}
