import ArgumentParser
import KB

extension KBCtl {
    struct SQL: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run one read-only SQL statement and print its rows.",
            discussion: """
                The connection only reads; bind values with --param name=value and refer to them as :name. \
                A statement is stopped after --timeout seconds (default 30).
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "A parameter as name=value, bound to :name as text (repeatable).")
        var param: [String] = []
        @Option(name: .long, help: "A parameter as name=value, bound to :name as an integer (repeatable).")
        var paramInt: [String] = []

        @Option(name: .long, help: "Stop the statement after this many seconds.")
        var timeout: Double = SQLRunner.defaultTimeout

        // Collected from every argument no option claims, so that SQL beginning with a '--'
        // comment is taken as the statement and not refused as an unknown option.
        @Argument(parsing: .allUnrecognized, help: "The SQL statement, e.g. \"SELECT name, type FROM v_entities\".")
        var statement: [String] = []

        /// An argument that reads like a mistyped option rather than SQL: '--name', no space in it.
        static func looksLikeOption(_ s: String) -> Bool {
            s.hasPrefix("-") && s.count > 1 && !s.contains(where: \.isWhitespace)
        }

        func validate() throws {
            for p in param + paramInt where !p.contains("=") {
                throw ValidationError("'--param' and '--param-int' take name=value; got '\(p)'.")
            }
            if !(timeout > 0) { throw ValidationError("'--timeout' is in seconds and must be more than 0.") }
            if let option = statement.first(where: Self.looksLikeOption) {
                throw ValidationError("Unknown option '\(option)'. 'kbctl sql --help' lists the options.")
            }
            if statement.isEmpty { throw ValidationError("Give one SQL statement, e.g. kbctl sql \"SELECT name, type FROM v_entities\".") }
            if statement.count > 1 {
                throw ValidationError("Give the SQL as one argument, in quotes: kbctl sql \"\(statement.joined(separator: " ").prefix(60))\".")
            }
        }

        func run() throws {
            try runReporting {
                var params: [String: String] = [:]
                for p in param + paramInt {
                    let parts = p.split(separator: "=", maxSplits: 1)
                    params[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
                }
                let numbers = Set(paramInt.map { String($0.prefix { $0 != "=" }) })
                output.print(try SQLRunner.run(dbPath: database.path, sql: statement[0], parameters: params, numbers: numbers, timeout: timeout))
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
