import Foundation
import GRDB
import Testing

/// A file that is not a kbctl database, or is damaged, is refused by `ingest` with its bytes
/// unchanged: nothing is written, not even the switch to WAL.
@Suite(.serialized) struct DamagedAndForeignFileTests {
    static func sha256(_ path: String) throws -> String {
        let r = try CLI.shell("sha256sum '\(path)'")
        return String(r.split(separator: " ").first ?? "")
    }

    /// A kbctl database of a few articles, closed (its log checkpointed into the file).
    static let good: Data = {
        let db = CLI.tempPath("db")
        _ = try? CLI.run(["ingest", "--quiet", "--db", db, try CLI.articles(6)])
        return (try? Data(contentsOf: URL(fileURLWithPath: db))) ?? Data()
    }()

    /// Ways to damage a database, each applied at a place chosen by a seeded generator.
    static let damage: [(name: String, apply: @Sendable (inout Data, inout SplitMix) -> Void)] = [
        ("a page of random bytes", { d, r in let p = page(d, &r); for i in p..<(p + 4096) { d[i] = UInt8.random(in: 0...255, using: &r) } }),
        ("a zeroed page", { d, r in let p = page(d, &r); d.replaceSubrange(p..<(p + 4096), with: Data(count: 4096)) }),
        ("a page header scrambled", { d, r in let p = page(d, &r); for i in p..<(p + 8) { d[i] = UInt8.random(in: 0...255, using: &r) } }),
        ("pages cut off the end", { d, r in d = d.prefix(d.count - 4096 * Int.random(in: 1...3, using: &r)) }),
        ("the page size garbled", { d, r in d[16] = UInt8.random(in: 0x01...0x0F, using: &r); d[17] = UInt8.random(in: 1...255, using: &r) }),
    ]

    /// A random page other than the first (whose header SQLite checks on its own).
    static func page(_ d: Data, _ r: inout SplitMix) -> Int { 4096 * Int.random(in: 1..<(d.count / 4096), using: &r) }

    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// 50 corrupted copies (ten of each kind of damage): each `ingest` exits 1 with a message and
    /// leaves the file's SHA-256 as it was. Before, half were written to and exited 0.
    @Test(.timeLimit(.minutes(10)))  // a guard against hangs, not a speed test: the suite runs in parallel on 2 cores
    func corruptedCopiesAreRefusedUntouched() throws {
        let good = Self.good
        #expect(good.count > 4096 * 8, "the fixture database was not built")
        let article = CLI.tempPath("txt")
        try "Chile said Peru threatens its fishermen.".write(toFile: article, atomically: true, encoding: .utf8)
        var rng = SplitMix(state: 1_729)
        for n in 0..<50 {
            let kind = Self.damage[n % Self.damage.count]
            var bytes = good
            kind.apply(&bytes, &rng)
            let db = CLI.tempPath("db")
            try bytes.write(to: URL(fileURLWithPath: db))
            let before = try Self.sha256(db)
            let r = try CLI.run(["ingest", "--db", db, article])
            #expect(r.status == 1, "copy \(n) (\(kind.name)): exit \(r.status) \(r.err)")
            #expect(r.err.contains("damaged") || r.err.contains("not an SQLite database") || r.err.contains("not a kbctl database"),
                    "copy \(n) (\(kind.name)): \(r.err)")
            #expect(try Self.sha256(db) == before, "copy \(n) (\(kind.name)) was changed")
        }
    }

    /// A database kbctl wrote last is not checked whole again (its record, `<db>-verified`, matches
    /// it), but one damaged in place since is: the damage changes its times, the record no longer
    /// matches, and the next ingest refuses it untouched. (A tiny article's ingest reads none of
    /// the pages damaged here: without the check it would write and exit 0.)
    @Test(.timeLimit(.minutes(10)))
    func aDatabaseDamagedInPlaceAfterKbctlWroteItIsRefusedUntouched() throws {
        let first = CLI.tempPath("txt"), second = CLI.tempPath("txt")
        try "Chile said Peru threatens its fishermen.".write(toFile: first, atomically: true, encoding: .utf8)
        try "Ghana thanked Togo for the port.".write(toFile: second, atomically: true, encoding: .utf8)
        var rng = SplitMix(state: 4_242)
        for n in 0..<9 {
            let kind = Self.damage[n % 3]  // the page damages: the file keeps its size
            let db = CLI.tempPath("db")
            try Self.good.write(to: URL(fileURLWithPath: db))
            #expect(try CLI.run(["ingest", "--quiet", "--db", db, first]).status == 0)
            #expect(FileManager.default.fileExists(atPath: db + "-verified"), "copy \(n): no record after the ingest")
            var bytes = try Data(contentsOf: URL(fileURLWithPath: db))
            kind.apply(&bytes, &rng)
            // In place: the same file (inode), so only its times tell it was written.
            let handle = try #require(FileHandle(forUpdatingAtPath: db))
            try handle.write(contentsOf: bytes)
            try handle.close()
            let before = try Self.sha256(db)
            let r = try CLI.run(["ingest", "--db", db, second])
            #expect(r.status == 1 && r.err.contains("damaged"), "copy \(n) (\(kind.name)): exit \(r.status) \(r.err)")
            #expect(try Self.sha256(db) == before, "copy \(n) (\(kind.name)) was changed")
        }
    }

    /// Other programs' SQLite files, each made in the default rollback-journal mode.
    static let foreign: [(name: String, sql: String, message: String)] = [
        ("another application's tables", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO users VALUES (1, 'ann')",
         "tables of its own"),
        ("views only", "CREATE VIEW v_documents AS SELECT 1 AS document_id", "only views"),
        ("another GRDB application", "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('v1');"
            + "CREATE TABLE player (id INTEGER PRIMARY KEY)", "are another application's"),
        // Its first migration is named like kbctl's: it was called "written by a newer kbctl".
        ("another GRDB application numbering its migrations as kbctl does",
         "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('0001_initial'), ('0002_players');"
            + "CREATE TABLE player (id INTEGER PRIMARY KEY)", "no table 'documents'"),
        ("another GRDB application, no migration yet", "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)", "migrations table is empty"),
        ("another application id", "PRAGMA application_id = 42; CREATE TABLE documents (id INTEGER PRIMARY KEY)", "application id is 0x0000002A"),
    ]

    @Test(arguments: foreign.indices)
    func foreignDatabasesKeepTheirBytes(_ i: Int) throws {
        let c = Self.foreign[i]
        let db = CLI.tempPath("db")
        try DatabaseQueue(path: db).writeWithoutTransaction { try $0.execute(sql: c.sql) }
        let before = try Self.sha256(db)
        for args in [["ingest", "-"], ["query", "who threatens whom"], ["sql", "SELECT 1"], ["check"]] {
            let r = try CLI.run([args[0], "--db", db] + args.dropFirst(), stdin: "Chile said so.")
            #expect(r.status == 1, "\(c.name) \(args[0]): \(r.status) \(r.err)")
            #expect(r.err.contains("is not a kbctl database") && r.err.contains(c.message), "\(c.name) \(args[0]): \(r.err)")
        }
        #expect(try Self.sha256(db) == before, "\(c.name) was changed")
        #expect(!FileManager.default.fileExists(atPath: db + "-wal"), "\(c.name) was switched to WAL")
    }

    /// Another program's WAL database whose log still holds a commit (copied while it ran): every
    /// command refuses it, and none checkpoints the log into the file as it closes.
    @Test func foreignWALDatabaseKeepsItsBytes() throws {
        let source = CLI.tempPath("db"), db = CLI.tempPath("db")
        let app = try DatabaseQueue(path: source)
        try app.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'kept')")
        }
        try FileManager.default.copyItem(atPath: source, toPath: db)
        try FileManager.default.copyItem(atPath: source + "-wal", toPath: db + "-wal")
        let before = try Self.sha256(db), log = try Self.sha256(db + "-wal")
        for args in [["ingest", "-"], ["query", "who said what"], ["sql", "SELECT 1"], ["check"]] {
            let r = try CLI.run([args[0], "--db", db] + args.dropFirst(), stdin: "Chile said so.")
            #expect(r.status == 1 && r.err.contains("is not a kbctl database"), "\(args[0]): \(r.err)")
        }
        #expect(try Self.sha256(db) == before)
        #expect(try Self.sha256(db + "-wal") == log)
        try app.close()
    }
}
