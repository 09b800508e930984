/// One step of the analysis: a type with one `run` over the shared `AnalyzedDocument`, saying
/// which fields it reads and which it writes, so the order in `Pipeline` can be checked.
public protocol Stage: Sendable {
    /// The stage's name, as `Pipeline.stages` lists it.
    var name: String { get }
    /// Fields of `AnalyzedDocument` (or of its sentences) this stage needs filled.
    var reads: [String] { get }
    /// Fields this stage fills.
    var writes: [String] { get }
    func run(_ doc: inout AnalyzedDocument)
}

/// Title, author, date and whether the first paragraph is a headline.
struct MetadataStage: Stage {
    let name = "MetadataExtractor"
    let reads = ["text"]
    let writes = ["title", "author", "published", "hasHeadline"]
    func run(_ doc: inout AnalyzedDocument) { doc.hasHeadline = MetadataExtractor.run(&doc) }
}

/// Sentences with their spans, paragraphs and headline flag.
struct SentenceStage: Stage {
    let splitter: SentenceSplitter
    let name = "SentenceSplitter"
    let reads = ["text", "hasHeadline"]
    let writes = ["sentences"]
    func run(_ doc: inout AnalyzedDocument) { splitter.split(&doc, headline: doc.hasHeadline) }
}

/// Tokens of every sentence.
struct TokenStage: Stage {
    let tokenizer: Tokenizer
    let name = "Tokenizer"
    let reads = ["sentences"]
    let writes = ["tokens"]
    func run(_ doc: inout AnalyzedDocument) {
        for i in doc.sentences.indices {
            doc.sentences[i].tokens = tokenizer.tokenize(doc.scalars, from: doc.sentences[i].start, to: doc.sentences[i].end)
        }
    }
}

/// The full date a sentence gives, for the timeline.
struct SentenceDateStage: Stage {
    let name = "SentenceDates"
    let reads = ["sentences"]
    let writes = ["sentence.date"]
    func run(_ doc: inout AnalyzedDocument) { MetadataExtractor.dateSentences(&doc) }
}

extension Tagger: Stage {
    public var name: String { "Tagger" }
    public var reads: [String] { ["tokens"] }
    public var writes: [String] { ["tags"] }
    public func run(_ doc: inout AnalyzedDocument) {
        for i in doc.sentences.indices { tag(&doc.sentences[i].tokens) }
    }
}

extension EntityRecognizer: Stage {
    public var name: String { "EntityRecognizer" }
    public var reads: [String] { ["tokens", "tags"] }
    public var writes: [String] { ["entities", "mentions"] }
}

extension PhraseChunker: Stage {
    public var name: String { "PhraseChunker" }
    public var reads: [String] { ["tokens", "tags", "mentions"] }
    public var writes: [String] { ["phrases"] }
}

extension RoleExtractor: Stage {
    public var name: String { "RoleExtractor" }
    public var reads: [String] { ["tokens", "mentions"] }
    public var writes: [String] { ["roles"] }
}

extension Coreference: Stage {
    public var name: String { "Coreference" }
    public var reads: [String] { ["mentions", "roles", "phrases"] }
    public var writes: [String] { ["mentions"] }
}

extension StatementExtractor: Stage {
    public var name: String { "StatementExtractor" }
    public var reads: [String] { ["tokens", "mentions", "phrases"] }
    public var writes: [String] { ["statements"] }
}

extension RelationExtractor: Stage {
    public var name: String { "RelationExtractor" }
    public var reads: [String] { ["tokens", "tags", "mentions", "phrases", "statements"] }
    public var writes: [String] { ["relations"] }
}
