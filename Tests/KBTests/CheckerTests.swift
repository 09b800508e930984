import Foundation
import GRDB
import Testing
@testable import KB

/// `kbctl check` passes on a sound database and names the check each kind of damage breaks.
@Suite struct CheckerTests {
    @Test func soundDatabasePasses() throws {
        let (table, ok) = try Checker.run(dbPath: try Fixture.database())
        #expect(ok, "\(table)")
        #expect(table.rows.count == 2 + Checker.contract.count + Checker.consistency.count + 1)
    }

    static let damage: [(sql: String, failing: String)] = [
        ("DELETE FROM sentences WHERE document_id = 3", "every document has its sentences"),
        ("UPDATE sentences SET text = 'something else' WHERE id = 1", "sentences match their document's text"),
        ("UPDATE mentions SET char_end = 500 WHERE id = 1", "mentions lie in their sentence"),
        ("UPDATE relations SET sentence_id = 6 WHERE id = 1", "statements and relations cite a sentence of their document"),
        ("PRAGMA foreign_keys = OFF; INSERT INTO aliases (entity_id, alias) VALUES (999, 'nobody')", "foreign keys"),
        ("DROP VIEW v_threats", "view v_threats"),
        ("DROP VIEW v_roles; CREATE VIEW v_roles AS SELECT id AS role_id FROM roles", "view v_roles"),
        ("INSERT INTO sentences_fts(sentences_fts) VALUES ('delete-all')", "every sentence is in the full-text index"),
        ("INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', 2, 'We will respond')", "full-text index content"),
    ]

    @Test(arguments: damage.indices)
    func damageIsReported(_ i: Int) throws {
        let path = try Fixture.database()
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: Self.damage[i].sql) }
        let (table, ok) = try Checker.run(dbPath: path)
        #expect(!ok)
        let failed = table.rows.filter { $0[1] == .text("FAILED") }.map { $0[0].description }
        #expect(failed.contains(Self.damage[i].failing), "\(Self.damage[i].sql): \(failed)")
    }
}
