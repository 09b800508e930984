import Foundation
import Testing

/// Crashes, concurrent use and damaged or read-only databases, through the binary.
@Suite(.serialized) struct ReliabilityTests {
    /// Row counts that must come out the same however the ingest was interrupted.
    static let countsSQL = """
        SELECT (SELECT count(*) FROM documents) || ' ' || (SELECT count(*) FROM sentences) || ' ' || (SELECT count(*) FROM mentions)
            || ' ' || (SELECT count(*) FROM statements) || ' ' || (SELECT count(*) FROM relations) || ' ' || (SELECT count(*) FROM roles)
            || ' ' || (SELECT count(*) FROM aliases) AS counts
        """

    static func counts(_ db: String) throws -> String {
        try CLI.run(["sql", "--db", db, countsSQL, "--format", "csv"]).out
    }

    /// SIGKILL at many points of an ingest: the database stays sound, no document is partly
    /// stored, and running the same ingest again ends exactly where an uninterrupted run ends.
    @Test(.timeLimit(.minutes(10)))
    func killedIngestsLeaveNoPartialDocuments() throws {
        let articles = try CLI.articles(40)
        let reference = CLI.tempPath("db")
        #expect(try CLI.run(["ingest", "--quiet", "--db", reference, articles]).status == 0)
        let expected = try Self.counts(reference)

        let db = CLI.tempPath("db")
        var killedMidway = 0
        for round in 0..<12 {
            let p = try CLI.start(["ingest", "--quiet", "--db", db, articles])
            usleep(useconds_t(30_000 + (round * 97_000) % 900_000))
            if p.isRunning { kill(p.processIdentifier, SIGKILL); killedMidway += 1 }
            p.waitUntilExit()
            // Killed before the database existed, or before its first transaction created the tables.
            if !FileManager.default.fileExists(atPath: db) { continue }
            let check = try CLI.run(["check", "--db", db, "--format", "csv"])
            #expect(check.status == 0 || check.err.contains("holds no kbctl tables yet"), "round \(round): \(check.out)\(check.err)")
        }
        #expect(killedMidway > 0, "no run was interrupted; the kill points need moving")
        #expect(try CLI.run(["ingest", "--quiet", "--db", db, articles]).status == 0)
        #expect(try Self.counts(db) == expected)
    }

    /// Queries run while an ingest writes, and a second ingest waits its turn.
    @Test(.timeLimit(.minutes(10)))
    func readersAndASecondWriterDuringAnIngest() throws {
        let first = try CLI.articles(30), second = try CLI.articles(30, seed: 100)
        let db = CLI.tempPath("db")
        #expect(try CLI.run(["ingest", "--quiet", "--db", db, first + "/article-000.txt"]).status == 0)
        let writer = try CLI.start(["ingest", "--quiet", "--db", db, first])
        let other = try CLI.start(["ingest", "--quiet", "--db", db, second])
        var last = 0
        var reads = 0
        while writer.isRunning || other.isRunning {
            let r = try CLI.run(["sql", "--db", db, "SELECT count(*) AS n FROM documents", "--format", "csv"])
            #expect(r.status == 0, "\(r.err)")
            let n = Int(r.out.split(separator: "\n").last ?? "") ?? -1
            #expect(n >= last, "a reader saw the count go back from \(last) to \(n)")
            last = n
            #expect(try CLI.run(["query", "--db", db, "who threatens whom", "--format", "json"]).status == 0)
            reads += 1
        }
        writer.waitUntilExit(); other.waitUntilExit()
        #expect(writer.terminationStatus == 0 && other.terminationStatus == 0)
        #expect(reads > 0)
        #expect(try CLI.run(["sql", "--db", db, "SELECT count(*) AS n FROM documents", "--format", "csv"]).out == "n\n60\n")
        #expect(try CLI.run(["check", "--db", db]).status == 0)
    }

    /// A read-only database file in a read-only folder: queries work, ingest says why it cannot write.
    @Test func readOnlyDatabaseIsReadButNeverWritten() throws {
        let dir = CLI.tempPath("ro")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let db = dir + "/kb.db"
        #expect(try CLI.run(["ingest", "--db", db, "-"], stdin: "Chile said Peru threatens its fishermen.").status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir) }
        // Root ignores permissions, so run as nobody when the tests run as root.
        let asUser = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        if !asUser.isEmpty, !FileManager.default.isExecutableFile(atPath: asUser[0]) { return }
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let q = try CLI.run(["query", "--db", db, "who said what", "--format", "csv"], prefix: asUser)
        #expect(q.status == 0 && q.out.contains("Chile"), "\(q.err)")
        let w = try CLI.run(["ingest", "--db", db, "-"], stdin: "Peru said no.", prefix: asUser)
        #expect(w.status == 1 && w.err.contains("read-only"), "\(w.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    /// A file this user cannot read is named and skipped; the readable one lands.
    @Test func unreadableFileIsSkippedByName() throws {
        let dir = CLI.tempPath("unreadable")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dir)
        try "Chile said Peru threatens its fishermen.".write(toFile: dir + "/good.txt", atomically: true, encoding: .utf8)
        try "Peru said no.".write(toFile: dir + "/secret.txt", atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: dir + "/good.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: dir + "/secret.txt")
        let asUser = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        if !asUser.isEmpty, !FileManager.default.isExecutableFile(atPath: asUser[0]) { return }
        let r = try CLI.run(["ingest", "--db", dir + "/kb.db", dir], prefix: asUser)
        #expect(r.status == 2, "\(r.err)")
        #expect(r.err.contains("secret.txt") && r.err.contains("cannot be read"), "\(r.err)")
        #expect(r.out.contains("1 new"), "\(r.out)")
    }

    static let damaged: [(name: String, bytes: @Sendable (Data) -> Data, message: String)] = [
        ("truncated", { $0.prefix(40_000) }, "damaged"),
        ("overwritten pages", { d in var d = d; d.replaceSubrange(8192..<24576, with: Data(repeating: 0xFF, count: 16384)); return d }, "damaged"),
        ("not sqlite", { _ in Data("SQLite format 3\0 but not really".utf8) }, "not an SQLite database"),
    ]

    /// Damaged files give a message and an exit code, never a crash or a write.
    @Test(arguments: damaged.indices)
    func damagedDatabaseIsReported(_ i: Int) throws {
        let good = CLI.tempPath("db")
        #expect(try CLI.run(["ingest", "--quiet", "--db", good, try CLI.articles(4)]).status == 0)
        #expect(try CLI.run(["sql", "--db", good, "PRAGMA wal_checkpoint"]).status != 0)  // read-only: refused
        let db = CLI.tempPath("db")
        let bytes = Self.damaged[i].bytes(try Data(contentsOf: URL(fileURLWithPath: good)))
        try bytes.write(to: URL(fileURLWithPath: db))
        for args in [["query", "who threatens whom"], ["check"], ["sql", "SELECT * FROM v_relations"], ["ingest", "-"]] {
            let r = try CLI.run([args[0], "--db", db] + args.dropFirst(), stdin: "Chile said so.")
            #expect(r.status == 1, "\(Self.damaged[i].name) \(args): \(r.status) \(r.err)")
            #expect(r.err.contains(Self.damaged[i].message) || r.err.contains("corrupt") || r.out.contains("FAILED"), "\(Self.damaged[i].name) \(args): \(r.err)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
    }
}
