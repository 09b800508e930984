import Testing
@testable import KB

/// The stage registry: the order is pinned, and every stage reads only what the text or an
/// earlier stage provides.
@Suite struct PipelineTests {
    @Test func stagesRunInThisOrder() {
        #expect(Pipeline().stages == [
            "MetadataExtractor", "SentenceSplitter", "Tokenizer", "Tagger", "SentenceDates", "EntityRecognizer",
            "PhraseChunker", "RoleExtractor", "Coreference", "StatementExtractor", "FirstPersonResolver", "RelationExtractor",
        ])
    }

    @Test func everyStageReadsOnlyWhatAnEarlierOneWrote() {
        var available: Set<String> = ["text"]
        for stage in Pipeline().registry {
            for field in stage.reads { #expect(available.contains(field), "\(stage.name) reads '\(field)' before any stage writes it") }
            available.formUnion(stage.writes)
        }
    }
}
