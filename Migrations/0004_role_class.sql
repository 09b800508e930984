-- 0004: a role is stored as the text gives it ("defence secretary", "vice foreign minister",
-- "premier"), and `role_class` names the canonical office ("defense minister", "prime minister",
-- "legislator") so that synonyms group and "who is defense minister" finds every spelling.
-- Rows written before this migration keep their canonical role and get it as their class too.

ALTER TABLE roles ADD COLUMN role_class TEXT CHECK (role_class IS NULL OR role_class = lower(role_class));
UPDATE roles SET role_class = role WHERE role_class IS NULL;
CREATE INDEX roles_by_class ON roles(role_class);

DROP VIEW v_roles;
CREATE VIEW v_roles AS
SELECT r.id AS role_id, r.document_id, r.sentence_id,
       p.name AS person, r.person_entity_id, r.role,
       o.name AS organization, r.organization_entity_id, t.text AS evidence, r.role_class
FROM roles r
JOIN entities p ON p.id = r.person_entity_id
JOIN sentences t ON t.id = r.sentence_id
LEFT JOIN entities o ON o.id = r.organization_entity_id;

PRAGMA user_version = 4;
