import Foundation
import Testing
@testable import KB

/// The process-wide SQLite settings, each checked in a fresh process (an exit test), where SQLite
/// starts uninitialised as it does in kbctl: this test process has opened connections of every
/// kind by the time a test runs.
@Suite struct SQLiteSetupTests {
    /// Opening a database turns SQLite's memory statistics off: writing rows counts no memory.
    @Test func openingADatabaseTurnsMemoryStatisticsOff() async {
        await #expect(processExitsWith: .success) {
            let path = NSTemporaryDirectory() + "kbctl-sqlite-setup-\(UUID().uuidString).db"
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            let queue = try KBDatabase.openForWriting(path: path)
            try queue.write { db in try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('setup-test', 'x')") }
            guard SQLiteSetup.applied, SQLiteSetup.countedMemory == 0 else { exit(1) }
        }
    }

    #if os(Linux)
    /// Each document's savepoint journal stays in memory: storing an article into a database that
    /// already holds some makes a few writes (its pages in the log), not one per page its savepoint
    /// journals (a temporary file under SQLite's default spill size, ~350 writes an article).
    @Test func savepointJournalsStayInMemory() async {
        await #expect(processExitsWith: .success) {
            let dir = NSTemporaryDirectory() + "kbctl-sqlite-journal-\(UUID().uuidString)"
            defer { try? FileManager.default.removeItem(atPath: dir) }
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let files = try (0..<60).map { n in
                let path = "\(dir)/article-\(n).txt"
                try SQLiteSetupTests.article(n).write(toFile: path, atomically: true, encoding: .utf8)
                return path
            }
            let db = dir + "/kb.db"
            _ = try Ingester(dbPath: db, jobs: 1).ingest(Array(files[..<40]))
            let before = try SQLiteSetupTests.writeCalls()
            _ = try Ingester(dbPath: db, jobs: 1).ingest(Array(files[40...]))
            let perArticle = (try SQLiteSetupTests.writeCalls() - before) / 20
            guard perArticle < 60 else { exit(1) }
        }
    }

    /// The write system calls this process has made (`syscw` of /proc/self/io).
    static func writeCalls() throws -> Int {
        let io = try String(contentsOfFile: "/proc/self/io", encoding: .utf8)
        guard let line = io.split(separator: "\n").first(where: { $0.hasPrefix("syscw:") }),
              let n = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) else { throw CocoaError(.fileReadCorruptFile) }
        return n
    }
    #endif

    /// An invented article of about twenty sentences: ministers, countries and quotes vary with `n`.
    static func article(_ n: Int) -> String {
        let countries = ["Chile", "Peru", "Kenya", "Norway", "Ghana", "Japan", "India", "Brazil", "Poland", "Vietnam", "Morocco"]
        let people = ["Ana Ortiz", "Lars Holm", "Grace Wanjiru", "Kofi Mensah", "Yuki Tanaka", "Ravi Shah", "Marta Nowak"]
        let verbs = ["warned", "criticised", "praised", "threatened", "accused", "thanked", "met"]
        var lines = ["Talks in \(countries[n % countries.count]), round \(n)", ""]
        for s in 0..<20 {
            let a = countries[(n + s) % countries.count], b = countries[(n * 3 + s + 1) % countries.count]
            let p = people[(n + 2 * s) % people.count], v = verbs[(n + s) % verbs.count]
            lines.append(s % 3 == 0
                ? "“We will answer in kind,” Foreign Minister \(p) of \(a) said on day \(n * 20 + s)."
                : "\(a) \(v) \(b) over the dispute number \(n * 20 + s), officials said.")
        }
        return lines.joined(separator: " ")
    }
}
