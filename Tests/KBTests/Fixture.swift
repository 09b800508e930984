import Foundation
// TestTemp (where tests write their files), for every file of this target.
@_exported import TestSupport
@testable import KB

/// The invented knowledge base in `Fixtures/fixture.sql`, written into a fresh database file.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A new database file holding the fixture rows; each call gives its own file.
    static func database() throws -> String {
        let path = TestTemp.dir + "kbctl-fixture-\(UUID().uuidString).db"
        let queue = try KBDatabase.openForWriting(path: path)
        let sql = try String(contentsOf: folder.appendingPathComponent("fixture.sql"), encoding: .utf8)
        // The rows are written as SQL, past kbctl's writers: the entity counts and row groups they
        // keep are counted here.
        try queue.write { db in
            try db.execute(sql: sql)
            try EntityCounts.recount(db)
            try RowGroups.rebuild(db)
        }
        return path
    }

    /// Compares `text` with `Fixtures/golden/<name>`; `KB_UPDATE_GOLDEN=1` rewrites the file instead.
    static func matchesGolden(_ text: String, _ name: String) throws -> Bool {
        let url = folder.appendingPathComponent("golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KB_UPDATE_GOLDEN"] != nil {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return true
        }
        return text == (try? String(contentsOf: url, encoding: .utf8))
    }
}
