/// The whole extraction flow, in order. Each stage is one type with one `run` over the shared
/// `AnalyzedDocument`, in its own file in its domain folder; `PipelineTests` pins this order.
public struct Pipeline: Sendable {
    public let knowledge: Knowledge

    public init(knowledge: Knowledge = .builtIn) { self.knowledge = knowledge }

    /// The stage names in the order they run.
    public static let stages = [
        "Normalizer", "MetadataExtractor", "SentenceSplitter", "Tokenizer", "EntityRecognizer",
        "RoleExtractor", "Coreference", "StatementExtractor", "RelationExtractor",
    ]

    /// Normalises raw input and analyses it.
    public func analyze(raw: String, format: SourceFormat, source: String) -> AnalyzedDocument {
        analyze(normalized: Normalizer.normalize(raw, format: format), format: format, source: source)
    }

    /// Analyses text that is already normalised (as stored), e.g. for re-extraction.
    public func analyze(normalized text: String, format: SourceFormat, source: String) -> AnalyzedDocument {
        var doc = AnalyzedDocument(source: source, format: format, text: text)
        let headline = MetadataExtractor.run(&doc)
        SentenceSplitter(knowledge: knowledge).split(&doc, headline: headline)
        for i in doc.sentences.indices {
            doc.sentences[i].tokens = knowledge.tokenizer.tokenize(doc.scalars, from: doc.sentences[i].start, to: doc.sentences[i].end)
        }
        MetadataExtractor.dateSentences(&doc)
        EntityRecognizer(knowledge: knowledge).run(&doc)
        RoleExtractor(knowledge: knowledge).run(&doc)
        Coreference(knowledge: knowledge).run(&doc)
        StatementExtractor(knowledge: knowledge).run(&doc)
        RelationExtractor(knowledge: knowledge).run(&doc)
        return doc
    }
}
