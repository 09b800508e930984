-- A small invented knowledge base for the query tests: rows written directly, so that the
-- expected answers do not move when extraction rules change.
INSERT INTO documents (id, source, format, title, author, published, sha256, ingested_at, text) VALUES
 (1, 'a.txt', 'text', 'Border tensions', 'Ann Writer', '2024-03-01', printf('%064d', 1), '2024-03-02T00:00:00Z',
  'Russia threatens NATO, Sergei Lavrov said. "We will respond," Lavrov said. NATO does not threaten Russia.'),
 (2, 'b.txt', 'text', 'Missiles', NULL, '2024-05-10', printf('%064d', 2), '2024-05-11T00:00:00Z',
  'Moscow plans to deploy Iskander missiles. Conor O''Brien said the United States opposes New START.'),
 (3, 'c.txt', 'text', NULL, NULL, NULL, printf('%064d', 3), '2024-06-01T00:00:00Z',
  'Washington rejected the plan.');
INSERT INTO sentences (id, document_id, ordinal, paragraph, char_start, char_end, text) VALUES
 (1, 1, 0, 0, 0, 42, 'Russia threatens NATO, Sergei Lavrov said.'),
 (2, 1, 1, 0, 43, 74, '"We will respond," Lavrov said.'),
 (3, 1, 2, 0, 75, 105, 'NATO does not threaten Russia.'),
 (4, 2, 0, 0, 0, 41, 'Moscow plans to deploy Iskander missiles.'),
 (5, 2, 1, 0, 42, 97, 'Conor O''Brien said the United States opposes New START.'),
 (6, 3, 0, 0, 0, 29, 'Washington rejected the plan.');
INSERT INTO entities (id, name, type) VALUES
 (1, 'Russia', 'COUNTRY'), (2, 'NATO', 'ORGANIZATION'), (3, 'Sergei Lavrov', 'PERSON'),
 (4, 'Iskander', 'WEAPON'), (5, 'Conor O''Brien', 'PERSON'), (6, 'United States', 'COUNTRY'),
 (7, 'New START', 'DOCUMENT');
INSERT INTO aliases (entity_id, alias) VALUES
 (1, 'Russia'), (1, 'Moscow'), (2, 'NATO'), (2, 'North Atlantic Treaty Organization'), (3, 'Sergei Lavrov'), (3, 'Lavrov'),
 (4, 'Iskander'), (5, 'Conor O''Brien'), (5, 'O''Brien'), (6, 'United States'), (6, 'Washington'), (6, 'U.S.'),
 (7, 'New START');
INSERT INTO mentions (entity_id, document_id, sentence_id, char_start, char_end, surface, method) VALUES
 (1, 1, 1, 0, 6, 'Russia', 'lexicon'), (2, 1, 1, 17, 21, 'NATO', 'lexicon'), (3, 1, 1, 23, 36, 'Sergei Lavrov', 'pattern'),
 (3, 1, 2, 62, 68, 'Lavrov', 'coreference'), (2, 1, 3, 75, 79, 'NATO', 'lexicon'), (1, 1, 3, 98, 104, 'Russia', 'lexicon'),
 (1, 2, 4, 0, 6, 'Moscow', 'lexicon'), (4, 2, 4, 23, 31, 'Iskander', 'lexicon'), (5, 2, 5, 42, 55, 'Conor O''Brien', 'pattern'),
 (6, 2, 5, 65, 78, 'United States', 'lexicon'), (7, 2, 5, 87, 96, 'New START', 'lexicon'), (6, 3, 6, 0, 10, 'Washington', 'lexicon');
INSERT INTO statements (id, document_id, sentence_id, speaker_entity_id, speaker_text, cue, content, quote, kind, char_start, char_end) VALUES
 (1, 1, 1, 3, NULL, 'said', 'Russia threatens NATO', NULL, 'reported', 0, 21),
 (2, 1, 2, 3, NULL, 'said', 'We will respond', 'We will respond', 'direct', 43, 62),
 (3, 2, 5, 5, NULL, 'said', 'the United States opposes New START', NULL, 'reported', 61, 96);
INSERT INTO relations (id, document_id, sentence_id, subject_entity_id, subject_text, predicate, object_entity_id, object_text,
                       polarity, modality, source_entity_id, source_text, statement_id, cameo, trigger) VALUES
 (1, 1, 1, 1, NULL, 'threaten', 2, NULL, 'affirmed', 'asserted', 3, NULL, 1, '13', 'threatens'),
 (2, 1, 3, 2, NULL, 'threaten', 1, NULL, 'negated', 'asserted', NULL, NULL, NULL, '13', 'does not threaten'),
 (3, 2, 4, 1, NULL, 'deploy', 4, NULL, 'affirmed', 'planned', NULL, NULL, NULL, '154', 'plans to deploy'),
 (4, 2, 5, 6, NULL, 'oppose', 7, NULL, 'affirmed', 'asserted', 5, NULL, 3, '11', 'opposes'),
 (5, 3, 6, 6, NULL, 'reject', NULL, 'the plan', 'affirmed', 'asserted', NULL, NULL, NULL, '12', 'rejected');
INSERT INTO roles (id, document_id, sentence_id, person_entity_id, role, organization_entity_id) VALUES
 (1, 1, 1, 3, 'foreign minister', 1);
-- One sentence that gives its own date, for the timeline.
UPDATE sentences SET date = '2024-05-09' WHERE id = 4;
