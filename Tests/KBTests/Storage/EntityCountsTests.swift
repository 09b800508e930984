import Foundation
import GRDB
import Testing
@testable import KB

/// `entity_counts` (migration 0011) holds each entity's mentions and documents as the mentions
/// give them, after every way kbctl writes: ingest in batches, one document at a time, a
/// replacement, a merge, a migration; `kbctl check` finds counts another program left behind, and
/// `reextract` mends them.
@Suite(.timeLimit(.minutes(10))) struct EntityCountsTests {
    /// The counts as stored, and as the mentions give them: entity name → (mentions, documents).
    static func counts(_ db: String) throws -> (stored: [String: [Int]], counted: [String: [Int]]) {
        try KBDatabase.openForReading(path: db).read { db in
            func read(_ sql: String) throws -> [String: [Int]] {
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: sql).map { ($0[0] as String, [$0[1] as Int, $0[2] as Int]) })
            }
            return (try read("SELECT e.name, c.mentions, c.documents FROM entity_counts c JOIN entities e ON e.id = c.entity_id"),
                    try read("SELECT name, mentions, documents FROM v_entities"))
        }
    }

    static let texts = [
        "Peru warned Chile on Monday. Peru said the talks had failed.",
        "Chile met Bolivia in Lima. Bolivia and Chile signed a fisheries accord.",
        "Norway praised Peru.",
    ]

    static func ingest(_ texts: [String], into db: String, batch: Int = 100) throws -> IngestReport {
        let dir = TestTemp.dir + "kbctl-counts-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = try texts.enumerated().map { i, t in
            let f = "\(dir)/a\(i).txt"
            try t.write(toFile: f, atomically: true, encoding: .utf8)
            return f
        }
        var ingester = Ingester(dbPath: db, knowledge: .builtIn)
        ingester.batchSize = batch
        return try ingester.ingest(files)
    }

    static func temp() -> String { TestTemp.dir + "kbctl-counts-\(UUID().uuidString).db" }

    @Test(arguments: [1, 100])
    func ingestKeepsTheCounts(batch: Int) throws {
        let db = Self.temp()
        _ = try Self.ingest(Self.texts, into: db, batch: batch)
        let (stored, counted) = try Self.counts(db)
        #expect(stored == counted)
        #expect(stored["Peru"] == [3, 2])
        #expect(stored["Chile"] == [3, 2])
    }

    /// A document written again with --force takes its old counts away before it adds its new ones.
    @Test func aReplacedDocumentIsCountedOnce() throws {
        let db = Self.temp()
        _ = try Self.ingest(Self.texts, into: db)
        let queue = try KBDatabase.openForWriting(path: db)
        let doc = Pipeline().analyze(raw: Self.texts[0], format: .text, source: "again.txt")
        let one = try queue.write { try Store.write(doc, to: $0, force: true, ingestedAt: "2026-01-01T00:00:00Z") }
        let batched = try BatchWriter(queue: queue).write([DocumentRows(doc)], force: true, ingestedAt: "2026-01-01T00:00:00Z")
        for outcome in [one] + batched {
            guard case .replaced = outcome else { Issue.record("not a replacement: \(outcome)"); continue }
        }
        let (stored, counted) = try Self.counts(db)
        #expect(stored == counted)
        #expect(stored["Peru"] == [3, 2])
    }

    @Test func mergedShardsAddTheirCounts() throws {
        let a = Self.temp(), b = Self.temp(), out = Self.temp()
        _ = try Self.ingest(Array(Self.texts[0...1]), into: a)
        // The second text is in both shards: stored, and counted, once.
        _ = try Self.ingest(Array(Self.texts[1...2]), into: b)
        _ = try Merger.merge(into: out, shards: [a, b])
        let (stored, counted) = try Self.counts(out)
        #expect(stored == counted)
        #expect(stored["Peru"] == [3, 2])
        #expect(stored["Bolivia"] == [2, 1])
    }

    @Test func checkFindsCountsLeftBehindAndReextractMendsThem() throws {
        let db = Self.temp()
        _ = try Self.ingest(Self.texts, into: db)
        // Another program deletes a document: the mentions go, the counts stay.
        try KBDatabase.openForWriting(path: db).write { try $0.execute(sql: "DELETE FROM documents WHERE id = 1") }
        let (table, ok) = try Checker.run(dbPath: db)
        #expect(!ok)
        let row = try #require(table.rows.first { $0.first == .text(Checker.countsCheck) })
        #expect(row[1] == .text("FAILED"))
        _ = try Ingester(dbPath: db, knowledge: .builtIn).reextract()
        let (stored, counted) = try Self.counts(db)
        #expect(stored == counted)
        #expect(try Checker.run(dbPath: db).ok)
    }

    /// A database made before migration 0011 gets the counts of the mentions it holds.
    @Test func theMigrationCountsWhatIsStored() throws {
        let db = Self.temp()
        _ = try Self.ingest(Self.texts, into: db)
        try KBDatabase.openForWriting(path: db).write { db in
            try db.execute(sql: "DROP TABLE entity_counts; DELETE FROM grdb_migrations WHERE identifier = '0011_entity_counts'; PRAGMA user_version = 10")
        }
        _ = try KBDatabase.openForWriting(path: db)
        let (stored, counted) = try Self.counts(db)
        #expect(stored == counted)
        #expect(stored["Chile"] == [3, 2])
    }
}
