import Foundation
import Testing

/// Several kbctl processes on one database at once.
@Suite(.serialized) struct ConcurrencyTests {
    /// Four ingests started together on a path that does not exist yet: the migrations run once,
    /// under an exclusive lock the others wait for, and all four exit 0 — twenty times over.
    /// Before, one run in seven failed with "table documents already exists".
    @Test(.timeLimit(.minutes(10)))
    func simultaneousFirstIngestsAllSucceed() throws {
        let articles = try CLI.articles(4)
        for round in 0..<20 {
            let db = CLI.tempPath("db")
            let processes = try (0..<4).map { i in
                try CLI.start(["ingest", "--quiet", "--db", db, articles + "/article-00\(i).txt"])
            }
            for p in processes { p.waitUntilExit() }
            #expect(processes.map(\.terminationStatus) == [0, 0, 0, 0], "round \(round)")
            let n = try CLI.run(["sql", "--db", db, "SELECT count(*) AS n FROM documents", "--format", "csv"])
            #expect(n.out == "n\n4\n", "round \(round): \(n.out)\(n.err)")
            if round % 5 == 0 { #expect(try CLI.run(["check", "--db", db]).status == 0, "round \(round)") }
        }
    }

    /// `check` while an ingest writes exits 0 every time: it only reads, with a busy timeout.
    /// Before, 36 runs in 40 reported FAILED (its full-text check was a write with no wait).
    @Test(.timeLimit(.minutes(10)))
    func checkDuringAnIngestPasses() throws {
        let articles = try CLI.articles(200, seed: 7)
        let db = CLI.tempPath("db")
        #expect(try CLI.run(["ingest", "--quiet", "--db", db, articles + "/article-000.txt"]).status == 0)
        let writer = try CLI.start(["ingest", "--quiet", "--db", db, articles])
        var checks = 0
        while writer.isRunning || checks == 0 {
            let r = try CLI.run(["check", "--db", db, "--format", "csv"])
            #expect(r.status == 0, "check \(checks): \(r.out)\(r.err)")
            checks += 1
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        #expect(checks >= 3, "only \(checks) check(s) ran during the ingest")
    }
}
