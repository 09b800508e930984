import Foundation
import Testing
@testable import KB

/// The DOT graph: nodes by type, claims drawn as claims (polarity, modality, whose claim, evidence
/// as tooltip, a legend), text objects left out on request, SVG via Graphviz.
@Suite struct GraphExporterTests {
    static let db: String = try! Fixture.database()

    @Test func threatGraphInDOT() throws {
        let dot = try GraphExporter.dot(dbPath: Self.db, predicate: "threaten")
        #expect(dot.hasPrefix("digraph kbctl {"))
        #expect(dot.contains("\"Russia\" -> \"NATO\" [label=\"threaten\\nper Sergei Lavrov\", tooltip=\"Russia threatens NATO, Sergei Lavrov said."))
        #expect(dot.contains("\"NATO\" -> \"Russia\" [label=\"threaten\\nnot\", style=dashed, tooltip="))
        #expect(dot.contains("\"NATO\" [shape=component];"))
        #expect(!dot.contains("Iskander"))
    }

    /// Each qualifier of a claim shows on its edge; the same ends with another modality or claimant
    /// are another edge.
    static let claims: [(name: String, edge: GraphExporter.Edge, attributes: [String])] = [
        ("asserted, nobody's", .init(subject: "A", subjectType: nil, object: "B", objectType: nil, predicate: "oppose", polarity: "affirmed", count: 1),
         ["label=\"oppose\""]),
        ("possible", .init(subject: "A", subjectType: nil, object: "B", objectType: nil, predicate: "strike", polarity: "affirmed", count: 1,
                           modality: "possible"),
         ["label=\"strike\\npossible\"", "color=darkorange3", "fontcolor=darkorange3"]),
        ("negated, planned, someone's", .init(subject: "A", subjectType: nil, object: "B", objectType: nil, predicate: "deploy", polarity: "negated",
                                              count: 1, modality: "planned", whoseClaim: "Vell"),
         ["label=\"deploy\\nnot, planned, per Vell\"", "style=dashed", "color=royalblue3", "fontcolor=royalblue3"]),
        ("evidence as tooltip, with what is not shown", .init(subject: "A", subjectType: nil, object: "B", objectType: nil, predicate: "warn",
                                                            polarity: "affirmed", count: 5, evidence: ["A warned B.", "A \"warned\" B again."]),
         ["label=\"warn ×5\"", "penwidth=6", "tooltip=\"A warned B.\\nA \\\"warned\\\" B again.\\n(3 more)\"",
          "labeltooltip=\"A warned B.\\nA \\\"warned\\\" B again.\\n(3 more)\""]),
    ]

    @Test(arguments: claims.indices)
    func claimsAreDrawnAsClaims(_ i: Int) {
        let c = Self.claims[i]
        #expect(GraphExporter.attributes(c.edge) == c.attributes, "\(c.name)")
    }

    @Test func repeatedEdgesAreCountedNamesEscapedAndALegendDrawn() {
        let edges = [GraphExporter.Edge(subject: "A \"quoted\" name", subjectType: "PERSON", object: "B", objectType: nil,
                                        predicate: "oppose", polarity: "affirmed", count: 3)]
        let dot = GraphExporter.render(edges, title: "t")
        #expect(dot.contains("\"A \\\"quoted\\\" name\" -> \"B\" [label=\"oppose ×3\", penwidth=4];"))
        #expect(dot.contains("\"B\" [shape=plaintext];"))
        #expect(dot.contains("legend [shape=plaintext") && dot.contains("whose claim it is") && dot.contains("negated claim"))
        #expect(!GraphExporter.render([], title: "t").contains("legend"), "no legend on an empty graph")
    }

    /// The same subject and object with other modality or claimant are separate claims, and
    /// `entitiesOnly` drops "the plan" (an object kept as text).
    @Test func claimsAreGroupedAndTextNodesDropped() throws {
        let all = try GraphExporter.dot(dbPath: Self.db)
        #expect(all.contains("\"the plan\" [shape=plaintext];") && all.contains("-> \"the plan\""))
        let entities = try GraphExporter.dot(dbPath: Self.db, entitiesOnly: true)
        #expect(!entities.contains("the plan"))
        #expect(entities.contains("\"Russia\" -> \"Iskander\" [label=\"deploy\\nplanned\", color=royalblue3"))
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
        // The evidence sentence is the edge's tooltip (xlink:title), the legend is drawn.
        #expect(svg.contains("xlink:title=\"Moscow plans to deploy Iskander missiles.\""))
        #expect(svg.contains("whose claim it is"))
    }
}
