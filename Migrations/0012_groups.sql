-- 0012: relations and roles counted by group as they are written, so that "who threatens whom",
-- "who opposes whom", "whom does X threaten" and "who is who" add up groups instead of every row
-- (1.08 million threats at 100,000 articles: "who threatens whom" took 0.8 s).
-- * A group is what the questions count: the rows that agree on every column they group by, entity
--   ids and names as written (the questions then merge groups whose entities share a name).
--   `first_*_id` is the group's lowest row id: its evidence.
-- * Every kbctl writer adds a document's new rows to their groups in the transaction that stores it
--   (RowGroups.add, one statement per document: an insert trigger made SQLite keep a statement
--   journal for every row, a third more time in storing); `kbctl merge` adds the copied rows'.
-- * Triggers take deleted and changed rows out of their groups, so cascades and `ON DELETE SET
--   NULL` (an orphaned entity) move them in the same transaction as the rows.
-- * Rows another program inserts are not counted: `kbctl check` compares the groups with the rows
--   and says to run `kbctl reextract`, which counts them again.
-- * Keys may be NULL (no subject, no organisation): the unique indexes key on ifnull(), so that
--   NULLs are equal there, and the triggers find a group through the same expressions.

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
CREATE UNIQUE INDEX relation_groups_by_key ON relation_groups(
    predicate, ifnull(subject_entity_id, 0), ifnull(subject_text, ''), ifnull(object_entity_id, 0), ifnull(object_text, ''),
    polarity, modality, ifnull(source_entity_id, 0), ifnull(source_text, ''), ifnull(cameo, ''));
-- What the questions filter on: the CAMEO root (threats), and a name as an entity or as written.
CREATE INDEX relation_groups_by_root ON relation_groups(substr(cameo, 1, 2));
CREATE INDEX relation_groups_by_subject ON relation_groups(subject_entity_id);
CREATE INDEX relation_groups_by_object ON relation_groups(object_entity_id);
CREATE INDEX relation_groups_by_subject_text ON relation_groups(subject_text COLLATE NOCASE) WHERE subject_text IS NOT NULL;
CREATE INDEX relation_groups_by_object_text ON relation_groups(object_text COLLATE NOCASE) WHERE object_text IS NOT NULL;

INSERT INTO relation_groups (predicate, subject_entity_id, subject_text, object_entity_id, object_text, polarity, modality,
                             source_entity_id, source_text, cameo, relations, first_relation_id)
SELECT predicate, subject_entity_id, subject_text, object_entity_id, object_text, polarity, modality,
       source_entity_id, source_text, cameo, count(*), min(id)
FROM relations
GROUP BY predicate, ifnull(subject_entity_id, 0), ifnull(subject_text, ''), ifnull(object_entity_id, 0), ifnull(object_text, ''),
         polarity, modality, ifnull(source_entity_id, 0), ifnull(source_text, ''), ifnull(cameo, '');

-- A deleted row leaves its group; a changed one leaves it and joins its new one. A group that lost its first row takes the next, found through
-- relations_by_predicate_groups (0010), which holds the whole key; a group left with no row goes,
-- whatever its count says (a count edited by hand must not stop a writer: `kbctl check` finds it).
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

-- "who is who": a person, a role and an organisation; the first row through roles_by_person_role.
CREATE TABLE role_groups (
    id                     INTEGER PRIMARY KEY,
    person_entity_id       INTEGER NOT NULL,
    role                   TEXT NOT NULL,
    organization_entity_id INTEGER,
    roles                  INTEGER NOT NULL,
    first_role_id          INTEGER NOT NULL
);
CREATE UNIQUE INDEX role_groups_by_key ON role_groups(person_entity_id, role, ifnull(organization_entity_id, 0));

INSERT INTO role_groups (person_entity_id, role, organization_entity_id, roles, first_role_id)
SELECT person_entity_id, role, organization_entity_id, count(*), min(id)
FROM roles
GROUP BY person_entity_id, role, ifnull(organization_entity_id, 0);

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

PRAGMA user_version = 12;
