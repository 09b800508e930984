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
    }
    public struct EntityRow: Sendable {
        var name: String
        var type: String
        /// The aliases with the name itself, sorted: the order Store.write inserts them in.
        var aliases: [String]
    }
    public struct MentionRow: Sendable {
        var entity: Int, sentence: Int, start: Int, end: Int
        var surface: String
        var method: String
    }

    public let source: String
    public let format: SourceFormat
    public let title: String?
    public let author: String?
    public let published: String?
    public let text: String
    /// SHA-256 of `text`, in hex: the document's identity.
    public let sha256: String
    let sentences: [SentenceRow]
    let entities: [EntityRow]
    let mentions: [MentionRow]
    let statements: [Statement]
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
        sentences = doc.sentences.map { SentenceRow(ordinal: $0.ordinal, paragraph: $0.paragraph, start: $0.start, end: $0.end, text: $0.text, date: $0.date) }
        entities = doc.entities.map { EntityRow(name: $0.name, type: $0.type.rawValue, aliases: $0.aliases.union([$0.name]).sorted()) }
        var mentions: [MentionRow] = []
        for (si, s) in doc.sentences.enumerated() {
            for m in s.mentions {
                let a = s.tokens[m.first].start, b = s.tokens[m.last].end
                mentions.append(MentionRow(entity: m.entity, sentence: si, start: a, end: b, surface: doc.slice(a, b), method: m.method.rawValue))
            }
        }
        self.mentions = mentions
        statements = doc.statements
        relations = doc.relations
        roles = doc.roles
    }
}
