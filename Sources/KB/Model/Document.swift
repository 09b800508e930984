/// The shared document model every pipeline stage reads and extends.
///
/// Offsets are Unicode code points into `text`, the normalised text that is stored,
/// so `substr(text, start + 1, end - start)` in SQLite returns the same span.
public struct AnalyzedDocument: Sendable {
    /// Where the text came from: a path, or "-" for standard input.
    public var source: String
    public var format: SourceFormat
    /// The normalised text all offsets refer to.
    public var text: String
    /// `text` as code points, so a span is an O(1) slice.
    public var scalars: [Unicode.Scalar]
    public var title: String?
    public var author: String?
    /// ISO date (yyyy-mm-dd) when the article gives one.
    public var published: String?
    /// The first paragraph is a headline (set by the metadata stage, read by the splitter).
    public var hasHeadline = false
    public var sentences: [Sentence] = []
    /// Entities this document mentions; mentions point into this array.
    public var entities: [LocalEntity] = []
    public var statements: [Statement] = []
    public var relations: [Relation] = []
    public var roles: [Role] = []

    public init(source: String, format: SourceFormat, text: String) {
        self.source = source
        self.format = format
        self.text = text
        self.scalars = [Unicode.Scalar](scalarsOf: text)
    }

    /// The text between two code-point offsets.
    public func slice(_ start: Int, _ end: Int) -> String {
        String(scalars: scalars[max(0, start)..<min(end, scalars.count)])
    }
}

/// How the input was written before normalisation.
public enum SourceFormat: String, Sendable, CaseIterable {
    case text, markdown, html
}

/// One sentence with its tokens and the entity mentions found in it.
public struct Sentence: Sendable {
    public var ordinal: Int
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var tokens: [Token] = []
    public var mentions: [Mention] = []
    /// True for a headline: title case there is no evidence of a name.
    public var isHeadline = false
    /// The full date the sentence gives ("on June 9, 2010"), as yyyy-mm-dd.
    public var date: String?
    /// Noun phrases and verb groups, filled by `PhraseChunker`.
    public var phrases = SentencePhrases()
}

/// A word, number or punctuation mark, with its code-point span.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable { case word, number, punct }
    /// The token as written; its case flags are read from it once, when the token is made.
    public let text: String
    /// Lower-cased, with curly apostrophes folded to "'", for lexicon look-ups.
    public let key: String
    /// FNV-1a of `key`'s bytes, computed once: word classes are looked up by it.
    public let keyHash: UInt64
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// No space between this token and the previous one.
    public var joined: Bool
    /// The part of speech `Tagger` gives it.
    public var tag: PennTag = .none
    /// Its first letter is a capital ("Senate", "NATO").
    public let isCapitalized: Bool
    /// It has capitals and no small letters ("NATO", "U.S.").
    public let isAllCaps: Bool

    public init(text: String, key: String, start: Int, end: Int, kind: Kind, joined: Bool, tag: PennTag = .none) {
        self.text = text
        self.key = key
        var keyBytes = key
        self.keyHash = keyBytes.withUTF8 { fnv1a($0) }
        self.start = start
        self.end = end
        self.kind = kind
        self.joined = joined
        self.tag = tag
        // Read once here: rules ask about case many times per token. ASCII (most tokens) from
        // its bytes, without decoding scalars.
        var bytes = text
        if let ascii = bytes.withUTF8({ Self.asciiCase($0) }) {
            isCapitalized = ascii.first
            isAllCaps = ascii.upper && !ascii.lower
            return
        }
        var upper = false, lower = false
        for c in text.unicodeScalars {
            if c.value < 0x80 {
                if c.value >= 0x41 && c.value <= 0x5A { upper = true } else if c.value >= 0x61 && c.value <= 0x7A { lower = true }
            } else {
                if c.properties.isUppercase { upper = true }
                if c.properties.isLowercase { lower = true }
            }
        }
        isCapitalized = text.unicodeScalars.first.map { $0.value < 0x80 ? ($0.value >= 0x41 && $0.value <= 0x5A) : $0.properties.isUppercase } ?? false
        isAllCaps = upper && !lower
    }

    /// Whether ASCII bytes have capitals, small letters, and a capital first; nil if not ASCII.
    @inline(__always) static func asciiCase(_ b: UnsafeBufferPointer<UInt8>) -> (upper: Bool, lower: Bool, first: Bool)? {
        var upper = false, lower = false
        for c in b {
            if c >= 0x80 { return nil }
            if c >= 0x41 && c <= 0x5A { upper = true } else if c >= 0x61 && c <= 0x7A { lower = true }
        }
        return (upper, lower, b.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false)
    }
}

/// The kinds of entity the contract knows.
public enum EntityType: String, Sendable, CaseIterable {
    case person = "PERSON", country = "COUNTRY", organization = "ORGANIZATION", location = "LOCATION"
    case weapon = "WEAPON", document = "DOCUMENT", event = "EVENT", group = "GROUP"
}

/// An entity as one document knows it, before it is merged into the database.
public struct LocalEntity: Sendable {
    public var name: String
    public var type: EntityType
    public var aliases: Set<String>
}

/// A place in a sentence where an entity is named or referred to.
public struct Mention: Sendable {
    public enum Method: String, Sendable { case lexicon, pattern, coreference }
    /// How the words refer: a name, a demonym adjective ("Russian"), or a description ("the Russian president").
    public enum Form: Sendable { case name, demonym, description, pronoun }
    public var entity: Int
    /// Token range within the sentence.
    public var first: Int
    public var last: Int
    public var method: Method
    public var form: Form
}

/// Who said what, with the words that introduced it.
public struct Statement: Sendable {
    public enum Kind: String, Sendable { case direct, partial, reported, transcript }
    public var sentence: Int
    public var speaker: Int?
    public var speakerText: String?
    public var cue: String?
    public var content: String
    public var quote: String?
    public var kind: Kind
    public var start: Int
    public var end: Int
    /// The state or body a speaker that is no entity belongs to: Peru for "a Peruvian official".
    public var speakerOf: Int? = nil
    /// The id of the `patterns-statements.tsv` row that found it; nil for what Swift finds
    /// (transcripts, letters, quotations over several sentences, continued quotations).
    public var pattern: String? = nil
    /// The token index of the cue in its sentence, when a pattern found it.
    public var cueToken: Int? = nil
}

/// Who does what to whom, in whose voice.
public struct Relation: Sendable {
    public enum Polarity: String, Sendable { case affirmed, negated }
    public enum Modality: String, Sendable { case asserted, possible, planned, conditional }
    public var sentence: Int
    public var subject: Int?
    public var subjectText: String?
    public var predicate: String
    public var object: Int?
    public var objectText: String?
    public var polarity: Polarity
    public var modality: Modality
    public var source: Int?
    public var sourceText: String?
    /// Index into `statements` when the relation sits inside a statement.
    public var statement: Int?
    public var cameo: String?
    public var trigger: String
}

/// A person holding an office in an organisation or country.
public struct Role: Sendable {
    public var sentence: Int
    public var person: Int
    /// The canonical office of the titles lexicon ("defense minister"): stored as `role_class`.
    public var role: String
    public var organization: Int?
    /// The title as the text gives it, lower-cased with its modifiers ("defence secretary",
    /// "vice foreign minister"): stored as `role`. Empty = the same as `role`.
    public var written: String = ""
}

extension String {
    /// A string of code points; ASCII, the common case, is built from bytes directly, which is
    /// several times faster than appending scalars one by one.
    /// Encodes the scalars as UTF-8 straight into the string's storage: every token and sentence
    /// text is made here, and appending to a `UnicodeScalarView` (one scalar at a time) or mapping
    /// to a byte array first cost a tenth of an ingest.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var count = 0
        for s in scalars { count += s.value < 0x80 ? 1 : s.value < 0x800 ? 2 : s.value < 0x1_0000 ? 3 : 4 }
        self = String(unsafeUninitializedCapacity: count) { out in
            var i = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    out[i] = UInt8(truncatingIfNeeded: v)
                    i += 1
                } else if v < 0x800 {
                    out[i] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i += 2
                } else if v < 0x1_0000 {
                    out[i] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    out[i + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i += 3
                } else {
                    out[i] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    out[i + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                    out[i + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    out[i + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
    }
}
