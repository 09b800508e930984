/// Stage stub.
public struct RelationExtractor: Sendable {
    public let knowledge: Knowledge
    public init(knowledge: Knowledge) { self.knowledge = knowledge }
    public func run(_ doc: inout AnalyzedDocument) {}
}
