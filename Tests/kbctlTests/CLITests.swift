import Foundation
import Testing
@testable import KB

/// End to end through the built `kbctl` binary: ingest the seed, read the contract views.
@Suite(.serialized) struct CLITests {
    static let root = CLI.root

    @discardableResult
    func kbctl(_ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        try CLI.run(args, stdin: stdin)
    }

    func tempDB() -> String { CLI.tempPath("db") }

    @Test func ingestSeedAndReadContractViews() throws {
        let db = tempDB()
        let r = try kbctl(["ingest", "--db", db, Self.root.appendingPathComponent("seeds").path])
        #expect(r.status == 0, "\(r.err)")
        let threats = try kbctl(["query", "--db", db, "who threatens whom", "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(threats.out.utf8)) as? [[String: Any]]
        #expect((rows?.count ?? 0) > 0)
        #expect(rows?.contains { $0["subject"] as? String == "NATO" && $0["object"] as? String == "Russia" } == true)
        let author = try kbctl(["sql", "--db", db, "SELECT author FROM v_documents", "--format", "csv"])
        #expect(author.out == "author\nAndrew Riedy\n")
        for view in ["v_documents", "v_sentences", "v_entities", "v_aliases", "v_mentions", "v_statements", "v_relations", "v_threats", "v_roles"] {
            #expect(try kbctl(["sql", "--db", db, "SELECT count(*) FROM \(view)"]).status == 0)
        }
        let said = try kbctl(["query", "--db", db, "what did Rogozin say", "--format", "jsonl"])
        #expect(said.out.contains("Dmitry Rogozin"))
    }

    /// A table shows 100 rows unless `--limit` says otherwise, and says so; JSON, JSONL and CSV
    /// (what scripts read: the contract's "one object per row") have every row unless limited.
    @Test func queryLimitDefaultsToAHundredInATableOnly() throws {
        let db = tempDB()
        let text = (1...120).map { "Country\($0) said talks will resume." }.joined(separator: " ")
        #expect(try kbctl(["ingest", "--db", db, "-"], stdin: text).status == 0)
        func count(_ format: String, _ extra: [String]) throws -> Int {
            let r = try kbctl(["query", "--db", db, "who said what", "--format", format] + extra)
            #expect(r.status == 0, "\(r.err)")
            return r.out.split(separator: "\n").count
        }
        let all = try count("jsonl", ["--limit", "0"])
        #expect(all > 100, "the text should give more than 100 statements")
        #expect(try count("jsonl", []) == all)
        #expect(try count("csv", []) == all + 1)
        #expect(try count("jsonl", ["--limit", "3"]) == 3)
        let table = try kbctl(["query", "--db", db, "who said what", "--format", "table"])
        #expect(table.err.contains("the first 100 rows; --limit 0 shows every row"))
        #expect(try count("table", ["--limit", "0"]) > (try count("table", [])))
        #expect(try kbctl(["query", "--db", db, "who said what", "--limit", "-1"]).status != 0)
    }

    @Test func reingestIsANoOpAndForceReextracts() throws {
        let db = tempDB()
        let text = "Chile said the plan was sound. Peru rejected it."
        #expect(try kbctl(["ingest", "--db", db, "-"], stdin: text).status == 0)
        let again = try kbctl(["ingest", "--db", db, "-"], stdin: text)
        #expect(again.err.contains("already in the database"))
        #expect(try kbctl(["ingest", "--db", db, "--force", "-"], stdin: text).out.contains("1 re-extracted"))
        let n = try kbctl(["sql", "--db", db, "SELECT count(*) AS n FROM v_documents", "--format", "csv"])
        #expect(n.out == "n\n1\n")
    }

    @Test func sqlIsReadOnly() throws {
        let db = tempDB()
        try kbctl(["ingest", "--db", db, "-"], stdin: "Chile said the plan was sound.")
        for bad in ["DELETE FROM documents", "DROP TABLE documents", "ATTACH 'x.db' AS x", "PRAGMA journal_mode = DELETE", "INSERT INTO entities(name, type) VALUES ('x', 'PERSON')",
                    "SELECT load_extension('/tmp/evil.so')", "PRAGMA writable_schema = 1", "VACUUM INTO '/tmp/copy.db'",
                    "WITH x AS (SELECT 1) DELETE FROM documents", "SELECT 1; DELETE FROM documents"] {
            let r = try kbctl(["sql", "--db", db, bad])
            #expect(r.status != 0, "\(bad) was allowed")
        }
        let n = try kbctl(["sql", "--db", db, "SELECT count(*) AS n FROM documents WHERE source = :s", "--param", "s=-", "--format", "csv"])
        #expect(n.out == "n\n1\n")
    }

    @Test func unknownQuestionSuggestsKnownOnes() throws {
        let db = tempDB()
        try kbctl(["ingest", "--db", db, "-"], stdin: "Chile said the plan was sound.")
        let r = try kbctl(["query", "--db", db, "whoo threatens whom"])
        #expect(r.status != 0)
        #expect(r.err.contains("Did you mean"))
        let injection = try kbctl(["query", "--db", db, "what did '; DROP TABLE documents; -- say"])
        #expect(injection.err.contains("No entity named"))
        #expect(try kbctl(["sql", "--db", db, "SELECT count(*) FROM documents"]).status == 0)
    }

    @Test func badInputsAreSkippedAndReported() throws {
        let db = tempDB()
        let dir = TestTemp.dir + "kbctl-in-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "Norway said talks went well.".write(toFile: dir + "/good.txt", atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 3, 0]).write(to: URL(fileURLWithPath: dir + "/bin.txt"))
        try "   \n".write(toFile: dir + "/empty.txt", atomically: true, encoding: .utf8)
        let r = try kbctl(["ingest", "--db", db, dir, dir + "/missing.txt"])
        #expect(r.status == 2)
        #expect(r.err.contains("bin.txt") && r.err.contains("empty.txt") && r.err.contains("missing.txt"))
        #expect(r.out.contains("1 new"))
    }

    @Test func notAKnowledgeBaseIsRefusedUntouched() throws {
        let path = TestTemp.dir + "kbctl-not-\(UUID().uuidString).txt"
        try "hello, not a database at all, just some text that fills a page".write(toFile: path, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let r = try kbctl(["ingest", "--db", path, "-"], stdin: "Chile said so.")
        #expect(r.status != 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    /// The seed's threat graph, searched, drawn and exported through the binary.
    @Test func searchGraphAndExportTheSeed() throws {
        let db = tempDB()
        #expect(try kbctl(["ingest", "--db", db, Self.root.appendingPathComponent("seeds").path]).status == 0)
        let found = try kbctl(["search", "--db", db, "missile defense", "--format", "json", "--limit", "2"])
        let rows = try JSONSerialization.jsonObject(with: Data(found.out.utf8)) as? [[String: Any]]
        #expect(rows?.count == 2)
        #expect((rows?.first?["snippet"] as? String)?.contains("[missile] [defense]") == true)

        let dot = try kbctl(["graph", "--db", db, "--predicate", "threatens"])
        #expect(dot.status == 0 && dot.out.contains("\"NATO\" -> \"Russia\""))
        let svg = TestTemp.dir + "kbctl-graph-\(UUID().uuidString).svg"
        let drawn = try kbctl(["graph", "--db", db, "--predicate", "threaten", "--format", "svg", "--output", svg])
        if ProcessInfo.processInfo.environment["KB_REQUIRE_GRAPHVIZ"] != nil || drawn.status == 0 {
            #expect(drawn.status == 0, "\(drawn.err)")
            #expect((try? String(contentsOfFile: svg, encoding: .utf8))?.contains("<svg") == true)
        } else {
            #expect(drawn.err.contains("Graphviz 'dot' is not on PATH"))
        }
        #expect(try kbctl(["graph", "--db", db, "--predicate", "hugs"]).err.contains("not a predicate"))

        let jsonl = try kbctl(["export", "--db", db, "--kind", "relations"])
        let relations = try jsonl.out.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(!relations.isEmpty && relations.allSatisfy { $0?["kind"] as? String == "relation" && $0?["evidence"] is String })
        let csv = try kbctl(["export", "--db", db, "--format", "csv"])
        #expect(csv.status == 1 && csv.err.contains("--kind"))
    }
}
