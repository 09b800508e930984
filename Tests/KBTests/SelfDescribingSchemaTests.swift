import Foundation
import GRDB
import Testing
@testable import KB

/// Migration 0006: the file explains itself to Datasette, sqlite-utils and sqlite3.
@Suite struct SelfDescribingSchemaTests {
    static func ingested(_ files: [(name: String, text: String)]) throws -> String {
        let dir = TestTemp.dir + "kbctl-0006-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for f in files { try f.text.write(toFile: dir + "/" + f.name, atomically: true, encoding: .utf8) }
        let db = dir + "/kb.db"
        _ = try Ingester(dbPath: db).ingest(files.map { dir + "/" + $0.name })
        return db
    }

    static func rows(_ db: String, _ sql: String) throws -> [[ResultTable.Cell]] { try SQLRunner.run(dbPath: db, sql: sql).rows }

    /// Datasette and sqlite-utils find a table's full-text index by this pattern in its SQL.
    @Test func fullTextTableIsDetectableAsDatasetteDoes() throws {
        let db = try Self.ingested([("a.txt", "Chile threatened Peru. The harvest was good.")])
        let detected = try Self.rows(db, """
            SELECT name FROM sqlite_master WHERE rootpage = 0 AND sql LIKE '%VIRTUAL TABLE%USING FTS%content="sentences"%'
            """)
        #expect(detected == [[.text("sentences_fts")]])
        let hits = try Self.rows(db, "SELECT s.text FROM sentences s WHERE s.rowid IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'harvest')")
        #expect(hits == [[.text("The harvest was good.")]])
    }

    /// A database of schema 0005 keeps its search after the index is rebuilt in the new form.
    @Test func olderIndexIsRebuilt() throws {
        let path = TestTemp.dir + "kbctl-0005-\(UUID().uuidString).db"
        let queue = try DatabaseQueue(path: path)
        try KBDatabase.migrate(queue, upTo: "0005_statement_speaker_of")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO documents (id, source, format, sha256, ingested_at, text) VALUES (1, 'news/a.txt', 'text', printf('%064d', 1), 'now', 'Tanks rolled.')")
            try db.execute(sql: "INSERT INTO sentences (document_id, ordinal, paragraph, char_start, char_end, text) VALUES (1, 0, 0, 0, 13, 'Tanks rolled.')")
            try db.execute(sql: "INSERT INTO documents (id, source, format, sha256, ingested_at, text) VALUES (2, 'news/empty.txt', 'text', printf('%064d', 2), 'now', '')")
        }
        _ = try KBDatabase.openForWriting(path: path)
        #expect(try Self.rows(path, "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'tank'") == [[.integer(1)]])
        #expect(try Self.rows(path, "SELECT title FROM v_documents ORDER BY document_id") == [[.text("Tanks rolled.")], [.text("empty.txt")]])
        let latest = try #require(KBDatabase.migrationNames.last.flatMap { Int64($0.prefix(4)) })
        #expect(try Self.rows(path, "PRAGMA user_version") == [[.integer(latest)]])
    }

    /// Untitled documents are named by their first sentence, cut at 80 characters.
    @Test(arguments: [
        ("short first sentence", "Chile closed its border. Trade stopped.", "Chile closed its border."),
        ("long first sentence", String(repeating: "word ", count: 30) + "end.", String(repeating: "word ", count: 16).dropLast() + "…"),
    ])
    func untitledDocumentsGetATitle(_ name: String, _ text: String, _ title: String) throws {
        let db = try Self.ingested([("a.txt", text)])
        #expect(try Self.rows(db, "SELECT title FROM v_documents") == [[.text(title)]], "\(name)")
    }

    /// Every CAMEO code a lexicon can emit has its name in cameo_codes.
    @Test func everyEmittedCodeIsNamed() throws {
        let db = try Self.ingested([("a.txt", "Chile threatened Peru.")])
        let named = Set(try Self.rows(db, "SELECT code FROM cameo_codes").compactMap { row -> String? in
            if case let .text(s) = row[0] { return s } else { return nil }
        })
        var emitted: Set<String> = ["051", "111"]  // RelationExtractor's evaluative frames
        for file in Embedded.lexicons where ["verbs.tsv", "cameo-verbs.tsv", "patterns-relations.tsv"].contains(file.name) {
            for r in try LexiconFile(name: file.name, text: file.text).records() where !r["cameo"].isEmpty { emitted.insert(r["cameo"]) }
        }
        #expect(emitted.subtracting(named).isEmpty, "unnamed: \(emitted.subtracting(named).sorted())")
    }

    /// whose_claim repeats source; object_kind says whether the object is an entity; cameo_name names the code.
    @Test func relationsSayWhoseClaimAndWhatKindOfObject() throws {
        let db = try Self.ingested([("a.txt", "Chile threatened Peru.")])
        let rows = try Self.rows(db, "SELECT subject, object, source IS whose_claim, object_kind, cameo, cameo_name FROM v_threats")
        #expect(rows == [[.text("Chile"), .text("Peru"), .integer(1), .text("entity"), .text("13"), .text("Threaten")]])
        #expect(try Self.rows(db, "SELECT count(*) FROM v_statements WHERE object_kind IS NOT 'text'") == [[.integer(0)]])
    }

    /// `.schema` in sqlite3 explains every view: a comment inside each CREATE VIEW.
    @Test func everyViewCarriesAComment() throws {
        let db = try Self.ingested([("a.txt", "Chile threatened Peru.")])
        let bare = try Self.rows(db, "SELECT name FROM sqlite_master WHERE type = 'view' AND sql NOT LIKE '%--%'")
        #expect(bare.isEmpty, "views without a comment: \(bare)")
        #expect(try Self.rows(db, "SELECT count(*) FROM sqlite_master WHERE name = 'cameo_codes' AND sql LIKE '%--%'") == [[.integer(1)]])
    }
}
