import ArgumentParser
import KB

extension KBCtl {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify the database: integrity, foreign keys, contract views, full-text index, whole documents.",
            discussion: "Only reads (it can run while an ingest writes). Exit code 0 when every check passes, 1 otherwise."
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try runReporting {
                let (table, ok) = try Checker.run(dbPath: database.path)
                output.print(table)
                if !ok { throw ExitCode(1) }
            }
        }
    }
}
