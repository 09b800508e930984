import Foundation
import GRDB
import Testing
@testable import KB

/// Migration 0009: the text is stored once, and every view reads what it read when each row held
/// its own copy (schema 8), whether the rows were migrated or written by the new writer.
@Suite struct TextOnceTests {
    static let stamp = "2026-01-01T00:00:00Z"

    /// Invented articles: accents, curly quotes, emoji, CRLF line ends, and one long enough (over
    /// 64 KB) that the migration keeps its text while the writer stores it once.
    static let articles: [(name: String, text: String)] = [
        ("ascii.txt", "Chile threatened Peru on Monday. The minister said talks would resume."),
        ("quotes.txt", "“We will not yield,” said Élodie Marchetti, the envoy of Chile. Peru’s reply came at dawn — café owners cheered."),
        ("emoji.txt", "Protesters carried signs 🇺🇦✊ in Lima. 北京 said nothing. The envoy added: “Peace 🕊 is possible,” and left."),
        ("crlf.txt", "Chile closed the border.\r\n\r\nPeru protested.\r\nTalks stalled, officials said."),
        ("long.txt", (0..<800).map { "In round \($0) the envoy of Chile said “talks continue” and Peru threatened to leave." }
            .joined(separator: " ")),
    ]

    static func tempPath() -> String { TestTemp.dir + "kbctl-text-once-\(UUID().uuidString).db" }

    static func analyzed() -> [AnalyzedDocument] {
        let pipeline = Pipeline()
        return articles.map { pipeline.analyze(raw: $0.text, format: .text, source: $0.name) }
    }

    /// Every contract view, every row, in id order; read with plain GRDB, which opens any schema.
    static func views(_ path: String) throws -> [String: [[DatabaseValue]]] {
        try DatabaseQueue(path: path).read { db in
            var all: [String: [[DatabaseValue]]] = [:]
            for (view, _) in Checker.contract {
                all[view] = try Row.fetchAll(db, sql: "SELECT * FROM \(view) ORDER BY 1").map { Array($0.databaseValues) }
            }
            return all
        }
    }

    static func value(_ path: String, _ sql: String) throws -> DatabaseValue {
        try DatabaseQueue(path: path).read { try DatabaseValue.fetchOne($0, sql: sql) ?? .null }
    }

    /// Writes `doc` as kbctl did at schema 8: the document's text, each sentence's, each mention's
    /// surface, each statement's content and quote in full, and words for the closed vocabularies.
    static func writeAsSchema8(_ doc: AnalyzedDocument, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO documents (source, format, title, author, published, sha256, ingested_at, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [doc.source, doc.format.rawValue, doc.title, doc.author, doc.published, SHA256.hex(doc.text), stamp, doc.text])
        let documentID = db.lastInsertedRowID
        var sentenceIDs: [Int64] = []
        for s in doc.sentences {
            try db.execute(sql: "INSERT INTO sentences (document_id, ordinal, paragraph, char_start, char_end, text, date) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [documentID, s.ordinal, s.paragraph, s.start, s.end, s.text, s.date])
            sentenceIDs.append(db.lastInsertedRowID)
        }
        if (doc.title ?? "").isEmpty { try db.execute(sql: Store.untitledTitle, arguments: [documentID]) }
        var entityIDs: [Int64] = []
        for e in doc.entities {
            entityIDs.append(try Int64.fetchOne(db, sql: """
                INSERT INTO entities (name, type) VALUES (?, ?) ON CONFLICT (name, type) DO UPDATE SET name = excluded.name RETURNING id
                """, arguments: [e.name, e.type.rawValue])!)
            for alias in e.aliases.union([e.name]).sorted() {
                try db.execute(sql: "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)", arguments: [entityIDs.last!, alias])
            }
        }
        func entity(_ i: Int?) -> Int64? { i.map { entityIDs[$0] } }
        for (si, s) in doc.sentences.enumerated() {
            for m in s.mentions {
                let a = s.tokens[m.first].start, b = s.tokens[m.last].end
                try db.execute(sql: "INSERT INTO mentions (entity_id, document_id, sentence_id, char_start, char_end, surface, method) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [entityIDs[m.entity], documentID, sentenceIDs[si], a, b, doc.slice(a, b), m.method.rawValue])
            }
        }
        var statementIDs: [Int64] = []
        for st in doc.statements {
            try db.execute(sql: """
                INSERT INTO statements (document_id, sentence_id, speaker_entity_id, speaker_text, cue, content, quote, kind, char_start, char_end,
                                        speaker_of_entity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [documentID, sentenceIDs[st.sentence], entity(st.speaker), st.speakerText, st.cue, st.content, st.quote,
                                 st.kind.rawValue, st.start, st.end, entity(st.speakerOf)])
            statementIDs.append(db.lastInsertedRowID)
        }
        for r in doc.relations {
            try db.execute(sql: """
                INSERT INTO relations (document_id, sentence_id, subject_entity_id, subject_text, predicate, object_entity_id, object_text,
                                       polarity, modality, source_entity_id, source_text, statement_id, cameo, trigger)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [documentID, sentenceIDs[r.sentence], entity(r.subject), r.subjectText, r.predicate, entity(r.object),
                                 r.objectText, r.polarity.rawValue, r.modality.rawValue, entity(r.source), r.sourceText,
                                 r.statement.map { statementIDs[$0] }, r.cameo, r.trigger])
        }
        for r in doc.roles {
            try db.execute(sql: """
                INSERT INTO roles (document_id, sentence_id, person_entity_id, role, organization_entity_id, role_class) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [documentID, sentenceIDs[r.sentence], entityIDs[r.person], r.written.isEmpty ? r.role : r.written,
                                 entity(r.organization), r.role])
        }
    }

    /// A database of schema 8 holding `docs`, as kbctl 0008 wrote them.
    static func schema8(_ docs: [AnalyzedDocument], extra: ((Database) throws -> Void)? = nil) throws -> String {
        let path = tempPath()
        let queue = try DatabaseQueue(path: path)
        try KBDatabase.migrate(queue, upTo: "0008_performance")
        try queue.write { db in
            for doc in docs { try writeAsSchema8(doc, db) }
            try extra?(db)
        }
        return path
    }

    @Test func theMigrationKeepsEveryViewAndTheWriterWritesTheSame() throws {
        let docs = Self.analyzed()
        #expect(docs.allSatisfy { !$0.sentences.isEmpty })
        #expect(docs.contains { !$0.statements.isEmpty } && docs.contains { !$0.relations.isEmpty })
        let old = try Self.schema8(docs)
        let before = try Self.views(old)
        #expect(before["v_documents"]?.count == Self.articles.count)

        _ = try KBDatabase.openForWriting(path: old)  // migrates to the latest schema
        let latest = try #require(KBDatabase.migrationNames.last.flatMap { Int64($0.prefix(4)) })
        #expect(try Self.value(old, "PRAGMA user_version") == latest.databaseValue)
        #expect(try Self.views(old) == before)
        #expect(try Checker.run(dbPath: old).ok)
        // Documents up to 64 KB are rebuilt from their sentences; the long one keeps its text.
        #expect(try Self.value(old, "SELECT group_concat(source) FROM documents WHERE text IS NOT NULL") == "long.txt".databaseValue)

        let new = Self.tempPath()
        try KBDatabase.openForWriting(path: new).write { db in
            for doc in docs { _ = try Store.write(doc, to: db, force: false, ingestedAt: Self.stamp) }
        }
        #expect(try Self.views(new) == before)
        #expect(try Checker.run(dbPath: new).ok)
    }

    /// What the writer stores holds each piece of text once: no document text beside its
    /// sentences, no surface or content that its sentence already holds. Storing any of them
    /// twice again makes one of these counts non-zero.
    @Test func textIsStoredOnce() throws {
        let path = Self.tempPath()
        try KBDatabase.openForWriting(path: path).write { db in
            for doc in Self.analyzed() { _ = try Store.write(doc, to: db, force: false, ingestedAt: Self.stamp) }
        }
        let text = try Self.value(path, "SELECT sum(length(text)) FROM v_documents")
        #expect(try Self.value(path, "SELECT sum(length(text) + length(gap)) FROM sentences") == text)
        #expect(try Self.value(path, "SELECT count(text) FROM documents") == 0.databaseValue)
        #expect(try Self.value(path, "SELECT count(surface) FROM mentions") == 0.databaseValue)
        #expect(try Self.value(path, """
            SELECT count(*) FROM statements s JOIN sentences t ON t.id = s.sentence_id
            WHERE instr(t.text, s.content) > 0 OR instr(t.text, s.quote) > 0
            """) == 0.databaseValue)
        #expect(try Self.value(path, "SELECT count(*) FROM statements WHERE content_start IS NOT NULL") != 0.databaseValue)
        #expect(try Self.value(path, "SELECT count(*) FROM statements WHERE quote_start IS NOT NULL") != 0.databaseValue)
    }

    /// A piece of a sentence is found by code points, as SQLite's substr() counts them: an emoji
    /// or an accented letter is one.
    @Test(arguments: [
        ("ascii", "Peru said no.", "said", [105, 109]),
        ("emoji before it", "🕊 Peru said no.", "said", [7, 11]),
        ("accent and curly quotes", "Élodie said “no”.", "no", [13, 15]),
        ("not in the sentence", "Peru said no.", "yes", []),
        ("the first of two", "no, and no.", "no", [0, 2]),
        ("at the very end", "Peru said no", "no", [10, 12]),
        ("longer than the sentence", "no", "no more", []),
        ("a near miss first", "sai said", "said", [4, 8]),
    ])
    func aSpanCountsCodePoints(_ name: String, _ sentence: String, _ piece: String, _ expected: [Int]) {
        let start = name == "ascii" ? 100 : 0
        let span = StoredText.span(of: piece, in: Array(sentence.unicodeScalars)[...], start: start)
        #expect((span.map { [$0.start, $0.end] } ?? []) == expected, "\(name)")
    }

    /// A sentence read as its span of the document's code points (a slice that does not start at
    /// zero) gives the spans its own array gives.
    @Test(arguments: ["Peru said no.", "Élodie said “no”.", "no, and no.", "🕊 Peru said no"])
    func aSliceOfTheDocumentGivesTheSameSpans(_ sentence: String) {
        let document = Array("Earlier text 🕊. ".unicodeScalars) + Array(sentence.unicodeScalars) + Array(" Later.".unicodeScalars)
        let from = 16, slice = document[from..<(from + sentence.unicodeScalars.count)]
        for piece in ["said", "no", "Peru", "absent"] {
            let a = StoredText.span(of: piece, in: slice, start: from), b = StoredText.span(of: piece, in: Array(sentence.unicodeScalars)[...], start: from)
            #expect(a?.start == b?.start && a?.end == b?.end, "\(sentence) / \(piece)")
        }
    }

    /// A stored text its sentences do not rebuild (here: words after the last sentence) is kept.
    @Test func aTextTheSentencesDoNotRebuildIsKept() throws {
        let old = try Self.schema8([]) { db in
            try db.execute(sql: "INSERT INTO documents (id, source, format, sha256, ingested_at, text) VALUES (1, 'a', 'text', printf('%064d', 1), 'now', 'Hi there. [footer]')")
            try db.execute(sql: "INSERT INTO sentences (document_id, ordinal, paragraph, char_start, char_end, text) VALUES (1, 0, 0, 0, 9, 'Hi there.')")
        }
        _ = try KBDatabase.openForWriting(path: old)
        #expect(try Self.value(old, "SELECT text FROM documents") == "Hi there. [footer]".databaseValue)
        #expect(try Self.value(old, "SELECT text FROM v_documents") == "Hi there. [footer]".databaseValue)
        #expect(try Self.value(old, "SELECT gap FROM sentences") == "".databaseValue)
    }
}

/// A sentence is stored by its text only when the text is exactly its code points: compared as
/// UTF-8 bytes, which must agree with comparing scalars.
@Suite struct StoredTextSameTests {
    static let cases: [(name: String, text: String, scalars: String, same: Bool)] = [
        ("ASCII", "Peru warned Chile.", "Peru warned Chile.", true),
        ("accents and curly quotes", "“Ça va,” said Zoë.", "“Ça va,” said Zoë.", true),
        ("emoji", "Talks 🤝 resumed.", "Talks 🤝 resumed.", true),
        ("one letter differs", "Peru warned Chile.", "Peru warned Chila.", false),
        ("shorter text", "Peru warned", "Peru warned Chile.", false),
        ("longer text", "Peru warned Chile.", "Peru warned", false),
        ("a composed and a decomposed é", "é", "e\u{301}", false),
        ("empty", "", "", true),
    ]

    @Test(arguments: cases.indices)
    func bytesAgreeWithScalars(_ i: Int) {
        let c = Self.cases[i]
        let scalars = Array(c.scalars.unicodeScalars)
        #expect(StoredText.same(c.text, scalars[...]) == c.same, "\(c.name)")
        #expect(c.text.unicodeScalars.elementsEqual(scalars) == c.same, "\(c.name)")
    }
}
