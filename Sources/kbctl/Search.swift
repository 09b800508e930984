import ArgumentParser
import KB

extension KBCtl {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Full-text search over every sentence, with the matches marked [like this] and their document.",
            discussion: "Words match in the inflections the Porter stemmer folds (threatens, threatened, threatening; not the noun threat: "
                + "search 'threat*' with --fts for both), and in US and UK spelling (defence finds defense, organise organize; the pairs of "
                + "spelling.tsv). '--fts' takes SQLite FTS5 syntax, as typed: "
                + "\"exact phrase\", OR, NOT, NEAR(a b), prefix*."
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Flag(name: .long, help: "Read the text as an FTS5 query instead of plain words.")
        var fts = false
        @Option(name: .long, help: "Only this document id.") var document: Int64?
        @Option(name: .long, help: "At most this many rows, best first (default \(KB.Search.defaultLimit); 0 for every match).")
        var limit: Int = KB.Search.defaultLimit

        @Argument(help: "What to look for, e.g. \"missile defence\".")
        var text: String

        func validate() throws {
            if limit < 0 { throw ValidationError("'--limit' must be 0 (every match) or more; got \(limit).") }
        }

        func run() throws {
            try runReporting {
                output.print(try KB.Search.run(dbPath: database.path, text: text, syntax: fts ? .fts5 : .words,
                                               document: document, limit: limit == 0 ? nil : limit))
            }
        }
    }
}
