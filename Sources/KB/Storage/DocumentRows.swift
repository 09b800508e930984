/// The rows one analysed document becomes, computed away from the writer: its hash, every
/// mention's offsets and surface, entity aliases sorted. Tokens, phrases and code points are left
/// behind, so a batch of these waiting for its transaction holds little more than the text.
///
/// Indices (`sentence`, `entity`, `statement`) point into this value's own arrays, as in
/// `AnalyzedDocument`; the writer maps them to row ids.
public struct DocumentRows: Sendable {
    public struct SentenceRow: Sendable {
        var ordinal: Int, paragraph: Int, start: Int, end: Int
        var text: String
        var date: String?
        /// The text between the previous sentence and this one ("" when the document keeps its text).
        var gap: String
    }
    public struct EntityRow: Sendable {
        var name: String
        var type: String
        /// The aliases with the name itself, sorted: the order Store.write inserts them in.
        var aliases: [String]
    }
    public struct MentionRow: Sendable {
        var entity: Int, sentence: Int, start: Int, end: Int
        /// nil when the sentence's text between the offsets is the surface (`StoredText`).
        var surface: String?
        /// `StoredCode.of(_:)` of the method.
        var method: Int
    }

    public let source: String
    public let format: SourceFormat
    public let title: String?
    public let author: String?
    public let published: String?
    public let text: String
    /// What `documents.text` stores: nil when the sentences and their gaps are the text (`StoredText`).
    let storedText: String?
    /// SHA-256 of `text`, in hex: the document's identity.
    public let sha256: String
    let sentences: [SentenceRow]
    let entities: [EntityRow]
    let mentions: [MentionRow]
    let statements: [Statement]
    /// Each statement's content and quote as stored, in the order of `statements`.
    let statementTexts: [StoredText.StatementText]
    let relations: [Relation]
    let roles: [Role]

    /// The counts the ingest summary adds up.
    public var sentenceCount: Int { sentences.count }
    public var mentionCount: Int { mentions.count }
    public var statementCount: Int { statements.count }
    public var relationCount: Int { relations.count }
    public var roleCount: Int { roles.count }

    /// A document without a headline gets its title from the database (see `Store.untitledTitle`).
    var needsTitle: Bool { (title ?? "").trimmingCharacters(in: .whitespaces).isEmpty }

    /// The rows of `doc`, in the order `Store.write` inserts them.
    public init(_ doc: AnalyzedDocument) {
        source = doc.source
        format = doc.format
        title = doc.title
        author = doc.author
        published = doc.published
        text = doc.text
        sha256 = SHA256.hex(doc.text)
        let gaps = StoredText.gaps(doc)
        storedText = gaps == nil ? doc.text : nil
        sentences = doc.sentences.enumerated().map { i, s in
            SentenceRow(ordinal: s.ordinal, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text, date: s.date, gap: gaps?[i] ?? "")
        }
        entities = doc.entities.map { EntityRow(name: $0.name, type: $0.type.rawValue, aliases: $0.aliases.union([$0.name]).sorted()) }
        // A sentence's own code points: when `gaps` found every sentence's text to be its span of
        // the document, that span itself (no copy); else decoded from its text.
        func own(_ s: Sentence) -> ArraySlice<Unicode.Scalar> {
            gaps != nil ? doc.scalars[s.start..<s.end] : [Unicode.Scalar](scalarsOf: s.text)[...]
        }
        var mentions: [MentionRow] = []
        for si in doc.sentences.indices {
            let s = doc.sentences[si]
            guard !s.mentions.isEmpty else { continue }
            let own = own(s)
            for m in s.mentions {
                let a = s.tokens[m.first].start, b = s.tokens[m.last].end
                let surface = doc.slice(a, b)
                let inSentence = a >= s.start && a <= b && b <= s.start + own.count
                    && own[(own.startIndex + a - s.start)..<(own.startIndex + b - s.start)].elementsEqual(surface.unicodeScalars)
                mentions.append(MentionRow(entity: m.entity, sentence: si, start: a, end: b, surface: inSentence ? nil : surface,
                                           method: StoredCode.of(m.method)))
            }
        }
        self.mentions = mentions
        statements = doc.statements
        statementTexts = doc.statements.map {
            StoredText.StatementText($0, sentence: own(doc.sentences[$0.sentence]), start: doc.sentences[$0.sentence].start)
        }
        relations = doc.relations
        roles = doc.roles
    }
}
