import ArgumentParser
import Foundation
import KB

extension KBCtl {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export entities, mentions, statements, relations and roles with their provenance.",
            discussion: """
                jsonl: one object per line with a "kind" field (document, sentence, entity, mention, statement, relation, role).
                csv: one kind per file ('--kind', or '--output DIR' for one file per kind).
                graphml: entities as nodes, relations as edges. ntriples: RDF, relations and statements reified with their provenance.
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Option(name: .long, help: "jsonl, csv, graphml or ntriples.")
        var format: Exporter.Format = .jsonl
        @Option(name: .long, help: "Only these kinds (repeatable): documents, sentences, entities, mentions, statements, relations, roles.")
        var kind: [Exporter.Kind] = []
        @Option(name: .shortAndLong, help: "Write to this file (a folder for CSV of several kinds) instead of standard output.")
        var output: String?

        func run() throws {
            try runReporting {
                let kinds = kind.isEmpty ? Exporter.Kind.allCases : kind
                if let output {
                    for file in try Exporter.write(dbPath: database.path, format: format, kinds: kinds, to: output) { printError("wrote \(file)") }
                } else {
                    try writeOutput(Data(try Exporter.export(dbPath: database.path, format: format, kinds: kinds).utf8), to: nil)
                }
            }
        }
    }
}

extension Exporter.Format: ExpressibleByArgument {}
extension Exporter.Kind: ExpressibleByArgument {}
extension GraphExporter.Format: ExpressibleByArgument {}
