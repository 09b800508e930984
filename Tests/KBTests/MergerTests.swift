import Foundation
import GRDB
import Testing
@testable import KB

/// Stable keys and `kbctl merge`: shards merged give the rows, by key, of one ingest of every
/// article; merging again changes nothing; a shard that cannot match is refused untouched.
@Suite(.timeLimit(.minutes(10))) struct MergerTests {
    /// Invented articles, each with a threat, a denial, a quotation and a title.
    static let articles: [String] = {
        let pairs = [("Bolivia", "Chile", "Ana Ortiz"), ("Peru", "Norway", "Lars Holm"), ("Kenya", "Japan", "Kenji Sato"),
                     ("Poland", "Egypt", "Marta Nowak"), ("Chile", "Peru", "Omar Haddad")]
        return pairs.enumerated().map { i, t in
            let (a, b, p) = t
            return "Talks between \(a) and \(b), part \(i)\n\nForeign Minister \(p) of \(a) said on Monday that \(b) threatens the region. "
                + "“We will not accept new missiles near our border,” \(p.split(separator: " ")[1]) told reporters.\n\n"
                + "\(b) denied it and said it does not threaten \(a). NATO warned \(b) against a blockade.\n"
        }
    }()

    /// A folder holding the articles at `indices`, each under the same name in every folder.
    static func folder(_ indices: [Int]) throws -> String {
        let dir = TestTemp.dir + "kbctl-merge-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for i in indices { try articles[i].write(toFile: "\(dir)/article-\(i).txt", atomically: true, encoding: .utf8) }
        return dir
    }

    static func temp(_ name: String) -> String { TestTemp.dir + "kbctl-\(name)-\(UUID().uuidString).db" }

    /// A database of the articles at `indices`, ingested as files named alike (so `source` agrees).
    static func ingested(_ indices: [Int], knowledge: Knowledge = .builtIn) throws -> String {
        let dir = try folder(indices), db = temp("shard")
        // The folder is taken off the stored source, so that it agrees between databases as in one ingest.
        let names = indices.map { "\(dir)/article-\($0).txt" }
        _ = try Ingester(dbPath: db, knowledge: knowledge).ingest(names)
        try KBDatabase.openForWriting(path: db).write { try $0.execute(sql: "UPDATE documents SET source = replace(source, ?, '')", arguments: [dir]) }
        return db
    }

    @Test func keysAreTheSameWhateverTheOrderOfIngest() throws {
        let forward = try Self.ingested([0, 1, 2, 3, 4]), backward = try Self.ingested([4, 3, 2, 1, 0])
        #expect(try KeyedRows.lines(dbPath: forward) == KeyedRows.lines(dbPath: backward))
        // The row ids differ; the keys are what agree.
        let ids = { (db: String) in try KBDatabase.openForReading(path: db).read { try String.fetchAll($0, sql: "SELECT document_key FROM v_documents ORDER BY document_id") } }
        #expect(try ids(forward) == ids(backward).reversed())
        let keys = try KBDatabase.openForReading(path: forward).read { db in
            try Row.fetchOne(db, sql: "SELECT relation_key, subject_key, object_key, statement_key FROM v_relations WHERE subject_key = 'COUNTRY:Chile' AND object_key IS NOT NULL")
        }
        let row = try #require(keys)
        #expect((row["relation_key"] as String).wholeMatch(of: /[0-9a-f]{64}\/[0-9]+\/[0-9]+/) != nil)
        #expect(row["object_key"] as String? == "COUNTRY:Bolivia")
    }

    @Test func shardsMergedEqualOneIngestAndMergingAgainIsANoOp() throws {
        let single = try Self.ingested([0, 1, 2, 3, 4])
        // Article 2 is in two shards: stored once.
        let shards = [try Self.ingested([0, 2]), try Self.ingested([1, 2, 3]), try Self.ingested([4])]
        let out = Self.temp("merged")
        let report = try Merger.merge(into: out, shards: shards)
        #expect(report.shards.map(\.added) == [2, 2, 1] && report.shards.map(\.present) == [0, 1, 0])
        let merged = try KeyedRows.lines(dbPath: out)
        #expect(merged == (try KeyedRows.lines(dbPath: single)))
        #expect(try Checker.run(dbPath: out).ok)
        #expect(try Search.run(dbPath: out, text: "blockade").rows.count == 5)

        let changes = { try KBDatabase.openForReading(path: out).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM sentences_fts") } }
        let before = try changes()
        let again = try Merger.merge(into: out, shards: shards.reversed())
        #expect(again.shards.map(\.added) == [0, 0, 0])
        #expect(try KeyedRows.lines(dbPath: out) == merged)
        #expect(try changes() == before)
    }

    /// The first ingest records its lexicon version; one with other lexicons warns and keeps it;
    /// a re-extraction of every document records the new one.
    @Test func lexiconVersionIsRecordedOnceAndReplacedByReextract() throws {
        let extra = try Knowledge.with(userFiles: [("people.tsv", "# columns: name\taliases\nAna Ortiz\tOrtiz\n")])
        #expect(extra.version.hasPrefix(Knowledge.builtIn.version + "+"))
        let db = try Self.ingested([0]), dir = try Self.folder([1])
        let version = { try KBDatabase.openForReading(path: db).read { try KBDatabase.lexiconVersion($0) } }
        #expect(try version() == Knowledge.builtIn.version)
        let report = try Ingester(dbPath: db, knowledge: extra).ingest([dir])
        #expect(report.warnings.count == 1 && report.warnings[0].contains("kbctl reextract --db \(db)"), "\(report.warnings)")
        #expect(try version() == Knowledge.builtIn.version)
        _ = try Ingester(dbPath: db, knowledge: extra).reextract()
        #expect(try version() == extra.version)
    }

    /// Each refusal names the shard and what to do, and leaves the output as it was.
    @Test(arguments: [
        ("another lexicon version", "was extracted with lexicon version"),
        ("an older schema", "needs migrations"),
        ("another program's file", "is not a kbctl database"),
        ("the output itself", "is the output database itself"),
        ("no shard at all", "No database at"),
    ])
    func refusedShards(_ case: String, _ message: String) throws {
        let good = try Self.ingested([0]), out = Self.temp("out")
        _ = try Merger.merge(into: out, shards: [good])
        let before = try KeyedRows.lines(dbPath: out)
        let bad: String
        switch `case` {
        case "another lexicon version":
            let extra = try Knowledge.with(userFiles: [("countries.tsv", "# columns: name\tiso2\tiso3\taliases\tdemonyms\tplurals\tcapitals\tseats\nFreedonia\tFD\tFRD\t\tFreedonian\t\t\t\n")])
            bad = try Self.ingested([1], knowledge: extra)
        case "an older schema":
            bad = Self.temp("old")
            try KBDatabase.migrate(try DatabaseQueue(path: bad), upTo: "0005_statement_speaker_of")
        case "another program's file":
            bad = Self.temp("foreign")
            try DatabaseQueue(path: bad).write { try $0.execute(sql: "CREATE TABLE notes (body TEXT)") }
        case "the output itself":
            bad = out
        default:
            bad = Self.temp("missing")
        }
        #expect { try Merger.merge(into: out, shards: [try Self.ingested([2]), bad]) } throws: { error in
            "\(error)".contains(message) && "\(error)".contains(bad)
        }
        #expect(try KeyedRows.lines(dbPath: out) == before)
    }
}
