import ArgumentParser
import Foundation
import KB

extension KBCtl {
    struct Datasette: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write Datasette metadata for the database (descriptions, search, facets, canned queries), or serve it with Datasette.",
            discussion: """
                Without --serve the metadata (JSON) goes to standard output or --output; use it with \
                'datasette kb.db --metadata metadata.json'. With --serve kbctl starts Datasette itself, when it is installed.
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Option(name: .shortAndLong, help: "Write the metadata to this file (with --serve: default a file in the temporary folder).")
        var output: String?
        @Flag(name: .long, help: "Run 'datasette serve' on the database with this metadata.")
        var serve = false
        @Option(name: .long, help: "With --serve: the address to listen on.")
        var host = "127.0.0.1"
        @Option(name: .shortAndLong, help: "With --serve: the port (0 picks a free one).")
        var port = 8001

        func run() throws {
            try runReporting {
                let engine = QueryEngine(dbPath: database.path)
                if serve {
                    // kbctl becomes Datasette (exec) and cannot remove the file after: one file per
                    // database, named by a hash of its absolute path, is written again at each serve.
                    let metadata = output ?? DatasetteServer.defaultMetadataPath(dbPath: database.path)
                    try DatasetteServer.serve(dbPath: database.path, metadataPath: metadata, host: host, port: port, engine: engine)
                }
                try writeOutput(try DatasetteMetadata.json(dbPath: database.path, engine: engine), to: output)
            }
        }
    }
}
