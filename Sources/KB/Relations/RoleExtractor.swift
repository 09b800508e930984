/// Stage stub.
public struct RoleExtractor: Sendable {
    public let knowledge: Knowledge
    public init(knowledge: Knowledge) { self.knowledge = knowledge }
    public func run(_ doc: inout AnalyzedDocument) {}
}
