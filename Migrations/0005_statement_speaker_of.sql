-- 0005: whose speaker it is when the speaker is no entity of its own: "a Peruvian official" is
-- stored as written ("Peruvian official", speaker_entity_id NULL) and belongs to Peru, which
-- goes here, never into speaker_entity_id as if the state itself had spoken.

ALTER TABLE statements ADD COLUMN speaker_of_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL;

DROP VIEW v_statements;
CREATE VIEW v_statements AS
SELECT s.id AS statement_id, s.document_id, s.sentence_id,
       coalesce(e.name, s.speaker_text) AS speaker, s.speaker_entity_id,
       s.cue, s.content, s.quote, t.text AS evidence, s.kind,
       o.name AS speaker_of, s.speaker_of_entity_id
FROM statements s
JOIN sentences t ON t.id = s.sentence_id
LEFT JOIN entities e ON e.id = s.speaker_entity_id
LEFT JOIN entities o ON o.id = s.speaker_of_entity_id;

-- Every foreign key is indexed, so deleting an entity or a document never scans the table.
CREATE INDEX statements_by_speaker_of ON statements(speaker_of_entity_id);

PRAGMA user_version = 5;
