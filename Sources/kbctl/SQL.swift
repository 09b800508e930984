import ArgumentParser
import KB

extension KBCtl {
    struct SQL: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run one read-only SQL statement and print its rows.",
            discussion: "The connection is read-only; bind values with --param name=value and refer to them as :name."
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "A parameter as name=value, bound to :name (repeatable).")
        var param: [String] = []

        @Argument(help: "The SQL statement, e.g. \"SELECT name, type FROM v_entities\".")
        var statement: String

        func validate() throws {
            for p in param where !p.contains("=") {
                throw ValidationError("'--param' takes name=value; got '\(p)'.")
            }
        }

        func run() throws {
            try runReporting {
                var params: [String: String] = [:]
                for p in param {
                    let parts = p.split(separator: "=", maxSplits: 1)
                    params[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
                }
                output.print(try SQLRunner.run(dbPath: database.path, sql: statement, parameters: params))
            }
        }
    }

    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show counts per table, the schema version and the file size.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try runReporting { output.print(try SQLRunner.info(dbPath: database.path)) }
        }
    }
}
