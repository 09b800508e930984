import ArgumentParser
import Foundation
import KB

extension KBCtl {
    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask a question: \"who threatens whom\", \"what did Kerry say\", \"who is NATO\", 'Russia threaten ?' …",
            discussion: "'kbctl query --list' shows every question with an example."
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Flag(name: .long, help: "List the questions kbctl understands.")
        var list = false
        @Flag(name: .long, help: "Print the SQL (and its parameters) instead of running it.")
        var explainSql = false
        @Flag(name: .long, help: "One row per extraction instead of grouped counts.")
        var rows = false
        @Flag(name: .long, help: "Show the evidence sentence.")
        var evidence = false
        @Option(name: .long, help: "Only this document id.") var document: Int64?
        @Option(name: .long, help: "Only claims in this voice (an entity name or alias).") var source: String?
        @Option(name: .long, help: "affirmed or negated.") var polarity: String?
        @Option(name: .long, help: "Only documents published on or after this date (yyyy-mm-dd).") var since: String?
        @Option(name: .long, help: "Only documents published on or before this date (yyyy-mm-dd).") var until: String?
        @Option(name: .long, help: "At most this many rows; 0 for every row (default: \(QueryOptions.defaultLimit) in a table, every row in json, jsonl, csv, tsv and markdown).")
        var limit: Int?

        @Argument(help: ArgumentHelp("The question, in quotes.", valueName: "question"))
        var words: [String] = []

        var question: String? { words.isEmpty ? nil : words.joined(separator: " ") }

        func validate() throws {
            if !list && question == nil { throw ValidationError("Give a question, or '--list' to see them.") }
            // The shell splits an unquoted question into words (and may expand its '?' as a file pattern).
            if words.count > 1 { throw ValidationError("Put the question in quotes: kbctl query \"\(words.joined(separator: " "))\".") }
            for (flag, value) in [("--since", since), ("--until", until)] {
                if let v = value, !QueryOptions.isDate(v) { throw ValidationError("'\(flag)' takes a date as yyyy-mm-dd (2020-01-31); got '\(v)'.") }
            }
            if let p = polarity, !["affirmed", "negated"].contains(p) { throw ValidationError("'--polarity' is 'affirmed' or 'negated', not '\(p)'.") }
            if let limit, limit < 0 { throw ValidationError("'--limit' must be 0 (every row) or more; got \(limit).") }
        }

        func run() throws {
            try runReporting {
                if list {
                    output.print(ResultTable(columns: ["question", "example"], rows: KB.Question.catalog.map { [.text($0.form), .text($0.example)] }))
                    return
                }
                let engine = QueryEngine(dbPath: database.path)
                let q = try KB.Question.parse(question ?? "", predicate: engine.predicate(for:))
                var o = QueryOptions()
                o.document = document; o.source = source; o.polarity = polarity; o.since = since; o.until = until
                // A table is read by a person: a screenful unless asked. Every other format feeds a
                // script, and the contract promises it one object per row: all of them.
                let shown = limit ?? (output.resolved == .table ? QueryOptions.defaultLimit : 0)
                o.limit = shown == 0 ? nil : shown; o.rows = rows; o.evidence = evidence
                if explainSql {
                    let (sql, args) = engine.compile(q, o)
                    print(sql)
                    for (k, v) in args.sorted(by: { $0.key < $1.key }) { print("-- :\(k) = \(v)") }
                    return
                }
                let table = try engine.run(q, o)
                output.print(table)
                if limit == nil, let cut = o.limit, table.rows.count == cut {
                    FileHandle.standardError.write(Data("(the first \(cut) rows; --limit 0 shows every row)\n".utf8))
                }
            }
        }
    }
}
