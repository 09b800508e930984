import Foundation
import KB
import Testing

/// kbctl's database and output as the Python tools people use open them. Each test is skipped,
/// with a message, when `$KB_PYTHON_VENV` lacks its tool (`.ci/run` installs them all).
@Suite(.serialized) struct PythonToolsTests {
    /// The seed article and a short invented one, so that every catalogue question has rows.
    static func seedDatabase() throws -> String {
        let dir = CLI.tempPath("kb")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let invented = dir + "/kerry.txt"
        try "John Kerry arrived in Geneva. Kerry said Russia threatened Iran. “We will not yield,” Kerry said.\n"
            .write(toFile: invented, atomically: true, encoding: .utf8)
        let db = dir + "/kb.db"
        let r = try CLI.run(["ingest", "--db", db, CLI.root.appendingPathComponent("seeds").path, invented])
        guard r.status == 0 else { throw PythonTools.Failure(message: "ingest failed: \(r.err)") }
        return db
    }

    static func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) }

    /// The JSON Datasette answers at `url`.
    static func fetch(_ url: String) throws -> Any {
        guard let body = PythonTools.get(url) else { throw PythonTools.Failure(message: "no answer from \(url)") }
        return try json(body)
    }

    /// Rows compared as JSON values, key order aside.
    static func canonical(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Datasette serves the seed database with kbctl's metadata: views described, `_search=`
    /// filtering sentences, every canned query answering as `kbctl query` does.
    @Test(.enabled(if: PythonTools.bin("datasette") != nil, Comment(rawValue: PythonTools.missing)), .timeLimit(.minutes(10)))
    func datasetteServesTheMetadata() throws {
        let db = try Self.seedDatabase()
        let port = try PythonTools.freePort()
        let server = Process()
        server.executableURL = CLI.binary
        server.arguments = ["datasette", "--db", db, "--serve", "--port", String(port)]
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = PythonTools.venv! + "/bin:" + (env["PATH"] ?? "/usr/bin:/bin")
        // The metadata file goes to the temporary folder: this test's, which is removed.
        env["TMPDIR"] = TestTemp.dir
        server.environment = env
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        // kbctl becomes datasette (exec): its process id is the server's.
        defer { PythonTools.stop(server) }
        let base = "http://127.0.0.1:\(port)"
        var up = false
        for _ in 0..<240 where !up {
            up = PythonTools.get(base + "/-/versions.json") != nil
            if !up { usleep(250_000) }
        }
        try #require(up, "datasette did not answer on port \(port)")

        let name = "kb"
        let metadata = try #require(try Self.fetch(base + "/-/metadata.json") as? [String: Any])
        let tables = try #require(((metadata["databases"] as? [String: Any])?[name] as? [String: Any])?["tables"] as? [String: [String: Any]])
        for view in Contract.views {
            #expect(tables[view.name]?["description"] as? String == view.description, "\(view.name)")
        }
        let page = try #require(PythonTools.get(base + "/\(name)/v_threats"))
        #expect(page.contains("CAMEO root 13"), "the view's page shows its description")
        let facets = try #require(try Self.fetch(base + "/\(name)/v_relations.json") as? [String: Any])
        #expect((facets["facet_results"] as? [String: Any])?["predicate"] != nil, "default facets")

        for table in ["sentences", "v_sentences"] {
            let all = try #require(try Self.fetch(base + "/\(name)/\(table).json?_shape=array&_size=max") as? [[String: Any]])
            let hits = try #require(try Self.fetch(base + "/\(name)/\(table).json?_shape=array&_search=Kerry") as? [[String: Any]])
            #expect(!hits.isEmpty && hits.count < all.count, "\(table): \(hits.count) of \(all.count)")
            #expect(hits.allSatisfy { ($0["text"] as? String)?.contains("Kerry") == true }, "\(table)")
        }

        for q in DatasetteMetadata.cannedQueries(QueryEngine(dbPath: db)) {
            let query = q.parameters.sorted { $0.key < $1.key }
                .map { "&\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0.value)" }.joined()
            let served = try Self.fetch(base + "/\(name)/\(q.name).json?_shape=array" + query)
            let asked = try CLI.run(["query", "--db", db, q.example, "--format", "json"])
            #expect(asked.status == 0, "\(q.example): \(asked.err)")
            #expect(try Self.canonical(served) == (try Self.canonical(try Self.json(asked.out))), "\(q.name)")
        }
    }

    /// Without Datasette on PATH, --serve says how to install it; the metadata is still written.
    @Test func serveWithoutDatasetteSaysHowToInstall() throws {
        let db = try Self.seedDatabase()
        let r = try CLI.run(["datasette", "--db", db, "--serve"], prefix: ["/usr/bin/env", "PATH=/nonexistent"])
        #expect(r.status == 1 && r.err.contains("pip install datasette"), "\(r.err)")
        let written = try CLI.run(["datasette", "--db", db])
        #expect(written.status == 0 && written.out.contains("\"fts_pk\""), "\(written.err)")
    }

    /// `sqlite-utils search` finds sentences through the full-text table; `sqlite-utils rows` reads a view.
    @Test(.enabled(if: PythonTools.bin("sqlite-utils") != nil, Comment(rawValue: PythonTools.missing)), .timeLimit(.minutes(10)))
    func sqliteUtilsSearchesAndReads() throws {
        let db = try Self.seedDatabase()
        let tool = PythonTools.bin("sqlite-utils")!
        let search = try CLI.execute(tool, ["search", db, "sentences", "Kerry"])
        #expect(search.status == 0, "\(search.err)")
        let hits = try #require(try Self.json(search.out) as? [[String: Any]])
        #expect(!hits.isEmpty && hits.allSatisfy { ($0["text"] as? String)?.contains("Kerry") == true }, "\(search.out)")
        let rows = try CLI.execute(tool, ["rows", db, "v_threats"])
        #expect(rows.status == 0, "\(rows.err)")
        let threats = try #require(try Self.json(rows.out) as? [[String: Any]])
        #expect(!threats.isEmpty && threats.allSatisfy { $0["cameo_name"] is String && $0["whose_claim"] != nil })
    }

    /// networkx reads the GraphML export: labelled nodes with aliases, edges with their trigger.
    @Test(.enabled(if: PythonTools.has("networkx"), Comment(rawValue: PythonTools.missing)), .timeLimit(.minutes(10)))
    func networkxReadsTheGraph() throws {
        let db = try Self.seedDatabase()
        let file = CLI.tempPath("graphml")
        #expect(try CLI.run(["export", "--db", db, "--format", "graphml", "--output", file]).status == 0)
        let summary = try PythonTools.python("""
            import sys, networkx
            g = networkx.read_graphml(sys.argv[1])
            labels = {d["label"] for _, d in g.nodes(data=True)}
            print("NATO" in labels, all("trigger" in d and "predicate" in d for _, _, d in g.edges(data=True)), g.number_of_edges() > 0)
            """, [file])
        #expect(summary == "True True True\n")
    }

    /// pandas reads kbctl's CSV with CAMEO codes as the text they are ("013" keeps its zero).
    @Test(.enabled(if: PythonTools.has("pandas"), Comment(rawValue: PythonTools.missing)), .timeLimit(.minutes(10)))
    func pandasReadsCodesAsWritten() throws {
        let db = try Self.seedDatabase()
        let csv = CLI.tempPath("csv")
        #expect(try CLI.run(["export", "--db", db, "--format", "csv", "--kind", "relations", "--output", csv]).status == 0)
        let codes = try PythonTools.python("""
            import sys, pandas
            frame = pandas.read_csv(sys.argv[1], dtype={"cameo": "string"})
            print("\\n".join(sorted(set(c for c in frame["cameo"].dropna()))))
            """, [csv])
        let stored = try CLI.run(["sql", "--db", db, "SELECT DISTINCT cameo FROM v_relations WHERE cameo IS NOT NULL ORDER BY cameo", "--format", "tsv"])
        #expect(codes == stored.out.split(separator: "\n").dropFirst().joined(separator: "\n") + "\n")
        #expect(codes.split(separator: "\n").contains { $0.hasPrefix("0") }, "the seed has a code with a leading zero: \(codes)")
    }
}
