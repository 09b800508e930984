-- 0003: indexes for the foreign keys that cascading deletes go through (re-ingesting with --force
-- or reextract deletes a document's rows; without these each deleted sentence, statement or
-- entity scanned whole tables), and the file's identity: an application id ('KBCT') so that
-- kbctl and `file`/sqlite3 can tell a kbctl database from any other SQLite file, and
-- user_version = the number of the last migration applied.

CREATE INDEX statements_by_sentence ON statements(sentence_id);
CREATE INDEX relations_by_sentence ON relations(sentence_id);
CREATE INDEX relations_by_statement ON relations(statement_id);
CREATE INDEX relations_by_source ON relations(source_entity_id);
CREATE INDEX roles_by_sentence ON roles(sentence_id);
CREATE INDEX roles_by_organization ON roles(organization_entity_id);

PRAGMA application_id = 1262633812;  -- 0x4B424354
PRAGMA user_version = 3;
