import Foundation
import Testing
@testable import KB

/// The DOT graph: nodes by type, edge labels with counts, negated edges dashed, SVG via Graphviz.
@Suite struct GraphExporterTests {
    static let db: String = try! Fixture.database()

    @Test func threatGraphInDOT() throws {
        let dot = try GraphExporter.dot(dbPath: Self.db, predicate: "threaten")
        #expect(dot.hasPrefix("digraph kbctl {"))
        #expect(dot.contains("\"Russia\" -> \"NATO\" [label=\"threaten\"];"))
        #expect(dot.contains("\"NATO\" -> \"Russia\" [label=\"threaten\", style=dashed];"))
        #expect(dot.contains("\"NATO\" [shape=component];"))
        #expect(!dot.contains("Iskander"))
    }

    @Test func repeatedEdgesAreCountedAndNamesEscaped() {
        let edges = [GraphExporter.Edge(subject: "A \"quoted\" name", subjectType: "PERSON", object: "B", objectType: nil,
                                        predicate: "oppose", polarity: "affirmed", count: 3)]
        let dot = GraphExporter.render(edges, title: "t")
        #expect(dot.contains("\"A \\\"quoted\\\" name\" -> \"B\" [label=\"oppose ×3\", penwidth=4];"))
        #expect(dot.contains("\"B\" [shape=plaintext];"))
    }

    /// CI installs Graphviz and sets KB_REQUIRE_GRAPHVIZ, so this cannot pass there by skipping.
    @Test func svgThroughGraphviz() throws {
        let dot = try GraphExporter.dot(dbPath: Self.db)
        guard GraphExporter.graphvizPath() != nil else {
            #expect(ProcessInfo.processInfo.environment["KB_REQUIRE_GRAPHVIZ"] == nil, "Graphviz is required here but not on PATH")
            #expect(throws: KBError.self) { try GraphExporter.render(dot: dot, as: .svg) }
            return
        }
        let svg = String(decoding: try GraphExporter.render(dot: dot, as: .svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("Iskander"))
    }
}
