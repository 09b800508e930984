import Foundation
import GRDB
import Testing
import TestSupport
@testable import KB

/// The record that lets an ingest skip the whole-file check: it holds only while the file is
/// exactly as kbctl's last writer left it.
@Suite struct VerifiedFilesTests {
    /// What happens to the database after an ingest, and whether the record still holds.
    static let cases: [(name: String, change: @Sendable (String) throws -> Void, holds: Bool)] = [
        ("left as the ingest wrote it", { _ in }, true),
        ("touched", { path in _ = utimes(path, nil) }, false),
        ("written by another SQLite connection", { path in
            try DatabaseQueue(path: path).write { try $0.execute(sql: "INSERT INTO meta(key, value) VALUES ('other', 'x')") }
        }, false),
        ("replaced by a copy of itself", { path in
            try FileManager.default.copyItem(atPath: path, toPath: path + ".copy")
            _ = rename(path + ".copy", path)
        }, false),
        ("a log beside it", { path in try Data("not empty".utf8).write(to: URL(fileURLWithPath: path + "-wal")) }, false),
        ("its record removed", { path in try FileManager.default.removeItem(atPath: path + "-verified") }, false),
    ]

    @Test(arguments: cases.indices)
    func theRecordHoldsOnlyForTheFileAsKbctlLeftIt(_ i: Int) throws {
        let (name, change, holds) = Self.cases[i]
        let dir = TestTemp.dir + "kbctl-verified-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "Chile said Peru threatens its fishermen.".write(toFile: dir + "/a.txt", atomically: true, encoding: .utf8)
        let db = dir + "/kb.db"
        _ = try Ingester(dbPath: db, jobs: 1).ingest([dir + "/a.txt"])
        #expect(VerifiedFiles.isUnchanged(db), "\(name): no record right after the ingest")
        try change(db)
        #expect(VerifiedFiles.isUnchanged(db) == holds, "\(name)")
    }

    /// A new database is recorded by the ingest that made it; a file nothing recorded is not.
    @Test func onlyAFileAKbctlWriterClosedIsRecorded() throws {
        let path = TestTemp.dir + "kbctl-verified-\(UUID().uuidString).db"
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE t(x)") }
        #expect(!VerifiedFiles.isUnchanged(path))
        #expect(VerifiedFiles.fingerprint(path + ".missing") == nil)
    }
}
