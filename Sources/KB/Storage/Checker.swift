import Foundation
import GRDB

/// Verifies a knowledge base: SQLite integrity, foreign keys, the contract views, the full-text
/// index, and that every document is whole (its rows agree with its text).
public enum Checker {
    /// The contract views and the columns each must have (KB-CONTRACT.md).
    public static let contract: [(view: String, columns: [String])] = [
        ("v_documents", ["document_id", "title", "author", "published", "source", "sha256", "ingested_at", "text", "document_key"]),
        ("v_sentences", ["sentence_id", "document_id", "ordinal", "paragraph", "char_start", "char_end", "text", "sentence_key", "document_key"]),
        ("v_entities", ["entity_id", "name", "type", "mentions", "entity_key"]),
        ("v_aliases", ["entity_id", "alias", "entity_key"]),
        ("v_mentions", ["mention_id", "entity_id", "document_id", "sentence_id", "char_start", "char_end", "surface", "mention_key", "entity_key"]),
        ("v_statements", ["statement_id", "document_id", "sentence_id", "speaker", "speaker_entity_id", "cue", "content", "quote", "evidence",
                          "statement_key", "speaker_key"]),
        ("v_relations", ["relation_id", "document_id", "sentence_id", "subject", "subject_entity_id", "predicate", "object",
                         "object_entity_id", "polarity", "modality", "source", "cameo", "evidence",
                       "relation_key", "subject_key", "object_key", "source_key", "statement_key"]),
        ("v_threats", ["relation_id", "document_id", "sentence_id", "subject", "subject_entity_id", "predicate", "object",
                       "object_entity_id", "polarity", "modality", "source", "cameo", "evidence",
                       "relation_key", "subject_key", "object_key", "source_key", "statement_key"]),
        ("v_roles", ["role_id", "document_id", "sentence_id", "person", "person_entity_id", "role", "organization",
                     "organization_entity_id", "evidence", "role_class", "role_key", "person_key", "organization_key"]),
    ]

    /// Queries that count rows breaking a rule of a whole document; each must return 0.
    static let consistency: [(name: String, sql: String)] = [
        ("every document has its sentences",
         "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = d.id)"),
        ("mentions lie in their sentence",
         """
         SELECT count(*) FROM mentions m JOIN sentences s ON s.id = m.sentence_id
         WHERE m.char_start < s.char_start OR m.char_end > s.char_end
         """),
        ("statements and relations cite a sentence of their document",
         """
         SELECT (SELECT count(*) FROM statements x JOIN sentences s ON s.id = x.sentence_id WHERE s.document_id <> x.document_id)
              + (SELECT count(*) FROM relations x JOIN sentences s ON s.id = x.sentence_id WHERE s.document_id <> x.document_id)
              + (SELECT count(*) FROM roles x JOIN sentences s ON s.id = x.sentence_id WHERE s.document_id <> x.document_id)
         """),
        ("every sentence is in the full-text index",
         "SELECT count(*) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM sentences_fts_docsize f WHERE f.id = s.id)"),
        ("the full-text index holds no deleted sentence",
         "SELECT count(*) FROM sentences_fts_docsize f WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.id = f.id)"),
    ]

    /// One row per check (`check`, `ok`, `detail`) and whether all passed. Only reads: the database
    /// is opened held to reading with a busy timeout, every check sees one snapshot, so it can run
    /// while an ingest writes; each check takes time linear in the size of the database.
    static let countsCheck = "entity counts match the mentions"
    static let groupsCheck = "relation and role groups match their rows"

    public static func run(dbPath: String) throws -> (table: ResultTable, ok: Bool) {
        let queue = try KBDatabase.openForReading(path: dbPath)
        var rows: [[ResultTable.Cell]] = []
        var allOK = true
        func record(_ name: String, _ ok: Bool, _ detail: String) {
            rows.append([.text(name), .text(ok ? "ok" : "FAILED"), .text(detail)])
            allOK = allOK && ok
        }
        // A damaged file fails a check rather than stopping the run, so every other check still reports.
        func attempt(_ name: String, _ body: () throws -> Void) {
            do { try body() } catch { record(name, false, KBDatabase.describe(error)) }
        }
        attempt("reading the database") { try queue.read { db in
            attempt("sqlite integrity") {
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                record("sqlite integrity", integrity == ["ok"], integrity.prefix(5).joined(separator: "; "))
            }
            attempt("foreign keys") {
                let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                record("foreign keys", fk.isEmpty, fk.isEmpty ? "" : "\(fk.count) row(s) point at nothing, first in table \(fk[0]["table"] as String? ?? "?")")
            }
            for (view, columns) in contract {
                attempt("view \(view)") {
                    let present = try db.viewExists(view)
                    let have = present ? try db.columns(in: view).map(\.name) : []
                    let missing = columns.filter { !have.contains($0) }
                    record("view \(view)", present && missing.isEmpty,
                           !present ? "missing" : missing.isEmpty ? "" : "missing columns: \(missing.joined(separator: ", "))")
                }
            }
            attempt(sentenceCheck) {
                let bad = try mismatchedSentences(db)
                record(sentenceCheck, bad == 0, bad == 0 ? "" : "\(bad) row(s) break it")
            }
            for (name, sql) in consistency {
                attempt(name) {
                    let bad = try Int.fetchOne(db, sql: sql) ?? 0
                    record(name, bad == 0, bad == 0 ? "" : "\(bad) row(s) break it")
                }
            }
            attempt(countsCheck) {
                let bad = try Int.fetchOne(db, sql: EntityCounts.mismatches) ?? 0
                record(countsCheck, bad == 0, bad == 0 ? "" : "\(bad) entities' counts differ from their mentions (rows changed by another program); "
                    + "'kbctl reextract --db \(dbPath)' counts them again")
            }
            attempt(groupsCheck) {
                let bad = try Int.fetchOne(db, sql: RowGroups.mismatches) ?? 0
                record(groupsCheck, bad == 0, bad == 0 ? "" : "\(bad) group(s) differ from the relations and roles (changed by another program); "
                    + "'kbctl reextract --db \(dbPath)' counts them again")
            }
            attempt("full-text index content") {
                let findings = try FullTextCheck.run(db)
                record("full-text index content", findings == nil, findings ?? "")
            }
        } }
        return (ResultTable(columns: ["check", "result", "detail"], rows: rows), allOK)
    }
}
