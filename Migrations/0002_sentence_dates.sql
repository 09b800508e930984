-- 0002: the date a sentence gives in full ("on June 9, 2010", "2010-06-09"), so that events can
-- be put on a timeline by when they happened, not only by when the article was published.

ALTER TABLE sentences ADD COLUMN date TEXT CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

DROP VIEW v_sentences;
CREATE VIEW v_sentences AS
SELECT id AS sentence_id, document_id, ordinal, paragraph, char_start, char_end, text, date
FROM sentences;
