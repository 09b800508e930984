import Foundation
import GRDB
import Testing
@testable import KB

/// `relation_groups` and `role_groups` (migration 0012) hold the relations and roles counted by
/// group after every way rows change: ingest in batches or one document at a time, a replacement,
/// a merge, a deleted document or entity, an edited row, a migration. The grouped answers equal the
/// answers counted from the rows; `kbctl check` finds groups left behind by another program, and
/// `reextract` mends them.
@Suite(.timeLimit(.minutes(10))) struct RowGroupsTests {
    static let texts = [
        "Peru threatened Chile on Monday. Peru threatened Chile again. Juan Ortiz, the foreign minister of Peru, said the talks had failed.",
        "Chile warned Bolivia. Bolivia threatened Chile with sanctions. Ana Silva, the defence minister of Chile, met Ortiz.",
        "Norway criticized Peru. Chile did not threaten Bolivia.",
    ]

    static func temp() -> String { TestTemp.dir + "kbctl-groups-\(UUID().uuidString).db" }

    static func ingest(_ texts: [String], into db: String, batch: Int = 100) throws {
        _ = try EntityCountsTests.ingest(texts, into: db, batch: batch)
    }

    /// Groups that differ from the rows, and how many groups there are.
    static func state(_ db: String) throws -> (mismatches: Int, relationGroups: Int, roleGroups: Int) {
        try KBDatabase.openForReading(path: db).read { db in
            (try Int.fetchOne(db, sql: RowGroups.mismatches) ?? -1,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM relation_groups") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM role_groups") ?? 0)
        }
    }

    /// Changes another program (or a cascade) makes to the rows; the triggers follow each.
    static let changes: [(name: String, sql: String)] = [
        ("a document deleted", "DELETE FROM documents WHERE id = 1"),
        ("an entity deleted: its relations' ids set to NULL, its roles deleted", "DELETE FROM entities WHERE name IN ('Chile', 'Juan Ortiz')"),
        ("polarity edited", "UPDATE relations SET polarity = 1 - polarity WHERE id % 2 = 0"),
        ("a role edited", "UPDATE roles SET role = 'envoy'"),
        ("every relation deleted", "DELETE FROM relations"),
    ]

    @Test(arguments: changes.indices)
    func theGroupsFollowEveryChange(_ i: Int) throws {
        let db = Self.temp()
        try Self.ingest(Self.texts, into: db)
        let before = try Self.state(db)
        #expect(before.mismatches == 0 && before.relationGroups > 0 && before.roleGroups > 0, "\(before)")
        try KBDatabase.openForWriting(path: db).write { try $0.execute(sql: Self.changes[i].sql) }
        #expect(try Self.state(db).mismatches == 0, "\(Self.changes[i].name)")
    }

    @Test(arguments: [1, 100])
    func ingestKeepsTheGroups(batch: Int) throws {
        let db = Self.temp()
        try Self.ingest(Self.texts, into: db, batch: batch)
        let s = try Self.state(db)
        #expect(s.mismatches == 0)
        // "Peru threatened Chile" twice in one article: one group of two.
        let twice = try KBDatabase.openForReading(path: db).read {
            try Int.fetchOne($0, sql: "SELECT max(relations) FROM relation_groups")
        }
        #expect(twice == 2)
    }

    @Test func replacedAndMergedDocumentsKeepTheGroups() throws {
        let a = Self.temp(), b = Self.temp(), out = Self.temp()
        try Self.ingest(Array(Self.texts[0...1]), into: a)
        try Self.ingest(Array(Self.texts[1...2]), into: b)
        _ = try Merger.merge(into: out, shards: [a, b])
        #expect(try Self.state(out).mismatches == 0)
        let queue = try KBDatabase.openForWriting(path: a)
        let doc = Pipeline().analyze(raw: Self.texts[0], format: .text, source: "again.txt")
        _ = try queue.write { try Store.write(doc, to: $0, force: true, ingestedAt: "2026-01-01T00:00:00Z") }
        _ = try BatchWriter(queue: queue).write([DocumentRows(doc)], force: true, ingestedAt: "2026-01-01T00:00:00Z")
        #expect(try Self.state(a).mismatches == 0)
    }

    /// Batches that replace documents (whose rows go, and whose ids new rows take) among new ones:
    /// the batch's groups are written once, and must still equal the rows.
    static let replacingBatches: [(name: String, texts: [Int])] = [
        ("the last document replaced, then a new one", [2, 3]),
        ("a new one, then the first document replaced", [3, 0]),
        ("two replacements and a new one", [2, 3, 1]),
    ]

    @Test(arguments: replacingBatches.indices)
    func aBatchOfReplacementsKeepsTheGroups(_ i: Int) throws {
        let db = Self.temp()
        try Self.ingest(Self.texts, into: db)
        let texts = Self.texts + ["Peru threatened Bolivia. Ana Silva, the defence minister of Chile, spoke."]
        let docs = Self.replacingBatches[i].texts.enumerated().map { n, t in
            DocumentRows(Pipeline().analyze(raw: texts[t], format: .text, source: "batch-\(n).txt"))
        }
        _ = try BatchWriter(queue: KBDatabase.openForWriting(path: db)).write(docs, force: true, ingestedAt: "2026-01-01T00:00:00Z")
        let s = try Self.state(db)
        #expect(s.mismatches == 0 && s.relationGroups > 0, "\(Self.replacingBatches[i].name): \(s)")
    }

    /// With one document, the grouped answer (no filter) and the answer counted from the rows
    /// (`--document 1`) are the same rows.
    @Test(arguments: ["who threatens whom", "who threatens Chile", "Peru threaten ?", "who is who", "whom does Bolivia threaten"])
    func groupedAnswersEqualCountedOnes(_ question: String) throws {
        let db = Self.temp()
        try Self.ingest([Self.texts.joined(separator: " ")], into: db)
        let engine = QueryEngine(dbPath: db)
        let q = try Question.parse(question, predicate: engine.predicate(for:))
        var o = QueryOptions()
        o.document = 1
        let grouped = try engine.run(q), counted = try engine.run(q, o)
        #expect(!grouped.rows.isEmpty, "\(question)")
        #expect(grouped.rows == counted.rows, "\(question)")
        #expect(engine.compile(q, QueryOptions()).sql.contains("_groups"), "\(question)")
    }

    /// What the triggers do not see: groups edited by hand, rows another program inserted.
    static let damage = [
        "UPDATE relation_groups SET relations = 7 WHERE id = 1",
        "DELETE FROM role_groups",
        "INSERT INTO relations (document_id, sentence_id, subject_text, predicate, object_text, trigger, cameo) "
            + "SELECT document_id, id, 'Peru', 'threaten', 'Chile', 'threatened', '138' FROM sentences LIMIT 1",
    ]

    @Test(arguments: damage)
    func checkFindsGroupsLeftBehindAndReextractMendsThem(_ sql: String) throws {
        let db = Self.temp()
        try Self.ingest(Self.texts, into: db)
        try KBDatabase.openForWriting(path: db).write { try $0.execute(sql: sql) }
        let (table, ok) = try Checker.run(dbPath: db)
        #expect(!ok)
        let row = try #require(table.rows.first { $0.first == .text(Checker.groupsCheck) })
        #expect(row[1] == .text("FAILED"))
        _ = try Ingester(dbPath: db, knowledge: .builtIn).reextract()
        #expect(try Checker.run(dbPath: db).ok)
    }

    /// A database made before migration 0012 gets the groups of the rows it holds.
    @Test func theMigrationGroupsWhatIsStored() throws {
        let db = Self.temp()
        try Self.ingest(Self.texts, into: db)
        let before = try Self.state(db)
        try KBDatabase.openForWriting(path: db).write { db in
            try db.execute(sql: """
                DROP TABLE relation_groups; DROP TABLE role_groups;
                DROP TRIGGER relation_groups_delete; DROP TRIGGER relation_groups_update;
                DROP TRIGGER role_groups_delete; DROP TRIGGER role_groups_update;
                DELETE FROM grdb_migrations WHERE identifier = '0012_groups'; PRAGMA user_version = 11
                """)
        }
        _ = try KBDatabase.openForWriting(path: db)
        let after = try Self.state(db)
        #expect(after.mismatches == 0)
        #expect(after.relationGroups == before.relationGroups && after.roleGroups == before.roleGroups)
    }
}
