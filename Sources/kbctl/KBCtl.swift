import ArgumentParser
import KB

/// kbctl: a knowledge base of who said what and who does what to whom in international-affairs news.
@main
struct KBCtl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kbctl",
        abstract: "Turn news articles into entities, statements and relations in one SQLite file, and ask it questions.",
        version: "0.1.0",
        subcommands: [Ingest.self, Reextract.self, Query.self, Search.self, SQL.self, Graph.self, Export.self, Merge.self, Check.self, Info.self, Parse.self, Datasette.self]
    )
}
