-- 0009: the text is stored once. The views return exactly what they returned before.
--
-- Measured with dbstat on 1,000 unique copies of the seed article (scripts/bench.sh 1000: the
-- database was 5.8x the text) and on a mix of real-shaped articles (6.3x): documents.text (1.2x)
-- and sentences.text (1.2x) each held the whole text, statements repeated their content and quote
-- (0.3-0.6x), mentions repeated their surface (0.15x) and spelled their method out (0.17x), and an
-- index on mentions.document_id (0.25x) served only cascades that go through sentences anyway.
--
-- Which copy stays: the sentences'. The full-text index (`content="sentences"`, the form Datasette
-- and sqlite-utils detect), v_sentences, the evidence of every view and the mention and statement
-- texts all read sentence text, each a short string; only v_documents.text needs the whole text.
-- Keeping documents.text and rebuilding sentences with substr() instead would walk the document
-- from its start for every sentence (quadratic: a 2 MB article has ~20,000 sentences) and would
-- take the text away from the full-text table's content.
-- * sentences.gap: the text between the previous sentence (or the start) and this one, so that
--   the sentences with their gaps, in order, are the document. documents.text is NULL when they
--   rebuild it exactly, which v_documents does (one pass over the document's sentences); a text
--   they do not rebuild (overlapping sentences, text after the last one) is kept, with gaps ''.
-- * mentions.surface is NULL when it is the sentence's text between the mention's offsets (always,
--   for kbctl's own rows); method is 0, 1, 2 for lexicon, pattern, coreference, spelled by v_mentions.
--   mentions.document_id goes with its index: it is the sentence's, and a document's deletion
--   reaches its mentions through its sentences.
-- * statements.content / quote are NULL when they are a span of their sentence, which
--   content_start/content_end and quote_start/quote_end give (code points into the document, as
--   char_start); a quote made of several quotations (" … ") or a content that is not one span keeps
--   its text.
-- * Closed vocabularies are stored as numbers, in the order of the CHECK each column had, and the
--   views spell them: mentions.method (0 lexicon, 1 pattern, 2 coreference), statements.kind
--   (0 direct, 1 partial, 2 reported, 3 transcript), relations.polarity (0 affirmed, 1 negated) and
--   relations.modality (0 asserted, 1 possible, 2 planned, 3 conditional): with the mentions'
--   surfaces these words were 0.2-0.3x the text.
-- * The full-text update trigger fires only when a sentence's id or text changes, not its gap.
-- After: 3.6x the text for bench.sh 1000, 3.9x for the mix. The price is at reading: v_documents
-- joins a document's sentences, v_mentions and v_statements cut their sentence's text, and
-- v_entities counts documents through the mentions' sentences.
--
-- Existing rows: gaps are cut from documents.text with substr(), which walks the text from its
-- start once per sentence; so only documents of at most 64 KB are converted here (a few ms each),
-- and larger ones keep their text as before (`kbctl reextract` writes them in the new form). The
-- freed pages stay in the file until `VACUUM`.

-- MARK: the views go first: ALTER TABLE checks every view against the changed tables

DROP VIEW v_threats;
DROP VIEW v_relations;
DROP VIEW v_statements;
DROP VIEW v_roles;
DROP VIEW v_mentions;
DROP VIEW v_aliases;
DROP VIEW v_entities;
DROP VIEW v_sentences;
DROP VIEW v_documents;

DROP TRIGGER sentences_fts_update;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF id, text ON sentences BEGIN
    -- keeps sentences_fts (external content) in step with sentences; a gap is not indexed (0009)
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

-- MARK: documents: their text is their sentences and the gaps between them

ALTER TABLE sentences ADD COLUMN gap TEXT NOT NULL DEFAULT '';  -- the text between the previous sentence (or the document's start) and this one

ALTER TABLE documents RENAME COLUMN text TO stored_text;
ALTER TABLE documents ADD COLUMN text TEXT;  -- the normalised text all offsets refer to; NULL when its sentences and their gaps are it (v_documents.text)

CREATE TEMP TABLE text_once_documents AS
SELECT id FROM documents WHERE length(CAST(stored_text AS BLOB)) <= 65536;

WITH cut AS (
    SELECT s.id, s.char_start - coalesce(lag(s.char_end) OVER w, 0) AS length,
           substr(d.stored_text, coalesce(lag(s.char_end) OVER w, 0) + 1, s.char_start - coalesce(lag(s.char_end) OVER w, 0)) AS gap
    FROM sentences s JOIN documents d ON d.id = s.document_id
    WHERE s.document_id IN (SELECT id FROM temp.text_once_documents)
    WINDOW w AS (PARTITION BY s.document_id ORDER BY s.ordinal)
)
UPDATE sentences SET gap = cut.gap FROM cut WHERE cut.id = sentences.id AND cut.length > 0;

UPDATE documents SET text = stored_text
WHERE id NOT IN (SELECT id FROM temp.text_once_documents)
   OR stored_text IS NOT (SELECT group_concat(gap || text, '')
                          FROM (SELECT gap, text FROM sentences s WHERE s.document_id = documents.id ORDER BY s.ordinal));
UPDATE sentences SET gap = '' WHERE gap <> '' AND document_id IN (SELECT id FROM documents WHERE text IS NOT NULL);
DROP TABLE temp.text_once_documents;

ALTER TABLE documents DROP COLUMN stored_text;

-- MARK: mentions: no copy of the surface, the method as a number, the document through the sentence

CREATE TABLE mentions_0009 (
    id          INTEGER PRIMARY KEY,
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    char_start  INTEGER NOT NULL CHECK (char_start >= 0),
    char_end    INTEGER NOT NULL CHECK (char_end > char_start),
    surface     TEXT,                          -- NULL: the sentence's text between char_start and char_end
    method      INTEGER NOT NULL CHECK (method BETWEEN 0 AND 2)  -- 0 lexicon, 1 pattern, 2 coreference (v_mentions spells it)
);
INSERT INTO mentions_0009 (id, entity_id, sentence_id, char_start, char_end, surface, method)
SELECT m.id, m.entity_id, m.sentence_id, m.char_start, m.char_end,
       CASE WHEN m.surface IS (SELECT substr(t.text, m.char_start - t.char_start + 1, m.char_end - m.char_start)
                               FROM sentences t WHERE t.id = m.sentence_id AND m.char_start >= t.char_start AND m.char_end <= t.char_end)
            THEN NULL ELSE m.surface END,
       CASE m.method WHEN 'lexicon' THEN 0 WHEN 'pattern' THEN 1 ELSE 2 END
FROM mentions m ORDER BY m.id;
DROP TABLE mentions;
ALTER TABLE mentions_0009 RENAME TO mentions;
CREATE INDEX mentions_by_entity ON mentions(entity_id);
CREATE INDEX mentions_by_sentence ON mentions(sentence_id);

-- MARK: statements: content and quote as spans of their sentence

ALTER TABLE statements RENAME COLUMN content TO stored_content;
ALTER TABLE statements ADD COLUMN content TEXT;          -- NULL: the sentence's text between content_start and content_end
ALTER TABLE statements ADD COLUMN content_start INTEGER; -- code points into the document text, as char_start
ALTER TABLE statements ADD COLUMN content_end INTEGER;
ALTER TABLE statements ADD COLUMN quote_start INTEGER;   -- quote NULL and these set: the sentence's text between them
ALTER TABLE statements ADD COLUMN quote_end INTEGER;

UPDATE statements SET
    content_start = (SELECT t.char_start + instr(t.text, stored_content) - 1 FROM sentences t
                     WHERE t.id = statements.sentence_id AND instr(t.text, stored_content) > 0),
    quote_start = (SELECT t.char_start + instr(t.text, quote) - 1 FROM sentences t
                   WHERE t.id = statements.sentence_id AND instr(t.text, quote) > 0);
UPDATE statements SET
    content_end = content_start + length(stored_content),
    content = CASE WHEN content_start IS NULL THEN stored_content END,
    quote_end = quote_start + length(quote),
    quote = CASE WHEN quote_start IS NULL THEN quote END;

ALTER TABLE statements DROP COLUMN stored_content;

-- MARK: closed vocabularies as numbers

ALTER TABLE statements RENAME COLUMN kind TO kind_word;
ALTER TABLE statements ADD COLUMN kind INTEGER NOT NULL DEFAULT 2 CHECK (kind BETWEEN 0 AND 3);  -- 0 direct, 1 partial, 2 reported, 3 transcript
UPDATE statements SET kind = CASE kind_word WHEN 'direct' THEN 0 WHEN 'partial' THEN 1 WHEN 'reported' THEN 2 ELSE 3 END;
ALTER TABLE statements DROP COLUMN kind_word;

ALTER TABLE relations RENAME COLUMN polarity TO polarity_word;
ALTER TABLE relations RENAME COLUMN modality TO modality_word;
ALTER TABLE relations ADD COLUMN polarity INTEGER NOT NULL DEFAULT 0 CHECK (polarity BETWEEN 0 AND 1);  -- 0 affirmed, 1 negated
ALTER TABLE relations ADD COLUMN modality INTEGER NOT NULL DEFAULT 0 CHECK (modality BETWEEN 0 AND 3);  -- 0 asserted, 1 possible, 2 planned, 3 conditional
UPDATE relations SET polarity = CASE polarity_word WHEN 'negated' THEN 1 ELSE 0 END,
                     modality = CASE modality_word WHEN 'asserted' THEN 0 WHEN 'possible' THEN 1 WHEN 'planned' THEN 2 ELSE 3 END;
ALTER TABLE relations DROP COLUMN polarity_word;
ALTER TABLE relations DROP COLUMN modality_word;

-- MARK: the contract views, as in 0007 except for the columns rebuilt above (and v_mentions'
-- document_id, which is its sentence's: filtering by document goes through the sentences' index)

CREATE VIEW v_documents AS
-- One row per ingested article. title: the headline, else the first sentence (80 characters at
-- most), else the file name. text: the normalised text every char_start/char_end counts into.
-- document_key: the sha256, the same in every database.
SELECT d.id AS document_id, d.title, d.author, d.published, d.source, d.sha256, d.ingested_at,
       coalesce(d.text, (SELECT group_concat(gap || text, '')
                         FROM (SELECT s.gap, s.text FROM sentences s WHERE s.document_id = d.id ORDER BY s.ordinal))) AS text,
       d.format, d.sha256 AS document_key
FROM documents d;

CREATE VIEW v_sentences AS
-- One row per sentence. char_start/char_end: Unicode code points into v_documents.text.
-- date: the full date the sentence itself gives, else NULL. Full-text search: sentences_fts.
-- sentence_key: document_key '/' ordinal.
SELECT s.id AS sentence_id, s.document_id, s.ordinal, s.paragraph, s.char_start, s.char_end, s.text, s.date,
       d.sha256 || '/' || s.ordinal AS sentence_key, d.sha256 AS document_key
FROM sentences s JOIN documents d ON d.id = s.document_id;

CREATE VIEW v_entities AS
-- One row per entity at least one document mentions; name is the canonical (fullest) form.
-- entity_key: type ':' name, the same in every database.
SELECT e.id AS entity_id, e.name, e.type, count(m.id) AS mentions, count(DISTINCT t.document_id) AS documents,
       e.type || ':' || e.name AS entity_key
FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN sentences t ON t.id = m.sentence_id
GROUP BY e.id;

CREATE VIEW v_aliases AS
-- Every surface form seen or known for an entity.
SELECT a.entity_id, a.alias, e.type || ':' || e.name AS entity_key
FROM aliases a JOIN entities e ON e.id = a.entity_id;

CREATE VIEW v_mentions AS
-- Every place an entity is mentioned; offsets as in v_sentences. method: lexicon | pattern | coreference.
-- mention_key: sentence_key '/' the number of mentions before it in its sentence.
SELECT m.id AS mention_id, m.entity_id, t.document_id, m.sentence_id, m.char_start, m.char_end,
       coalesce(m.surface, substr(t.text, m.char_start - t.char_start + 1, m.char_end - m.char_start)) AS surface,
       e.name AS entity,
       CASE m.method WHEN 0 THEN 'lexicon' WHEN 1 THEN 'pattern' WHEN 2 THEN 'coreference' END AS method,
       d.sha256 || '/' || t.ordinal || '/' || (SELECT count(*) FROM mentions x WHERE x.sentence_id = m.sentence_id AND x.id < m.id) AS mention_key,
       e.type || ':' || e.name AS entity_key, d.sha256 AS document_key, d.sha256 || '/' || t.ordinal AS sentence_key
FROM mentions m
JOIN entities e ON e.id = m.entity_id
JOIN sentences t ON t.id = m.sentence_id
JOIN documents d ON d.id = t.document_id;

CREATE VIEW v_statements AS
-- One row per attribution: who said what. whose_claim is the speaker (the same column name as in
-- v_relations); object_kind is always 'text' (a statement's content is words, never an entity).
-- statement_key: sentence_key '/' the number of statements before it in its sentence.
SELECT s.id AS statement_id, s.document_id, s.sentence_id,
       coalesce(e.name, s.speaker_text) AS speaker, s.speaker_entity_id,
       s.cue,
       coalesce(s.content, substr(t.text, s.content_start - t.char_start + 1, s.content_end - s.content_start)) AS content,
       coalesce(s.quote, substr(t.text, s.quote_start - t.char_start + 1, s.quote_end - s.quote_start)) AS quote,
       t.text AS evidence,
       CASE s.kind WHEN 0 THEN 'direct' WHEN 1 THEN 'partial' WHEN 2 THEN 'reported' WHEN 3 THEN 'transcript' END AS kind,
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

CREATE VIEW v_relations AS
-- One row per claim "subject predicate object". whose_claim: whose claim it is (NULL = the author's
-- own voice); source is the same value, kept for compatibility. object_kind: entity when the object
-- is an entity, text when it is words as written, NULL without an object. cameo_name: from cameo_codes.
-- relation_key: sentence_key '/' the number of relations before it in its sentence.
SELECT r.id AS relation_id, r.document_id, r.sentence_id,
       coalesce(se.name, r.subject_text) AS subject, r.subject_entity_id,
       r.predicate,
       coalesce(oe.name, r.object_text) AS object, r.object_entity_id,
       CASE r.polarity WHEN 0 THEN 'affirmed' WHEN 1 THEN 'negated' END AS polarity,
       CASE r.modality WHEN 0 THEN 'asserted' WHEN 1 THEN 'possible' WHEN 2 THEN 'planned' WHEN 3 THEN 'conditional' END AS modality,
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

CREATE VIEW v_threats AS
-- The relations of the threat class: CAMEO root 13 (Threaten) and its sub-codes; v_relations' columns.
SELECT * FROM v_relations WHERE substr(cameo, 1, 2) = '13';

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

PRAGMA user_version = 9;
