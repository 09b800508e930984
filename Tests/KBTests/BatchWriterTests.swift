import Foundation
import GRDB
import Testing
@testable import KB

/// A document that fails is rolled back alone, and the writer's entity and alias caches never
/// outlive the rows they name.
@Suite struct BatchWriterTests {
    static let pipeline = Pipeline(knowledge: .builtIn)

    static func rows(_ text: String, _ source: String) -> DocumentRows {
        DocumentRows(pipeline.analyze(raw: text, format: .text, source: source))
    }

    static let first = rows("Chile said on Monday that Peru threatens its fishermen.", "first")
    /// Names an entity no other document names: rolled back, it must leave the cache too.
    static let poisoned = rows("Kenyan Trade Minister Grace Wanjiru met Ugandan officials in Kampala. POISON.", "poisoned")
    static let third = rows("Grace Wanjiru said Kenya would talk to Chile.", "third")

    /// A database whose sentences refuse the word POISON while the trigger exists.
    static func poisonableDatabase() throws -> (String, DatabaseQueue) {
        let path = TestTemp.dir + "kbctl-batchwriter-\(UUID().uuidString).db"
        let queue = try KBDatabase.openForWriting(path: path)
        try queue.write { try $0.execute(sql: "CREATE TRIGGER poison BEFORE INSERT ON sentences WHEN new.text LIKE '%POISON%' BEGIN SELECT RAISE(ABORT, 'poisoned sentence'); END") }
        return (path, queue)
    }

    @Test func aFailedDocumentRollsBackAloneAndTheOnesBeforeItLand() throws {
        let (path, queue) = try Self.poisonableDatabase()
        let writer = BatchWriter(queue: queue)
        #expect {
            try writer.write([Self.first, Self.poisoned, Self.third], force: false, ingestedAt: "2026-01-01T00:00:00Z")
        } throws: { error in
            guard let failure = error as? BatchWriter.BatchFailure else { return false }
            return failure.outcomes.count == 1 && "\(failure.error)".contains("poisoned sentence")
        }
        let sources = try queue.read { try String.fetchAll($0, sql: "SELECT source FROM documents ORDER BY id") }
        #expect(sources == ["first"])
        let wanjiru = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM entities WHERE name LIKE '%Wanjiru%'") }
        #expect(wanjiru == 0)

        // The same writer, its caches after the rollback: the documents land with their entities.
        try queue.write { try $0.execute(sql: "DROP TRIGGER poison") }
        _ = try writer.write([Self.poisoned, Self.third], force: false, ingestedAt: "2026-01-01T00:00:00Z")
        #expect(try Checker.run(dbPath: path).ok)
        let mentions = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.name = 'Grace Wanjiru'") }
        #expect(mentions == 2)
    }

    /// Another connection deletes what the cache names between two batches: the writer notices
    /// (PRAGMA data_version) and looks the entities up again instead of pointing at gone rows.
    @Test func anotherConnectionsChangesEmptyTheCaches() throws {
        let (path, queue) = try Self.poisonableDatabase()
        let writer = BatchWriter(queue: queue)
        _ = try writer.write([Self.first], force: false, ingestedAt: "2026-01-01T00:00:00Z")
        let other = try DatabaseQueue(path: path)
        try other.write { db in
            try db.execute(sql: "DELETE FROM documents")
            try Store.removeOrphanEntities(db)
        }
        _ = try writer.write([Self.third], force: false, ingestedAt: "2026-01-01T00:00:00Z")
        #expect(try Checker.run(dbPath: path).ok)
        let dangling = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM mentions WHERE entity_id NOT IN (SELECT id FROM entities)") }
        #expect(dangling == 0)
        let chile = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE e.name = 'Chile'") }
        #expect(chile == 1)
    }
}
