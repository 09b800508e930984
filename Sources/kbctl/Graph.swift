import ArgumentParser
import Foundation
import KB

extension KBCtl {
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw who does what to whom as a graph: DOT always, SVG or PNG when Graphviz 'dot' is on PATH.",
            discussion: "Each edge is a claim: the predicate and its count, then \"not\" for a negated claim (dashed), its modality (coloured) "
                + "and whose claim it is (\"per X\"); in SVG, hovering an edge shows its evidence sentences. A legend explains the drawing. "
                + "Example: kbctl graph --predicate threaten --format svg --output threats.svg"
        )

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "Only this predicate, in any inflection (threaten, threatens, opposed…).")
        var predicate: String?
        @Option(name: .long, help: "Only this document id.") var document: Int64?
        @Flag(name: .long, help: "Only entities: leave out subjects and objects kept as text (\"multiple approaches\").")
        var entitiesOnly = false
        @Option(name: .long, help: "dot, svg or png.")
        var format: GraphExporter.Format = .dot
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        func run() throws {
            try runReporting {
                var canonical: String?
                if let p = predicate {
                    guard let known = QueryEngine(dbPath: database.path).predicate(for: p) else {
                        throw KBError.badArgument("'\(p)' is not a predicate kbctl knows. 'kbctl sql \"SELECT DISTINCT predicate FROM v_relations\"' lists those in this database.")
                    }
                    canonical = known
                }
                let dot = try GraphExporter.dot(dbPath: database.path, predicate: canonical, document: document, entitiesOnly: entitiesOnly)
                let data = try GraphExporter.render(dot: dot, as: format)
                try writeOutput(data, to: output)
            }
        }
    }
}
