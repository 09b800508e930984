import ArgumentParser
import Foundation
import KB

extension KBCtl {
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ingest articles (text, Markdown, HTML; folders recursively; '-' for standard input).",
            discussion: """
                Documents are read and analysed on --jobs threads and stored in input order, up to 100 to a transaction \
                with a savepoint each: a document lands whole or not at all, and a killed ingest leaves only whole documents. \
                Exit code 0 when every input was ingested or already present, 2 when some were skipped.
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var lexicons: LexiconOptions

        @Flag(name: .long, help: "Re-extract documents whose text is already in the database.")
        var force = false

        @Option(name: .long, help: "Skip inputs larger than this many megabytes.")
        var maxSize: Int = Ingester.defaultMaxBytes >> 20

        @Option(name: .long, help: "Threads that read and analyse documents (default: one per core, here \(Ingester.defaultJobs)). The database is the same for any number.")
        var jobs: Int = Ingester.defaultJobs

        @Flag(name: .long, help: "No progress line and no summary.")
        var quiet = false

        @Argument(help: "Files or folders to ingest, or '-' for standard input.")
        var inputs: [String]

        func validate() throws {
            if maxSize < 1 { throw ValidationError("'--max-size' is in megabytes and must be at least 1.") }
            if jobs < 1 { throw ValidationError("'--jobs' is a number of threads and must be at least 1; got \(jobs).") }
        }

        func run() throws {
            TaggerModel.preloadBuiltIn()
            try runReporting {
                let ingester = Ingester(dbPath: database.path, knowledge: try lexicons.knowledge(dbPath: database.path), maxBytes: maxSize << 20, jobs: jobs)
                // What each folder gave and left out, said after the run (Loader's FolderScan).
                let folders = inputs.compactMap(FolderScan.scan)
                let showProgress = !quiet && isatty(STDERR_FILENO) != 0
                var report = try ingester.ingest(inputs, force: force, progress: showProgress ? { n, total, path in
                    if total > 1 { FileHandle.standardError.write("\r\u{1B}[K[\(n)/\(total)] \(path)".data(using: .utf8)!) }
                } : nil)
                if showProgress { FileHandle.standardError.write("\r\u{1B}[K".data(using: .utf8)!) }
                // A folder that gave nothing is a skipped input (counted, exit 2); what a folder left out is a note.
                report.skipped += folders.filter(\.files.isEmpty).compactMap(\.note)
                for w in report.warnings { printError("warning: \(w)") }
                for s in report.unchanged where !quiet { printError(s) }
                for s in report.skipped { printError("skipped: \(s)") }
                for f in folders where !f.files.isEmpty && !quiet { if let note = f.note { printError(note) } }
                if !quiet { print(report.summary) }
                if !report.skipped.isEmpty { throw ExitCode(2) }
            }
        }
    }

    struct Reextract: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Re-run extraction over every stored document (after lexicons or rules changed).")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var lexicons: LexiconOptions

        func run() throws {
            TaggerModel.preloadBuiltIn()
            try runReporting {
                let report = try Ingester(dbPath: database.path, knowledge: try lexicons.knowledge(dbPath: database.path)).reextract()
                print(report.summary)
            }
        }
    }
}
