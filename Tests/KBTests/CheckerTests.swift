import Foundation
import GRDB
import Testing
@testable import KB

/// `kbctl check` passes on a sound database and names the check each kind of damage breaks.
@Suite struct CheckerTests {
    @Test func soundDatabasePasses() throws {
        let (table, ok) = try Checker.run(dbPath: try Fixture.database())
        #expect(ok, "\(table)")
        #expect(table.rows.count == 2 + Checker.contract.count + 1 + Checker.consistency.count + 3)
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

    /// A database with one document of about `megabytes` MB, cut into sentences of ~600 characters
    /// with accented letters (so code points and bytes differ), written without the pipeline.
    static func oneLargeDocument(megabytes: Int) throws -> String {
        let path = TestTemp.dir + "kbctl-large-\(UUID().uuidString).db"
        let queue = try KBDatabase.openForWriting(path: path)
        let sentence = String(repeating: "Le ministre a déclaré à l’agence que la paix était proche. ", count: 10) + "Fin."
        let length = sentence.unicodeScalars.count
        let count = (megabytes << 20) / sentence.utf8.count
        let text = Array(repeating: sentence, count: count).joined(separator: " ")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO documents (id, source, format, sha256, ingested_at, text) VALUES (1, 'big', 'text', printf('%064d', 1), 'now', ?)",
                           arguments: [text])
            let insert = try db.makeStatement(sql: "INSERT INTO sentences (document_id, ordinal, paragraph, char_start, char_end, text) VALUES (1, ?, 0, ?, ?, ?)")
            for k in 0..<count { try insert.execute(arguments: [k, k * (length + 1), k * (length + 1) + length, sentence]) }
        }
        return path
    }

    /// `check` was quadratic in one document's size (1 / 2 / 4 MB: 3.8 / 21 / 87 s): SQLite's
    /// `substr()` walked the text from its start once per sentence. The walker that replaced it
    /// walks each code point about once, sentences in order, however long the document (counted,
    /// not timed: a timed ratio failed on a loaded machine).
    @Test(arguments: [1, 4])
    func checkWalksADocumentOnce(megabytes: Int) {
        let sentence = "Ministers met in Zürich and agreed. "
        let text = String(repeating: sentence, count: megabytes * 1_000_000 / sentence.utf8.count)
        var walker = ScalarWalker(Array(text.utf8))
        let length = sentence.unicodeScalars.count
        let count = text.unicodeScalars.count / length
        for n in 0..<count {
            // Each sentence's start and end, and now and then one that starts a little before the last end.
            let start = max(0, n * length - (n % 500 == 0 ? 10 : 0))
            #expect(walker.byteOffset(ofScalar: start) != nil)
            #expect(walker.byteOffset(ofScalar: start + length - 1) != nil)
        }
        #expect(walker.steps < 2 * text.unicodeScalars.count, "\(walker.steps) steps for \(text.unicodeScalars.count) code points")
    }

    /// The whole check on a 1 MB document passes.
    @Test func checkPassesOnALargeDocument() throws {
        let (table, ok) = try Checker.run(dbPath: try Self.oneLargeDocument(megabytes: 1))
        #expect(ok, "\(table)")
    }

    /// A sentence past its document's end, or one that differs only in its last accented letter, is found.
    @Test func sentenceOffsetsAreComparedInCodePoints() throws {
        let path = try Self.oneLargeDocument(megabytes: 1)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE sentences SET char_end = char_end + 1000000 WHERE ordinal = 3")
            try db.execute(sql: "UPDATE sentences SET text = substr(text, 1, length(text) - 2) || 'e.' WHERE ordinal = 7")
        }
        let (table, _) = try Checker.run(dbPath: path)
        let row = table.rows.first { $0[0] == .text(Checker.sentenceCheck) }
        #expect(row?[2] == .text("2 row(s) break it"), "\(table)")
    }

    /// While another connection holds the write lock (an ingest between documents), check still
    /// passes, and it changes nothing: its full-text check used to be a write that failed busy.
    @Test func checkReadsWhileAWriterHoldsTheLock() throws {
        let path = try Fixture.database()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let writer = try DatabaseQueue(path: path)
        try writer.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "INSERT INTO documents (source, format, sha256, ingested_at, text) VALUES ('w', 'text', printf('%064d', 99), 'now', 'Hi.')")
            let (table, ok) = try Checker.run(dbPath: path)
            #expect(ok, "\(table)")
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
