/// Letter, upper-case and number tests on code points, with an ASCII path: the Unicode property
/// look-ups cost hundreds of instructions each, and the splitter and tokeniser ask them of nearly
/// every code point of a text. Outside ASCII they are the Unicode properties themselves.
extension Unicode.Scalar {
    /// Alphabetic (Unicode's `Alphabetic` property; for ASCII, A–Z and a–z).
    @inline(__always) var isLetter: Bool {
        if value < 0x80 { let folded = value | 0x20; return folded >= 0x61 && folded <= 0x7A }
        return properties.isAlphabetic
    }

    /// Upper-case (Unicode's `Uppercase` property; for ASCII, A–Z).
    @inline(__always) var isUpperCase: Bool {
        value < 0x80 ? value >= 0x41 && value <= 0x5A : properties.isUppercase
    }

    /// Has a numeric type (for ASCII, 0–9).
    @inline(__always) var isNumber: Bool {
        value < 0x80 ? value >= 0x30 && value <= 0x39 : properties.numericType != nil
    }
}

extension Array where Element == Unicode.Scalar {
    /// The code points of `text`, decoded once: `Array(text.unicodeScalars)` counts them first,
    /// which decodes the whole text a second time.
    init(scalarsOf text: String) {
        self.init()
        reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars { append(c) }
    }
}
