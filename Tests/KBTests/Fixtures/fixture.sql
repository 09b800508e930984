-- A small invented knowledge base for the query tests: rows written directly, so that the
-- expected answers do not move when extraction rules change. Methods, kinds, polarities and
-- modalities are stored as numbers (migration 0009: 0 lexicon, 1 pattern, 2 coreference;
-- 0 direct, 2 reported; 0 affirmed, 1 negated; 0 asserted, 2 planned).
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
INSERT INTO mentions (entity_id, sentence_id, char_start, char_end, surface, method) VALUES
 (1, 1, 0, 6, 'Russia', 0), (2, 1, 17, 21, 'NATO', 0), (3, 1, 23, 36, 'Sergei Lavrov', 1),
 (3, 2, 62, 68, 'Lavrov', 2), (2, 3, 75, 79, 'NATO', 0), (1, 3, 98, 104, 'Russia', 0),
 (1, 4, 0, 6, 'Moscow', 0), (4, 4, 23, 31, 'Iskander', 0), (5, 5, 42, 55, 'Conor O''Brien', 1),
 (6, 5, 65, 78, 'United States', 0), (7, 5, 87, 96, 'New START', 0), (6, 6, 0, 10, 'Washington', 0);
INSERT INTO statements (id, document_id, sentence_id, speaker_entity_id, speaker_text, cue, content, quote, kind, char_start, char_end) VALUES
 (1, 1, 1, 3, NULL, 'said', 'Russia threatens NATO', NULL, 2, 0, 21),
 (2, 1, 2, 3, NULL, 'said', 'We will respond', 'We will respond', 0, 43, 62),
 (3, 2, 5, 5, NULL, 'said', 'the United States opposes New START', NULL, 2, 61, 96);
INSERT INTO relations (id, document_id, sentence_id, subject_entity_id, subject_text, predicate, object_entity_id, object_text,
                       polarity, modality, source_entity_id, source_text, statement_id, cameo, trigger) VALUES
 (1, 1, 1, 1, NULL, 'threaten', 2, NULL, 0, 0, 3, NULL, 1, '13', 'threatens'),
 (2, 1, 3, 2, NULL, 'threaten', 1, NULL, 1, 0, NULL, NULL, NULL, '13', 'does not threaten'),
 (3, 2, 4, 1, NULL, 'deploy', 4, NULL, 0, 2, NULL, NULL, NULL, '154', 'plans to deploy'),
 (4, 2, 5, 6, NULL, 'oppose', 7, NULL, 0, 0, 5, NULL, 3, '11', 'opposes'),
 (5, 3, 6, 6, NULL, 'reject', NULL, 'the plan', 0, 0, NULL, NULL, NULL, '12', 'rejected');
INSERT INTO roles (id, document_id, sentence_id, person_entity_id, role, organization_entity_id) VALUES
 (1, 1, 1, 3, 'foreign minister', 1);
-- One sentence that gives its own date, for the timeline.
UPDATE sentences SET date = '2024-05-09' WHERE id = 4;
