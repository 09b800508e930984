/// A listed name of letters and digits between single spaces ("New York", "São Tomé", "17
/// Meridian"), read in one pass over its bytes or scalars: its key, how many words it has, which
/// of them start with a capital, and whether it is a short acronym.
///
/// The tokenizer gives such a name the same tokens (one per word, keyed by lower case), so a
/// lexicon form is made without it. This is the start-up path of the generated lexicons, about
/// 40,000 names at every run; `Knowledge.init` falls back to the tokenizer for every other name
/// (hyphens, apostrophes, dots, combining marks), and a test checks that both agree on every
/// embedded name.
struct PlainName {
    /// The lower-case key: the words' keys joined by single spaces.
    var key: String
    /// How many words (tokens) the name has.
    var count: Int
    /// Bit k is set when word k starts with a capital (as `Knowledge.Form.capitals`).
    var capitals: UInt64
    /// One word whose letters are at most five, all capitals ("NATO", "G7"): matched letter for letter.
    var isAcronym: Bool

    /// Nil unless the name is plain. `key`, when given, is the name's `Token.key` already computed.
    init?(_ name: String, key: String? = nil) {
        var name = name
        guard var shape = name.withUTF8(Self.asciiShape) else { return nil }
        if shape.ascii == false {
            guard let scalars = Self.scalarShape(name) else { return nil }
            shape = scalars
        }
        let (words, capitals, letters, upper, last) = (shape.words, shape.capitals, shape.letters, shape.upper, shape.last)
        guard words > 0, last != 0x20 else { return nil }
        self.key = key ?? Token.key(name)
        self.count = words
        self.capitals = capitals
        self.isAcronym = words == 1 && letters <= 5 && letters == upper
    }

    private typealias Shape = (words: Int, capitals: UInt64, letters: Int, upper: Int, last: UInt8, ascii: Bool)

    /// The shape of an ASCII name; `ascii` false (and the rest unread) at its first other byte;
    /// nil if a byte is neither a letter, a digit nor a single space.
    private static func asciiShape(_ bytes: UnsafeBufferPointer<UInt8>) -> Shape? {
        var previous: UInt8 = 0x20
        var capitals: UInt64 = 0
        var words = 0
        var letters = 0
        var upper = 0
        for b in bytes {
            if b >= 0x80 { return (0, 0, 0, 0, 0, false) }
            let isUpper = b >= 0x41 && b <= 0x5A
            let isLower = b >= 0x61 && b <= 0x7A
            let isDigit = b >= 0x30 && b <= 0x39
            if !(isUpper || isLower || isDigit) && !(b == 0x20 && previous != 0x20) { return nil }
            if previous == 0x20, b != 0x20 {
                if isUpper, words < 64 { capitals |= 1 << UInt64(words) }
                words += 1
            }
            if isUpper || isLower { letters += 1 }
            if isUpper { upper += 1 }
            previous = b
        }
        return (words, capitals, letters, upper, previous, true)
    }

    /// The same count over scalars, for a name with non-ASCII letters: nil if any scalar is not a
    /// letter or digit that starts its own character (a combining mark would join the one before).
    private static func scalarShape(_ name: String) -> Shape? {
        var previousSpace = true
        var words = 0
        var capitals: UInt64 = 0
        var letters = 0
        var upper = 0
        for s in name.unicodeScalars {
            if s == " " {
                if previousSpace { return nil }
                previousSpace = true
                continue
            }
            let p = s.properties
            switch p.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .otherLetter, .decimalNumber: break
            default: return nil
            }
            let isUpper = p.generalCategory == .uppercaseLetter
            if previousSpace {
                if isUpper, words < 64 { capitals |= 1 << UInt64(words) }
                words += 1
            }
            if p.generalCategory != .decimalNumber { letters += 1 }
            if isUpper { upper += 1 }
            previousSpace = false
        }
        return (words, capitals, letters, upper, previousSpace ? 0x20 : 0x41, false)
    }
}
