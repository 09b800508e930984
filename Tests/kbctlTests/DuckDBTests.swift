import Foundation
import Testing

/// DuckDB reads kbctl's output as it is: a database through its SQLite reader, several shards as
/// one view, and the JSONL export through read_json; each answers "who threatens whom" with the
/// rows `kbctl query` gives. Runs `scripts/duckdb-threats.py` (the README's recipes); skipped when
/// no Python with the `duckdb` package is found.
@Suite(.serialized, .timeLimit(.minutes(10))) struct DuckDBTests {
    /// `$KB_DUCKDB_PYTHON` (the venv .ci/run makes), else python3 if it has duckdb.
    static let python: String? = {
        let candidates = [ProcessInfo.processInfo.environment["KB_DUCKDB_PYTHON"], "/usr/bin/python3", "/usr/local/bin/python3"].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) && (try? run($0, ["-c", "import duckdb"]).status) == 0 }
    }()

    static func run(_ program: String, _ args: [String]) throws -> (status: Int32, out: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.standardError
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// One database of nine invented articles, the same articles as three shards, and its export.
    static let inputs: (db: String, shards: [String], jsonl: String) = {
        let dir = try! CLI.articles(9, seed: 2), db = CLI.tempPath("db"), jsonl = CLI.tempPath("jsonl")
        try! CLI.run(["ingest", "--quiet", "--db", db, dir])
        try! CLI.run(["export", "--db", db, "--format", "jsonl", "-o", jsonl])
        let files = try! FileManager.default.contentsOfDirectory(atPath: dir).sorted().map { "\(dir)/\($0)" }
        let shards = (0..<3).map { i in
            let shard = CLI.tempPath("db")
            try! CLI.run(["ingest", "--quiet", "--db", shard] + files.enumerated().filter { $0.offset % 3 == i }.map(\.element))
            return shard
        }
        return (db, shards, jsonl)
    }()

    /// Rows as comparable text, in no particular order (ties in kbctl's ORDER BY may fall either way).
    static func rows(_ json: String) throws -> [String] {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        return try array.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }.sorted()
    }

    @Test(.enabled(if: python != nil, "no Python with duckdb: .ci/run installs it into a venv and sets KB_DUCKDB_PYTHON"),
          arguments: ["sqlite", "shards", "jsonl"])
    func duckDBAnswersAsKbctlQueryDoes(_ mode: String) throws {
        let (db, shards, jsonl) = Self.inputs
        let expected = try CLI.run(["query", "--db", db, "who threatens whom", "--format", "json"])
        #expect(expected.status == 0)
        let script = CLI.root.appendingPathComponent("scripts/duckdb-threats.py").path
        // The shards are named with one twice: a document read from two shards is one set of rows by key.
        let args = mode == "sqlite" ? [db] : mode == "shards" ? shards + [shards[0]] : [jsonl]
        let duck = try Self.run(try #require(Self.python), [script, mode] + args)
        #expect(duck.status == 0)
        let want = try Self.rows(expected.out)
        #expect(want.count > 5)
        #expect(try Self.rows(duck.out) == want)
    }
}
