/// The whole extraction flow, in order: a registry of stages, each one type with one `run` over
/// the shared `AnalyzedDocument`, in its own file in its domain folder. `PipelineTests` pins the
/// order and checks that every stage reads only what an earlier one wrote.
public struct Pipeline: Sendable {
    public let knowledge: Knowledge
    /// The stages, in the order they run.
    public let registry: [any Stage]

    public init(knowledge: Knowledge = .builtIn, tagger: Tagger = Tagger()) {
        self.knowledge = knowledge
        self.registry = [
            MetadataStage(),
            SentenceStage(splitter: SentenceSplitter(knowledge: knowledge)),
            TokenStage(tokenizer: knowledge.tokenizer),
            tagger,
            SentenceDateStage(),
            EntityRecognizer(knowledge: knowledge),
            PhraseChunker(knowledge: knowledge),
            RoleExtractor(knowledge: knowledge),
            Coreference(knowledge: knowledge),
            StatementExtractor(knowledge: knowledge),
            FirstPersonResolver(knowledge: knowledge),
            RelationExtractor(knowledge: knowledge),
        ]
    }

    /// The stage names in the order they run.
    public var stages: [String] { registry.map(\.name) }

    /// Normalises raw input and analyses it.
    public func analyze(raw: String, format: SourceFormat, source: String) -> AnalyzedDocument {
        analyze(normalized: Normalizer.normalize(raw, format: format), format: format, source: source)
    }

    /// Analyses text that is already normalised (as stored), e.g. for re-extraction.
    public func analyze(normalized text: String, format: SourceFormat, source: String) -> AnalyzedDocument {
        var doc = AnalyzedDocument(source: source, format: format, text: text)
        for stage in registry { stage.run(&doc) }
        return doc
    }
}
