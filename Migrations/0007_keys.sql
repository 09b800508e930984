-- 0007: stable keys, and a small table of facts about the file.
--
-- Row ids are each database's own: two databases built from different articles both have a
-- document 1. A key is the same in every database built from the same text with the same lexicons,
-- so exports and shards merge without clashes. Keys are computed from columns that already exist
-- (nothing stored, nothing to back-fill), in plain SQL so that any SQLite reader (sqlite3, DuckDB's
-- SQLite reader, Datasette) gets them too:
--   document_key   the sha256 of the normalised text
--   sentence_key   document_key '/' sentence ordinal
--   entity_key     type ':' canonical name ("COUNTRY:Russia"); (name, type) is unique already
--   mention_key, statement_key, relation_key, role_key
--                  sentence_key '/' n, n counting the rows of that kind in that sentence before it
--                  (kbctl writes a document's rows in extraction order, so n is the same in every
--                  database; `kbctl merge` copies rows in that order)
-- The views gain these columns; v_threats is `SELECT * FROM v_relations`, so it gains them too
-- without being recreated.

-- Facts about the whole file, one row each: 'lexicon_version' (a hash of the lexicons the
-- articles were extracted with; `kbctl merge` refuses a shard whose version differs).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

DROP VIEW v_documents;
CREATE VIEW v_documents AS
-- One row per ingested article. title: the headline, else the first sentence (80 characters at
-- most), else the file name. text: the normalised text every char_start/char_end counts into.
-- document_key: the sha256, the same in every database.
SELECT id AS document_id, title, author, published, source, sha256, ingested_at, text, format,
       sha256 AS document_key
FROM documents;

DROP VIEW v_sentences;
CREATE VIEW v_sentences AS
-- One row per sentence. char_start/char_end: Unicode code points into v_documents.text.
-- date: the full date the sentence itself gives, else NULL. Full-text search: sentences_fts.
-- sentence_key: document_key '/' ordinal.
SELECT s.id AS sentence_id, s.document_id, s.ordinal, s.paragraph, s.char_start, s.char_end, s.text, s.date,
       d.sha256 || '/' || s.ordinal AS sentence_key, d.sha256 AS document_key
FROM sentences s JOIN documents d ON d.id = s.document_id;

DROP VIEW v_entities;
CREATE VIEW v_entities AS
-- One row per entity at least one document mentions; name is the canonical (fullest) form.
-- entity_key: type ':' name, the same in every database.
SELECT e.id AS entity_id, e.name, e.type, count(m.id) AS mentions, count(DISTINCT m.document_id) AS documents,
       e.type || ':' || e.name AS entity_key
FROM entities e JOIN mentions m ON m.entity_id = e.id
GROUP BY e.id;

DROP VIEW v_aliases;
CREATE VIEW v_aliases AS
-- Every surface form seen or known for an entity.
SELECT a.entity_id, a.alias, e.type || ':' || e.name AS entity_key
FROM aliases a JOIN entities e ON e.id = a.entity_id;

DROP VIEW v_mentions;
CREATE VIEW v_mentions AS
-- Every place an entity is mentioned; offsets as in v_sentences. method: lexicon | pattern | coreference.
-- mention_key: sentence_key '/' the number of mentions before it in its sentence.
SELECT m.id AS mention_id, m.entity_id, m.document_id, m.sentence_id, m.char_start, m.char_end, m.surface,
       e.name AS entity, m.method,
       d.sha256 || '/' || t.ordinal || '/' || (SELECT count(*) FROM mentions x WHERE x.sentence_id = m.sentence_id AND x.id < m.id) AS mention_key,
       e.type || ':' || e.name AS entity_key, d.sha256 AS document_key, d.sha256 || '/' || t.ordinal AS sentence_key
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN sentences t ON t.id = m.sentence_id
JOIN documents d ON d.id = m.document_id;

DROP VIEW v_statements;
CREATE VIEW v_statements AS
-- One row per attribution: who said what. whose_claim is the speaker (the same column name as in
-- v_relations); object_kind is always 'text' (a statement's content is words, never an entity).
-- statement_key: sentence_key '/' the number of statements before it in its sentence.
SELECT s.id AS statement_id, s.document_id, s.sentence_id,
       coalesce(e.name, s.speaker_text) AS speaker, s.speaker_entity_id,
       s.cue, s.content, s.quote, t.text AS evidence, s.kind,
       o.name AS speaker_of, s.speaker_of_entity_id,
       coalesce(e.name, s.speaker_text) AS whose_claim, 'text' AS object_kind,
       d.sha256 || '/' || t.ordinal || '/' || (SELECT count(*) FROM statements x WHERE x.sentence_id = s.sentence_id AND x.id < s.id) AS statement_key,
       d.sha256 AS document_key, d.sha256 || '/' || t.ordinal AS sentence_key,
       e.type || ':' || e.name AS speaker_key, o.type || ':' || o.name AS speaker_of_key
FROM statements s
JOIN sentences t ON t.id = s.sentence_id
JOIN documents d ON d.id = s.document_id
LEFT JOIN entities e ON e.id = s.speaker_entity_id
LEFT JOIN entities o ON o.id = s.speaker_of_entity_id;

DROP VIEW v_relations;
CREATE VIEW v_relations AS
-- One row per claim "subject predicate object". whose_claim: whose claim it is (NULL = the author's
-- own voice); source is the same value, kept for compatibility. object_kind: entity when the object
-- is an entity, text when it is words as written, NULL without an object. cameo_name: from cameo_codes.
-- relation_key: sentence_key '/' the number of relations before it in its sentence.
SELECT r.id AS relation_id, r.document_id, r.sentence_id,
       coalesce(se.name, r.subject_text) AS subject, r.subject_entity_id,
       r.predicate,
       coalesce(oe.name, r.object_text) AS object, r.object_entity_id,
       r.polarity, r.modality,
       coalesce(src.name, r.source_text) AS source,
       r.cameo, t.text AS evidence, r.statement_id, r.source_entity_id, r.trigger,
       coalesce(src.name, r.source_text) AS whose_claim,
       CASE WHEN r.object_entity_id IS NOT NULL THEN 'entity' WHEN r.object_text IS NOT NULL THEN 'text' END AS object_kind,
       c.name AS cameo_name,
       d.sha256 || '/' || t.ordinal || '/' || (SELECT count(*) FROM relations x WHERE x.sentence_id = r.sentence_id AND x.id < r.id) AS relation_key,
       d.sha256 AS document_key, d.sha256 || '/' || t.ordinal AS sentence_key,
       se.type || ':' || se.name AS subject_key, oe.type || ':' || oe.name AS object_key, src.type || ':' || src.name AS source_key,
       (SELECT d.sha256 || '/' || st.ordinal || '/' || (SELECT count(*) FROM statements y WHERE y.sentence_id = x.sentence_id AND y.id < x.id)
        FROM statements x JOIN sentences st ON st.id = x.sentence_id WHERE x.id = r.statement_id) AS statement_key
FROM relations r
JOIN sentences t ON t.id = r.sentence_id
JOIN documents d ON d.id = r.document_id
LEFT JOIN entities se ON se.id = r.subject_entity_id
LEFT JOIN entities oe ON oe.id = r.object_entity_id
LEFT JOIN entities src ON src.id = r.source_entity_id
LEFT JOIN cameo_codes c ON c.code = r.cameo;

-- v_threats is `SELECT * FROM v_relations WHERE …` (0006): SQLite expands the star when a
-- statement uses the view, so it has the columns above without being recreated.

DROP VIEW v_roles;
CREATE VIEW v_roles AS
-- Who holds which office. role: the title as written, lower-case; role_class: the canonical office.
-- role_key: sentence_key '/' the number of roles before it in its sentence.
SELECT r.id AS role_id, r.document_id, r.sentence_id,
       p.name AS person, r.person_entity_id, r.role,
       o.name AS organization, r.organization_entity_id, t.text AS evidence, r.role_class,
       d.sha256 || '/' || t.ordinal || '/' || (SELECT count(*) FROM roles x WHERE x.sentence_id = r.sentence_id AND x.id < r.id) AS role_key,
       d.sha256 AS document_key, d.sha256 || '/' || t.ordinal AS sentence_key,
       p.type || ':' || p.name AS person_key, o.type || ':' || o.name AS organization_key
FROM roles r
JOIN entities p ON p.id = r.person_entity_id
JOIN sentences t ON t.id = r.sentence_id
JOIN documents d ON d.id = r.document_id
LEFT JOIN entities o ON o.id = r.organization_entity_id;

PRAGMA user_version = 7;
