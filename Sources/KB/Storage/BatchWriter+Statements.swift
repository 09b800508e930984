import GRDB

extension BatchWriter {
    /// The statements of the ingest path, prepared once per writer. The SQL is `Store.write`'s,
    /// except that entities are looked up and inserted apart (no `RETURNING`, which builds a
    /// temporary table per row) and aliases the writer has seen are not inserted again.
    final class Statements {
        let findDocument, insertDocument, insertSentence, findEntity, insertEntity, insertAlias: RawStatement
        let insertMention, insertStatement, insertRelation, insertRole: RawStatement

        init(_ db: Database) throws {
            findDocument = try RawStatement(db, "SELECT id FROM documents WHERE sha256 = ?")
            insertDocument = try RawStatement(db, """
                INSERT INTO documents (id, source, format, title, author, published, sha256, ingested_at, text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            insertSentence = try RawStatement(db, """
                INSERT INTO sentences (document_id, ordinal, paragraph, char_start, char_end, text, date, gap) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            findEntity = try RawStatement(db, "SELECT id FROM entities WHERE name = ? AND type = ?")
            insertEntity = try RawStatement(db, "INSERT INTO entities (name, type) VALUES (?, ?)")
            insertAlias = try RawStatement(db, "INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES (?, ?)")
            insertMention = try RawStatement(db, """
                INSERT INTO mentions (entity_id, sentence_id, char_start, char_end, surface, method) VALUES (?, ?, ?, ?, ?, ?)
                """)
            insertStatement = try RawStatement(db, """
                INSERT INTO statements (document_id, sentence_id, speaker_entity_id, speaker_text, cue, content, quote, kind, char_start,
                                        char_end, speaker_of_entity_id, content_start, content_end, quote_start, quote_end)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            insertRelation = try RawStatement(db, """
                INSERT INTO relations (document_id, sentence_id, subject_entity_id, subject_text, predicate, object_entity_id, object_text,
                                       polarity, modality, source_entity_id, source_text, statement_id, cameo, trigger)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            insertRole = try RawStatement(db, """
                INSERT INTO roles (document_id, sentence_id, person_entity_id, role, organization_entity_id, role_class) VALUES (?, ?, ?, ?, ?, ?)
                """)
        }
    }
}
