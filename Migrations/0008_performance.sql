-- 0008: faster writes and lookups, no change to what is stored.
-- * An index on the role as written, so that "who is defense minister" and the check that a name
--   is known find their roles without reading every role (role_class has its index since 0004).
-- * The full-text insert trigger stands aside while a kbctl writer fills sentences_fts itself,
--   once per batch of documents: per sentence, FTS5 wrote a new segment at each statement (more
--   than half of an ingest's storage time). The writer sets meta 'fts_deferred' inside its
--   transaction and removes it before committing, so no other connection ever sees it: every
--   other writer (sqlite3, kbctl merge) keeps the index in step through the trigger as before.

CREATE INDEX roles_by_role ON roles(role);

DROP TRIGGER sentences_fts_insert;
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'fts_deferred')
BEGIN
    -- keeps sentences_fts (external content) in step with sentences, except inside a kbctl
    -- ingest's transaction, which fills it for the whole batch (meta 'fts_deferred', 0008)
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;

PRAGMA user_version = 8;
