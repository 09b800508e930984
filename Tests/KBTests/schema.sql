CREATE INDEX aliases_by_alias ON aliases(alias COLLATE NOCASE);
CREATE INDEX documents_by_published ON documents(published);
CREATE INDEX entity_counts_by_mentions ON entity_counts(mentions);
CREATE INDEX mentions_by_entity ON mentions(entity_id);
CREATE INDEX mentions_by_sentence ON mentions(sentence_id);
CREATE UNIQUE INDEX relation_groups_by_key ON relation_groups(
    predicate, ifnull(subject_entity_id, 0), ifnull(subject_text, ''), ifnull(object_entity_id, 0), ifnull(object_text, ''),
    polarity, modality, ifnull(source_entity_id, 0), ifnull(source_text, ''), ifnull(cameo, ''));
CREATE INDEX relation_groups_by_object ON relation_groups(object_entity_id);
CREATE INDEX relation_groups_by_object_text ON relation_groups(object_text COLLATE NOCASE) WHERE object_text IS NOT NULL;
CREATE INDEX relation_groups_by_root ON relation_groups(substr(cameo, 1, 2));
CREATE INDEX relation_groups_by_subject ON relation_groups(subject_entity_id);
CREATE INDEX relation_groups_by_subject_text ON relation_groups(subject_text COLLATE NOCASE) WHERE subject_text IS NOT NULL;
CREATE INDEX relations_by_document ON relations(document_id);
CREATE INDEX relations_by_object_groups ON relations(object_entity_id, predicate, subject_entity_id, subject_text, object_text,
                                                     polarity, modality, source_entity_id, source_text, cameo);
CREATE INDEX relations_by_object_text ON relations(object_text COLLATE NOCASE) WHERE object_text IS NOT NULL;
CREATE INDEX relations_by_predicate_groups ON relations(predicate, subject_entity_id, subject_text, object_entity_id, object_text,
                                                        polarity, modality, source_entity_id, source_text, cameo);
CREATE INDEX relations_by_sentence ON relations(sentence_id);
CREATE INDEX relations_by_source ON relations(source_entity_id);
CREATE INDEX relations_by_source_text ON relations(source_text COLLATE NOCASE) WHERE source_text IS NOT NULL;
CREATE INDEX relations_by_statement ON relations(statement_id);
CREATE INDEX relations_by_subject_groups ON relations(subject_entity_id, predicate, subject_text, object_entity_id, object_text,
                                                      polarity, modality, source_entity_id, source_text, cameo);
CREATE INDEX relations_by_subject_text ON relations(subject_text COLLATE NOCASE) WHERE subject_text IS NOT NULL;
CREATE UNIQUE INDEX role_groups_by_key ON role_groups(person_entity_id, role, ifnull(organization_entity_id, 0));
CREATE INDEX roles_by_class ON roles(role_class);
CREATE INDEX roles_by_document ON roles(document_id);
CREATE INDEX roles_by_organization ON roles(organization_entity_id);
CREATE INDEX roles_by_person_role ON roles(person_entity_id, role, organization_entity_id);
CREATE INDEX roles_by_role ON roles(role);
CREATE INDEX roles_by_sentence ON roles(sentence_id);
CREATE INDEX sentences_by_date ON sentences(date) WHERE date IS NOT NULL;
CREATE INDEX statements_by_document_order ON statements(document_id, sentence_id);
CREATE INDEX statements_by_sentence ON statements(sentence_id);
CREATE INDEX statements_by_speaker_of ON statements(speaker_of_entity_id);
CREATE INDEX statements_by_speaker_order ON statements(speaker_entity_id, document_id, sentence_id);
CREATE INDEX statements_by_speaker_text ON statements(speaker_text COLLATE NOCASE) WHERE speaker_text IS NOT NULL;
CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE TABLE cameo_codes (
    -- One row per CAMEO event code kbctl emits (and the 20 roots), generated from
    -- Sources/KB/Lexicons/cameo-codes.tsv by scripts/gen-cameo-sql.py.
    code        TEXT PRIMARY KEY CHECK (code GLOB '[0-9]*'),  -- as relations.cameo writes it, leading zeros kept
    name        TEXT NOT NULL,                                -- the CAMEO codebook's name ("Threaten")
    description TEXT NOT NULL                                 -- its root, and the predicates kbctl emits it for
) WITHOUT ROWID;
CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,                 -- the path given to `kbctl ingest`, or '-' for stdin
    format      TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
    title       TEXT,
    author      TEXT,
    published   TEXT CHECK (published IS NULL OR published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    sha256      TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),  -- of the normalised text
    ingested_at TEXT NOT NULL,                 -- ISO 8601, UTC
    text TEXT);
CREATE TABLE entities (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                        -- canonical: the fullest form
    type TEXT NOT NULL CHECK (type IN ('PERSON', 'COUNTRY', 'ORGANIZATION', 'LOCATION', 'WEAPON', 'DOCUMENT', 'EVENT', 'GROUP')),
    UNIQUE (name, type)
);
CREATE TABLE entity_counts (
    entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL
);
CREATE TABLE "mentions" (
    id          INTEGER PRIMARY KEY,
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    char_start  INTEGER NOT NULL CHECK (char_start >= 0),
    char_end    INTEGER NOT NULL CHECK (char_end > char_start),
    surface     TEXT,                          -- NULL: the sentence's text between char_start and char_end
    method      INTEGER NOT NULL CHECK (method BETWEEN 0 AND 2)  -- 0 lexicon, 1 pattern, 2 coreference (v_mentions spells it)
);
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE relation_groups (
    id                INTEGER PRIMARY KEY,
    predicate         TEXT NOT NULL,
    subject_entity_id INTEGER,
    subject_text      TEXT,
    object_entity_id  INTEGER,
    object_text       TEXT,
    polarity          INTEGER NOT NULL,
    modality          INTEGER NOT NULL,
    source_entity_id  INTEGER,
    source_text       TEXT,
    cameo             TEXT,
    relations         INTEGER NOT NULL,
    first_relation_id INTEGER NOT NULL
);
CREATE TABLE relations (
    id                INTEGER PRIMARY KEY,
    document_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id       INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    subject_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    subject_text      TEXT,
    predicate         TEXT NOT NULL CHECK (predicate = lower(predicate)),
    object_entity_id  INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    object_text       TEXT,
    source_entity_id  INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    source_text       TEXT,
    statement_id      INTEGER REFERENCES statements(id) ON DELETE SET NULL,
    cameo             TEXT CHECK (cameo IS NULL OR cameo GLOB '[0-9]*'),
    trigger           TEXT NOT NULL            -- the words that carried the predicate ("threats facing")
, polarity INTEGER NOT NULL DEFAULT 0 CHECK (polarity BETWEEN 0 AND 1), modality INTEGER NOT NULL DEFAULT 0 CHECK (modality BETWEEN 0 AND 3));
CREATE TABLE role_groups (
    id                     INTEGER PRIMARY KEY,
    person_entity_id       INTEGER NOT NULL,
    role                   TEXT NOT NULL,
    organization_entity_id INTEGER,
    roles                  INTEGER NOT NULL,
    first_role_id          INTEGER NOT NULL
);
CREATE TABLE roles (
    id                     INTEGER PRIMARY KEY,
    document_id            INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id            INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    person_entity_id       INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    role                   TEXT NOT NULL CHECK (role = lower(role)),
    organization_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL
, role_class TEXT CHECK (role_class IS NULL OR role_class = lower(role_class)));
CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL CHECK (ordinal >= 0),
    paragraph   INTEGER NOT NULL CHECK (paragraph >= 0),
    char_start  INTEGER NOT NULL CHECK (char_start >= 0),  -- Unicode code points into documents.text
    char_end    INTEGER NOT NULL CHECK (char_end >= char_start),
    text        TEXT NOT NULL, date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), gap TEXT NOT NULL DEFAULT '',
    UNIQUE (document_id, ordinal)
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content="sentences", content_rowid="id", tokenize="porter unicode61");
CREATE TABLE 'sentences_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
CREATE TABLE 'sentences_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
CREATE TABLE 'sentences_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
CREATE TABLE 'sentences_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
CREATE TABLE statements (
    id                INTEGER PRIMARY KEY,
    document_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence_id       INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    speaker_text      TEXT,                    -- the speaker as written when no entity fits ("a U.S. official")
    cue               TEXT,
    quote             TEXT,
    char_start        INTEGER NOT NULL,
    char_end          INTEGER NOT NULL CHECK (char_end >= char_start)
, speaker_of_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL, content TEXT, content_start INTEGER, content_end INTEGER, quote_start INTEGER, quote_end INTEGER, kind INTEGER NOT NULL DEFAULT 2 CHECK (kind BETWEEN 0 AND 3));
CREATE TRIGGER relation_groups_delete AFTER DELETE ON relations BEGIN
    UPDATE relation_groups SET relations = relations - 1,
        first_relation_id = CASE WHEN first_relation_id <> OLD.id THEN first_relation_id ELSE ifnull((
            SELECT min(r.id) FROM relations r
            WHERE r.predicate = OLD.predicate AND r.subject_entity_id IS OLD.subject_entity_id AND r.subject_text IS OLD.subject_text
              AND r.object_entity_id IS OLD.object_entity_id AND r.object_text IS OLD.object_text AND r.polarity = OLD.polarity
              AND r.modality = OLD.modality AND r.source_entity_id IS OLD.source_entity_id AND r.source_text IS OLD.source_text
              AND r.cameo IS OLD.cameo), 0) END
    WHERE predicate = OLD.predicate AND ifnull(subject_entity_id, 0) = ifnull(OLD.subject_entity_id, 0)
      AND ifnull(subject_text, '') = ifnull(OLD.subject_text, '') AND ifnull(object_entity_id, 0) = ifnull(OLD.object_entity_id, 0)
      AND ifnull(object_text, '') = ifnull(OLD.object_text, '') AND polarity = OLD.polarity AND modality = OLD.modality
      AND ifnull(source_entity_id, 0) = ifnull(OLD.source_entity_id, 0) AND ifnull(source_text, '') = ifnull(OLD.source_text, '')
      AND ifnull(cameo, '') = ifnull(OLD.cameo, '');
    DELETE FROM relation_groups WHERE (relations <= 0 OR first_relation_id = 0) AND predicate = OLD.predicate AND ifnull(subject_entity_id, 0) = ifnull(OLD.subject_entity_id, 0)
      AND ifnull(subject_text, '') = ifnull(OLD.subject_text, '') AND ifnull(object_entity_id, 0) = ifnull(OLD.object_entity_id, 0)
      AND ifnull(object_text, '') = ifnull(OLD.object_text, '') AND polarity = OLD.polarity AND modality = OLD.modality
      AND ifnull(source_entity_id, 0) = ifnull(OLD.source_entity_id, 0) AND ifnull(source_text, '') = ifnull(OLD.source_text, '')
      AND ifnull(cameo, '') = ifnull(OLD.cameo, '');
END;
CREATE TRIGGER relation_groups_update AFTER UPDATE OF predicate, subject_entity_id, subject_text, object_entity_id, object_text, polarity, modality, source_entity_id, source_text, cameo ON relations BEGIN
    UPDATE relation_groups SET relations = relations - 1,
        first_relation_id = CASE WHEN first_relation_id <> OLD.id THEN first_relation_id ELSE ifnull((
            SELECT min(r.id) FROM relations r
            WHERE r.predicate = OLD.predicate AND r.subject_entity_id IS OLD.subject_entity_id AND r.subject_text IS OLD.subject_text
              AND r.object_entity_id IS OLD.object_entity_id AND r.object_text IS OLD.object_text AND r.polarity = OLD.polarity
              AND r.modality = OLD.modality AND r.source_entity_id IS OLD.source_entity_id AND r.source_text IS OLD.source_text
              AND r.cameo IS OLD.cameo), 0) END
    WHERE predicate = OLD.predicate AND ifnull(subject_entity_id, 0) = ifnull(OLD.subject_entity_id, 0)
      AND ifnull(subject_text, '') = ifnull(OLD.subject_text, '') AND ifnull(object_entity_id, 0) = ifnull(OLD.object_entity_id, 0)
      AND ifnull(object_text, '') = ifnull(OLD.object_text, '') AND polarity = OLD.polarity AND modality = OLD.modality
      AND ifnull(source_entity_id, 0) = ifnull(OLD.source_entity_id, 0) AND ifnull(source_text, '') = ifnull(OLD.source_text, '')
      AND ifnull(cameo, '') = ifnull(OLD.cameo, '');
    DELETE FROM relation_groups WHERE (relations <= 0 OR first_relation_id = 0) AND predicate = OLD.predicate AND ifnull(subject_entity_id, 0) = ifnull(OLD.subject_entity_id, 0)
      AND ifnull(subject_text, '') = ifnull(OLD.subject_text, '') AND ifnull(object_entity_id, 0) = ifnull(OLD.object_entity_id, 0)
      AND ifnull(object_text, '') = ifnull(OLD.object_text, '') AND polarity = OLD.polarity AND modality = OLD.modality
      AND ifnull(source_entity_id, 0) = ifnull(OLD.source_entity_id, 0) AND ifnull(source_text, '') = ifnull(OLD.source_text, '')
      AND ifnull(cameo, '') = ifnull(OLD.cameo, '');
    INSERT INTO relation_groups (predicate, subject_entity_id, subject_text, object_entity_id, object_text, polarity, modality,
                                 source_entity_id, source_text, cameo, relations, first_relation_id)
    VALUES (NEW.predicate, NEW.subject_entity_id, NEW.subject_text, NEW.object_entity_id, NEW.object_text, NEW.polarity, NEW.modality,
            NEW.source_entity_id, NEW.source_text, NEW.cameo, 1, NEW.id)
    ON CONFLICT (predicate, ifnull(subject_entity_id, 0), ifnull(subject_text, ''), ifnull(object_entity_id, 0), ifnull(object_text, ''),
                 polarity, modality, ifnull(source_entity_id, 0), ifnull(source_text, ''), ifnull(cameo, ''))
    DO UPDATE SET relations = relations + 1, first_relation_id = min(first_relation_id, excluded.first_relation_id);
END;
CREATE TRIGGER role_groups_delete AFTER DELETE ON roles BEGIN
    UPDATE role_groups SET roles = roles - 1,
        first_role_id = CASE WHEN first_role_id <> OLD.id THEN first_role_id ELSE ifnull((
            SELECT min(r.id) FROM roles r WHERE r.person_entity_id = OLD.person_entity_id AND r.role = OLD.role
              AND r.organization_entity_id IS OLD.organization_entity_id), 0) END
    WHERE person_entity_id = OLD.person_entity_id AND role = OLD.role AND ifnull(organization_entity_id, 0) = ifnull(OLD.organization_entity_id, 0);
    DELETE FROM role_groups WHERE (roles <= 0 OR first_role_id = 0) AND person_entity_id = OLD.person_entity_id AND role = OLD.role AND ifnull(organization_entity_id, 0) = ifnull(OLD.organization_entity_id, 0);
END;
CREATE TRIGGER role_groups_update AFTER UPDATE OF person_entity_id, role, organization_entity_id ON roles BEGIN
    UPDATE role_groups SET roles = roles - 1,
        first_role_id = CASE WHEN first_role_id <> OLD.id THEN first_role_id ELSE ifnull((
            SELECT min(r.id) FROM roles r WHERE r.person_entity_id = OLD.person_entity_id AND r.role = OLD.role
              AND r.organization_entity_id IS OLD.organization_entity_id), 0) END
    WHERE person_entity_id = OLD.person_entity_id AND role = OLD.role AND ifnull(organization_entity_id, 0) = ifnull(OLD.organization_entity_id, 0);
    DELETE FROM role_groups WHERE (roles <= 0 OR first_role_id = 0) AND person_entity_id = OLD.person_entity_id AND role = OLD.role AND ifnull(organization_entity_id, 0) = ifnull(OLD.organization_entity_id, 0);
    INSERT INTO role_groups (person_entity_id, role, organization_entity_id, roles, first_role_id)
    VALUES (NEW.person_entity_id, NEW.role, NEW.organization_entity_id, 1, NEW.id)
    ON CONFLICT (person_entity_id, role, ifnull(organization_entity_id, 0))
    DO UPDATE SET roles = roles + 1, first_role_id = min(first_role_id, excluded.first_role_id);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
    -- keeps sentences_fts (external content) in step with sentences
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'fts_deferred')
BEGIN
    -- keeps sentences_fts (external content) in step with sentences, except inside a kbctl
    -- ingest's transaction, which fills it for the whole batch (meta 'fts_deferred', 0008)
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_update AFTER UPDATE OF id, text ON sentences BEGIN
    -- keeps sentences_fts (external content) in step with sentences; a gap is not indexed (0009)
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE VIEW v_aliases AS
-- Every surface form seen or known for an entity.
SELECT a.entity_id, a.alias, e.type || ':' || e.name AS entity_key
FROM aliases a JOIN entities e ON e.id = a.entity_id;
CREATE VIEW v_documents AS
-- One row per ingested article. title: the headline, else the first sentence (80 characters at
-- most), else the file name. text: the normalised text every char_start/char_end counts into.
-- document_key: the sha256, the same in every database.
SELECT d.id AS document_id, d.title, d.author, d.published, d.source, d.sha256, d.ingested_at,
       coalesce(d.text, (SELECT group_concat(gap || text, '')
                         FROM (SELECT s.gap, s.text FROM sentences s WHERE s.document_id = d.id ORDER BY s.ordinal))) AS text,
       d.format, d.sha256 AS document_key
FROM documents d;
CREATE VIEW v_entities AS
-- One row per entity at least one document mentions; name is the canonical (fullest) form.
-- entity_key: type ':' name, the same in every database.
SELECT e.id AS entity_id, e.name, e.type, count(m.id) AS mentions, count(DISTINCT t.document_id) AS documents,
       e.type || ':' || e.name AS entity_key
FROM entities e JOIN mentions m ON m.entity_id = e.id JOIN sentences t ON t.id = m.sentence_id
GROUP BY e.id;
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
CREATE VIEW v_sentences AS
-- One row per sentence. char_start/char_end: Unicode code points into v_documents.text.
-- date: the full date the sentence itself gives, else NULL. Full-text search: sentences_fts.
-- sentence_key: document_key '/' ordinal.
SELECT s.id AS sentence_id, s.document_id, s.ordinal, s.paragraph, s.char_start, s.char_end, s.text, s.date,
       d.sha256 || '/' || s.ordinal AS sentence_key, d.sha256 AS document_key
FROM sentences s JOIN documents d ON d.id = s.document_id;
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
CREATE VIEW v_threats AS
-- The relations of the threat class: CAMEO root 13 (Threaten) and its sub-codes; v_relations' columns.
SELECT * FROM v_relations WHERE substr(cameo, 1, 2) = '13';
