import Foundation
import GRDB
import Testing
@testable import KB

/// Batched storage and parallel analysis change how fast documents land, never what lands: every
/// table (row ids included) and the full-text index come out as with one document per transaction.
@Suite struct BatchIngestTests {
    /// Small invented articles: shared entities (so the entity cache is hit), one repeated text
    /// (unchanged), one without a headline (titled by the database), quotes, roles and relations.
    static let articles = [
        "Talks on the Kolmark dam\n\nForeign Minister Ana Ortiz of Chile said on Monday that Peru threatens the region. “We will not accept it,” Ortiz told reporters.",
        "Peru denied it and said it does not threaten Chile. Kenyan Trade Minister Grace Wanjiru met Ugandan officials in Kampala.",
        "Norway and Sweden agreed to cooperate on fisheries.\n\nThe Norwegian defence minister, Lars Holm, warned Russia against new missiles.",
        "Peru denied it and said it does not threaten Chile. Kenyan Trade Minister Grace Wanjiru met Ugandan officials in Kampala.",
        "Ghana says the new port, which Togo says is illegal, will open in May. Japan proposed a ceasefire; India rejected it.",
    ]

    static let searches = ["threaten", "minister", "Chile", "\"new port\"", "cooperate OR ceasefire", "kampala"]

    static func folder(_ texts: [String]) throws -> (dir: String, files: [String]) {
        let dir = TestTemp.dir + "kbctl-batch-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let files = try texts.enumerated().map { n, text in
            let path = "\(dir)/article-\(n).txt"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        return (dir, files)
    }

    static func tempDB() -> String { TestTemp.dir + "kbctl-batch-\(UUID().uuidString).db" }

    /// Every row of every table kbctl writes (ingest times aside), and the rows each search finds.
    static func contents(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            var lines: [String] = []
            let tables = ["documents", "sentences", "entities", "aliases", "mentions", "statements", "relations", "roles", "meta"]
            for table in tables {
                let columns = try db.columns(in: table).map(\.name).filter { $0 != "ingested_at" }
                let order = table == "aliases" ? "entity_id, alias" : table == "meta" ? "key" : "rowid"
                for row in try Row.fetchAll(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY \(order)") {
                    lines.append(([table] + row.databaseValues.map(\.description)).joined(separator: "\t"))
                }
            }
            for q in searches {
                let ids = try Int64.fetchAll(db, sql: "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ? ORDER BY rank, rowid", arguments: [q])
                lines.append("search \(q): \(ids)")
            }
            return lines
        }
    }

    /// The reference: `Store.write`, one document per transaction, analysed in order.
    static func ingestOneByOne(_ files: [String], into path: String, force: Bool = false) throws {
        let queue = try KBDatabase.openForWriting(path: path)
        let pipeline = Pipeline(knowledge: .builtIn)
        _ = try queue.write { try KBDatabase.recordLexiconVersion($0, pipeline.knowledge.version) }
        for file in files {
            let loaded = try Loader.decode(try Data(contentsOf: URL(fileURLWithPath: file)), name: file)
            let doc = pipeline.analyze(raw: loaded.text, format: loaded.format, source: file)
            _ = try queue.write { try Store.write(doc, to: $0, force: force, ingestedAt: "2026-01-01T00:00:00Z") }
        }
    }

    @Test(arguments: [(batch: 100, jobs: 1), (batch: 2, jobs: 1), (batch: 100, jobs: 2), (batch: 1, jobs: 3)])
    func batchedIngestEqualsOneTransactionPerDocument(batch: Int, jobs: Int) throws {
        let (_, files) = try Self.folder(Self.articles)
        let reference = Self.tempDB(), batched = Self.tempDB()
        try Self.ingestOneByOne(files, into: reference)
        var ingester = Ingester(dbPath: batched, jobs: jobs)
        ingester.batchSize = batch
        let report = try ingester.ingest(files)
        #expect(report.added == 4 && report.unchanged.count == 1)
        #expect(try Self.contents(batched) == Self.contents(reference))
        #expect(try Checker.run(dbPath: batched).ok)
    }

    /// With --force the repeated article replaces the copy stored earlier in the same batch, whose
    /// sentences are not in the full-text index yet: the writer adds them before the delete
    /// trigger takes them out.
    @Test func aReplacementInsideABatchKeepsTheIndexRight() throws {
        let (_, files) = try Self.folder(Self.articles)
        let reference = Self.tempDB(), batched = Self.tempDB()
        try Self.ingestOneByOne(files, into: reference, force: true)
        let report = try Ingester(dbPath: batched, jobs: 2).ingest(files, force: true)
        #expect(report.added == 4 && report.replaced == 1)
        #expect(try Self.contents(batched) == Self.contents(reference))
        #expect(try Checker.run(dbPath: batched).ok)
    }

    @Test func twoJobsGiveWhatOneJobGives() throws {
        let (dir, _) = try Self.folder(Self.articles + Self.articles.map { $0 + " Brazil said so too." })
        let one = Self.tempDB(), two = Self.tempDB()
        let a = try Ingester(dbPath: one, jobs: 1).ingest([dir])
        let b = try Ingester(dbPath: two, jobs: 2).ingest([dir])
        #expect(a.summary == b.summary && a.unchanged == b.unchanged)
        #expect(try Self.contents(one) == Self.contents(two))
    }

    @Test func reextractInBatchesEqualsOneDocumentAtATime() throws {
        let (dir, _) = try Self.folder(Self.articles)
        let batched = Self.tempDB(), single = Self.tempDB()
        _ = try Ingester(dbPath: batched, jobs: 1).ingest([dir])
        try FileManager.default.copyItem(atPath: batched, toPath: single)
        var fast = Ingester(dbPath: batched, jobs: 2)
        fast.batchSize = 3
        var slow = Ingester(dbPath: single, jobs: 1)
        slow.batchSize = 1
        #expect(try fast.reextract().replaced == 4)
        #expect(try slow.reextract().replaced == 4)
        #expect(try Self.contents(batched) == Self.contents(single))
        #expect(try Checker.run(dbPath: batched).ok)
    }

    /// With more than one job a batch is written in the background while the next is collected;
    /// a document the database refuses still stops the ingest there, with the documents before it
    /// stored and none after it, as with one job.
    @Test(arguments: [1, 2])
    func aRefusedDocumentStopsTheIngestWhereItFails(jobs: Int) throws {
        let texts = (0..<7).map { n in n == 4 ? "Ghana warned Togo. POISON." : "Article \(n): Ghana met Togo in Accra." }
        let (_, files) = try Self.folder(texts)
        let db = Self.tempDB()
        try KBDatabase.openForWriting(path: db).write {
            try $0.execute(sql: "CREATE TRIGGER poison BEFORE INSERT ON sentences WHEN new.text LIKE '%POISON%' BEGIN SELECT RAISE(ABORT, 'poisoned sentence'); END")
        }
        var ingester = Ingester(dbPath: db, jobs: jobs)
        ingester.batchSize = 2
        #expect { _ = try ingester.ingest(files) } throws: { "\($0)".contains("poisoned sentence") }
        let stored = try KBDatabase.openForReading(path: db).read { try String.fetchAll($0, sql: "SELECT source FROM documents ORDER BY id") }
        #expect(stored == Array(files.prefix(4)))
    }

    /// A replacement that fails after the batch's earlier documents were indexed and grouped:
    /// its savepoint takes back that work too, and the earlier documents must still end up
    /// searchable and counted in the groups.
    @Test func aFailedReplacementLeavesTheEarlierDocumentsIndexed() throws {
        let (_, files) = try Self.folder(["Niger warned Benin in Niamey.", "Chad warned Mali in Bamako. POISON."])
        let db = Self.tempDB()
        _ = try Ingester(dbPath: db, jobs: 1).ingest([files[1]])
        try KBDatabase.openForWriting(path: db).write {
            try $0.execute(sql: "CREATE TRIGGER poison BEFORE INSERT ON sentences WHEN new.text LIKE '%POISON%' BEGIN SELECT RAISE(ABORT, 'poisoned sentence'); END")
        }
        var ingester = Ingester(dbPath: db, jobs: 1)
        ingester.batchSize = 2
        #expect { _ = try ingester.ingest(files, force: true) } throws: { "\($0)".contains("poisoned sentence") }
        let found = try DatabaseQueue(path: db).read { db in
            (sources: try String.fetchAll(db, sql: "SELECT source FROM documents ORDER BY id"),
             niamey: try Int.fetchOne(db, sql: "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Niamey'"),
             bamako: try Int.fetchOne(db, sql: "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Bamako'"),
             mismatches: try Int.fetchOne(db, sql: RowGroups.mismatches),
             relations: try Int.fetchOne(db, sql: "SELECT count(*) FROM relations"))
        }
        #expect(found.sources == [files[1], files[0]])
        #expect(found.niamey == 1)
        #expect(found.bamako == 1)
        #expect(found.mismatches == 0)
        #expect(found.relations == 2, "one warning in each document")
        // Entity counts and groups written inside the failed savepoint are written again.
        #expect(try Checker.run(dbPath: db).ok)
    }
}
