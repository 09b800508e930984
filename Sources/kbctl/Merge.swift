import ArgumentParser
import Foundation
import KB

extension KBCtl {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fold shard databases into one (--db, created if missing): documents deduplicated by sha256, entities by name and type.",
            discussion: """
                Each shard is merged in one transaction; shards are only read. A shard of another schema or lexicon version is \
                refused before anything is merged. Merging a shard again adds nothing. Build shards anywhere with \
                'kbctl ingest' (scripts/shard-ingest.sh splits a folder and runs them in parallel).
                """
        )

        @OptionGroup var database: DatabaseOptions

        @Flag(name: .long, help: "No progress line and no summary.")
        var quiet = false

        @Argument(help: "The shard databases to merge into --db.")
        var shards: [String]

        func run() throws {
            try runReporting {
                let showProgress = !quiet && isatty(STDERR_FILENO) != 0
                let report = try Merger.merge(into: database.path, shards: shards, progress: showProgress ? { n, total, path in
                    FileHandle.standardError.write("\r\u{1B}[K[\(n)/\(total)] \(path)".data(using: .utf8)!)
                } : nil)
                if showProgress { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!) }
                if !quiet { print(report.summary) }
            }
        }
    }
}
