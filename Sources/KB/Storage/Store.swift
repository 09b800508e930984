import Foundation
import GRDB

/// Writes an analysed document and everything extracted from it in one transaction, so a
/// document is either wholly in the database or not at all.
public enum Store {
    /// What happened to one document.
    public enum Outcome: Sendable, Equatable {
        case added(documentID: Int64)
        case replaced(documentID: Int64)
        case unchanged(documentID: Int64)
    }

    /// Gives document `?` without a headline a title: its first sentence (80 characters at most),
    /// else its file name, so that no list (Datasette, `v_documents`) shows it as "None".
    /// Migration 0006 gives documents stored before it the same titles.
    static let untitledTitle = """
        UPDATE documents SET title = coalesce(
            (SELECT CASE WHEN length(s.text) <= 80 THEN s.text ELSE rtrim(substr(s.text, 1, 79)) || '…' END
             FROM sentences s WHERE s.document_id = documents.id ORDER BY s.ordinal LIMIT 1),
            CASE source WHEN '-' THEN 'standard input' ELSE replace(source, rtrim(source, replace(source, '/', '')), '') END)
        WHERE id = ?
        """

    /// Inserts `doc`; an identical text already stored is left alone unless `force` is set,
    /// in which case its rows are replaced under the same document id.
    public static func write(_ doc: AnalyzedDocument, to db: Database, force: Bool, ingestedAt: String) throws -> Outcome {
        // The values stored (text once, spans instead of copies) are DocumentRows', as the batch writer's are.
        let rows = DocumentRows(doc)
        let sha = rows.sha256
        let existing = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE sha256 = ?", arguments: [sha])
        if let id = existing, !force { return .unchanged(documentID: id) }
        // The entities the old rows mentioned: the only ones the replacement can leave without a mention.
        var formerEntities: [Int64] = []
        if let id = existing {
            formerEntities = try EntityCounts.forgetDocument(db, id: id)
        }
        try db.cachedStatement(sql: """
            INSERT INTO documents (id, source, format, title, author, published, sha256, ingested_at, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [existing, doc.source, doc.format.rawValue, doc.title, doc.author, doc.published, sha, ingestedAt, rows.storedText])
        let documentID = db.lastInsertedRowID

        let insertSentence = try db.cachedStatement(sql: """
            INSERT INTO sentences (document_id, ordinal, paragraph, char_start, char_end, text, date, gap) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var sentenceIDs: [Int64] = []
        sentenceIDs.reserveCapacity(rows.sentences.count)
        for s in rows.sentences {
            try insertSentence.execute(arguments: [documentID, s.ordinal, s.paragraph, s.start, s.end, s.text, s.date, s.gap])
            sentenceIDs.append(db.lastInsertedRowID)
        }

        if (doc.title ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            try db.execute(sql: untitledTitle, arguments: [documentID])
        }

        let upsertEntity = try db.cachedStatement(sql: """
            INSERT INTO entities (name, type) VALUES (?, ?)
            ON CONFLICT (name, type) DO UPDATE SET name = excluded.name RETURNING id
            """)
        let insertAlias = try db.cachedStatement(sql: "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)")
        var entityIDs: [Int64] = []
        for e in doc.entities {
            guard let id = try Int64.fetchOne(upsertEntity, arguments: [e.name, e.type.rawValue]) else { continue }
            entityIDs.append(id)
            for alias in e.aliases.union([e.name]).sorted() { try insertAlias.execute(arguments: [id, alias]) }
        }
        func entity(_ i: Int?) -> Int64? { i.map { entityIDs[$0] } }

        let insertMention = try db.cachedStatement(sql: """
            INSERT INTO mentions (entity_id, sentence_id, char_start, char_end, surface, method) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for m in rows.mentions {
            try insertMention.execute(arguments: [entityIDs[m.entity], sentenceIDs[m.sentence], m.start, m.end, m.surface, m.method])
        }
        try EntityCounts.add(db, mentioning: rows.mentions.map { entityIDs[$0.entity] })

        let insertStatement = try db.cachedStatement(sql: """
            INSERT INTO statements (document_id, sentence_id, speaker_entity_id, speaker_text, cue, content, quote, kind, char_start, char_end,
                                    speaker_of_entity_id, content_start, content_end, quote_start, quote_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var statementIDs: [Int64] = []
        for (st, t) in zip(doc.statements, rows.statementTexts) {
            try insertStatement.execute(arguments: [documentID, sentenceIDs[st.sentence], entity(st.speaker), st.speakerText, st.cue,
                                                    t.content, t.quote, StoredCode.of(st.kind), st.start, st.end, entity(st.speakerOf),
                                                    t.contentSpan?.start, t.contentSpan?.end, t.quoteSpan?.start, t.quoteSpan?.end])
            statementIDs.append(db.lastInsertedRowID)
        }

        let before = try RowGroups.lastIDs(db)
        let insertRelation = try db.cachedStatement(sql: """
            INSERT INTO relations (document_id, sentence_id, subject_entity_id, subject_text, predicate, object_entity_id, object_text,
                                   polarity, modality, source_entity_id, source_text, statement_id, cameo, trigger)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for r in doc.relations {
            try insertRelation.execute(arguments: [documentID, sentenceIDs[r.sentence], entity(r.subject), r.subjectText, r.predicate,
                                                   entity(r.object), r.objectText, StoredCode.of(r.polarity), StoredCode.of(r.modality),
                                                   entity(r.source), r.sourceText, r.statement.map { statementIDs[$0] }, r.cameo, r.trigger])
        }

        let insertRole = try db.cachedStatement(sql: """
            INSERT INTO roles (document_id, sentence_id, person_entity_id, role, organization_entity_id, role_class) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for r in doc.roles {
            try insertRole.execute(arguments: [documentID, sentenceIDs[r.sentence], entityIDs[r.person], r.written.isEmpty ? r.role : r.written, entity(r.organization), r.role])
        }
        try RowGroups.add(db, after: before)
        if existing != nil { try removeOrphanEntities(db, among: formerEntities + entityIDs) }
        return existing == nil ? .added(documentID: documentID) : .replaced(documentID: documentID)
    }

    /// Entities no mention refers to any more (after a re-extraction) are dropped; with `among`, only
    /// those are looked at, so re-extracting one document costs the same in a large database as in a
    /// small one (a scan of every entity per document made `reextract` quadratic).
    public static func removeOrphanEntities(_ db: Database, among candidates: [Int64]? = nil) throws {
        let orphan = "NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)"
        guard let candidates else { try db.execute(sql: "DELETE FROM entities WHERE \(orphan)"); return }
        let delete = try db.cachedStatement(sql: "DELETE FROM entities WHERE id = ? AND \(orphan)")
        for id in candidates { try delete.execute(arguments: [id]) }
    }
}
