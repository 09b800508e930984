-- 0011: how many mentions and documents each entity has, kept by kbctl as it writes, so that
-- "who is X", "who is who" and "entities [of type …]" read one row per entity instead of counting
-- its mentions (1.2 million for an alliance at 100,000 articles; "entities of type person" took
-- 3.6 s there, since 0009 a mention reaches its document only through its sentence).
-- * Every writer adds a document's counts in the transaction that stores it and takes them away
--   before it deletes the document (Store.addCounts, Store.forgetDocument); `kbctl merge` adds the
--   copied documents'; `kbctl reextract` counts again from the mentions at its end.
-- * Rows written by other programs (a document deleted in sqlite3) leave them behind the mentions:
--   `kbctl check` compares them and says to run `kbctl reextract`.
-- * An entity without a mention has no row (as in v_entities); deleting an entity deletes its row.

CREATE TABLE entity_counts (
    entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
    mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL
);
-- The listings walk it by mentions, most first, and stop at their limit.
CREATE INDEX entity_counts_by_mentions ON entity_counts(mentions);

INSERT INTO entity_counts (entity_id, mentions, documents)
SELECT m.entity_id, count(*), count(DISTINCT s.document_id)
FROM mentions m JOIN sentences s ON s.id = m.sentence_id
GROUP BY m.entity_id;

PRAGMA user_version = 11;
