-- 0010: indexes for questions, so that an answer costs what it shows, not the size of the archive
-- (every canned question within 50 ms at 100,000 articles where one index can answer it;
-- scripts/bench.sh --queries-100k measures them, QueryPlanTests checks their plans). No change to
-- what is stored, and no column 0009 stores differently (text, content, quote) is indexed.
-- * Names as written where no entity fits (a speaker "Peruvian official", an object "multiple
--   approaches"), case-folded as questions compare them: "what did X say" and "who threatens X"
--   found those rows by reading every statement or relation.
-- * Statements in document order, per document and per speaker: a listing stops at its limit
--   instead of sorting every row. They replace the indexes on the first column alone.
-- * Relations by predicate, by subject and by object, each with every column a grouped answer groups
--   by and the CAMEO code: "who opposes whom", "whom does X threaten" and "who threatens X" count
--   from the index alone, in its order. They replace the indexes on predicate, subject and object alone.
-- * Roles by person, role and organization: "who is who" counts them from the index alone.
-- * Documents by publication date and sentences that give a date: the timeline reads its first
--   rows in date order.

CREATE INDEX statements_by_speaker_text ON statements(speaker_text COLLATE NOCASE) WHERE speaker_text IS NOT NULL;
CREATE INDEX relations_by_subject_text ON relations(subject_text COLLATE NOCASE) WHERE subject_text IS NOT NULL;
CREATE INDEX relations_by_object_text ON relations(object_text COLLATE NOCASE) WHERE object_text IS NOT NULL;
CREATE INDEX relations_by_source_text ON relations(source_text COLLATE NOCASE) WHERE source_text IS NOT NULL;

DROP INDEX IF EXISTS statements_by_document;
CREATE INDEX statements_by_document_order ON statements(document_id, sentence_id);
DROP INDEX IF EXISTS statements_by_speaker;
CREATE INDEX statements_by_speaker_order ON statements(speaker_entity_id, document_id, sentence_id);

DROP INDEX IF EXISTS relations_by_predicate;
CREATE INDEX relations_by_predicate_groups ON relations(predicate, subject_entity_id, subject_text, object_entity_id, object_text,
                                                        polarity, modality, source_entity_id, source_text, cameo);
DROP INDEX IF EXISTS relations_by_subject;
CREATE INDEX relations_by_subject_groups ON relations(subject_entity_id, predicate, subject_text, object_entity_id, object_text,
                                                      polarity, modality, source_entity_id, source_text, cameo);
DROP INDEX IF EXISTS relations_by_object;
CREATE INDEX relations_by_object_groups ON relations(object_entity_id, predicate, subject_entity_id, subject_text, object_text,
                                                     polarity, modality, source_entity_id, source_text, cameo);

DROP INDEX IF EXISTS roles_by_person;
CREATE INDEX roles_by_person_role ON roles(person_entity_id, role, organization_entity_id);

CREATE INDEX documents_by_published ON documents(published);
CREATE INDEX sentences_by_date ON sentences(date) WHERE date IS NOT NULL;

PRAGMA user_version = 10;
