/// The one table of quotation marks every stage reads: which marks open a quotation, which close
/// one, and which (the straight mark) do either.
///
/// Double-level marks only: a single curly mark is far more often an apostrophe ("Kyiv’s") than
/// a quotation, so ‘ ’ ‚ are not listed.
public enum QuotationMarks {
    public enum Role: Sendable { case opening, closing, either }

    /// Every listed mark with its role: English “ ”, straight ", French « » and ‹ ›, German and
    /// Polish „ (closed by “ or ”).
    static let table: [Unicode.Scalar: Role] = [
        "\u{201C}": .opening, "\u{201D}": .closing, "\"": .either,
        "\u{00AB}": .opening, "\u{00BB}": .closing, "\u{2039}": .opening, "\u{203A}": .closing,
        "\u{201E}": .opening,
    ]

    /// The role of a one-character token, or nil when it is no quotation mark.
    public static func role(of text: String) -> Role? {
        // Asked of every token by several stages: one scalar read, no count of the whole text,
        // and no table look-up for ASCII other than the straight mark.
        var scalars = text.unicodeScalars.makeIterator()
        guard let c = scalars.next(), scalars.next() == nil else { return nil }
        if c.value < 0x80 { return c == "\"" ? .either : nil }
        return table[c]
    }

    /// Whether the token is any quotation mark.
    public static func isMark(_ text: String) -> Bool { role(of: text) != nil }

    /// Whether `text` closes a quotation opened by `opener`: „ is closed by “ as well as ”.
    public static func closes(_ text: String, opener: String) -> Bool {
        switch role(of: text) {
        case .closing?, .either?: return true
        case .opening?: return opener == "\u{201E}" && text == "\u{201C}"
        case nil: return false
        }
    }
}
