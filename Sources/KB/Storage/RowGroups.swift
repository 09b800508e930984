import GRDB

/// `relation_groups` and `role_groups` (migration 0012): the rows of `relations` and `roles` counted
/// by what the grouped questions group them by, with each group's first row as its evidence. Every
/// writer adds its new rows here; the migration's triggers take deleted and changed rows out.
enum RowGroups {
    /// A relation's group: every column the questions group by, NULLs equal (as in the unique index).
    static let relationKey = """
        predicate, ifnull(subject_entity_id, 0), ifnull(subject_text, ''), ifnull(object_entity_id, 0), ifnull(object_text, ''),
        polarity, modality, ifnull(source_entity_id, 0), ifnull(source_text, ''), ifnull(cameo, '')
        """
    static let roleKey = "person_entity_id, role, ifnull(organization_entity_id, 0)"

    /// The highest relation and role ids: a writer's new rows are those above them (row ids grow).
    static func lastIDs(_ db: Database) throws -> (relations: Int64, roles: Int64) {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT ifnull((SELECT max(id) FROM relations), 0), ifnull((SELECT max(id) FROM roles), 0)"))!
        return (row[0], row[1])
    }

    /// Adds the relations and roles above `after` (`lastIDs` before they were written) to their
    /// groups: one statement per table for a whole document or merge.
    static func add(_ db: Database, after: (relations: Int64, roles: Int64)) throws {
        // Most documents have no roles, some no relations: a statement runs only for new rows.
        let now = try lastIDs(db)
        if now.relations > after.relations { try addRelations(db, after: after.relations) }
        if now.roles > after.roles { try addRoles(db, after: after.roles) }
    }

    private static func addRelations(_ db: Database, after: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT INTO relation_groups (predicate, subject_entity_id, subject_text, object_entity_id, object_text, polarity, modality,
                                         source_entity_id, source_text, cameo, relations, first_relation_id)
            SELECT predicate, subject_entity_id, subject_text, object_entity_id, object_text, polarity, modality,
                   source_entity_id, source_text, cameo, count(*), min(id)
            FROM relations WHERE id > ? GROUP BY \(relationKey)
            ON CONFLICT (\(relationKey))
            DO UPDATE SET relations = relations + excluded.relations, first_relation_id = min(first_relation_id, excluded.first_relation_id)
            """).execute(arguments: [after])
    }

    private static func addRoles(_ db: Database, after: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT INTO role_groups (person_entity_id, role, organization_entity_id, roles, first_role_id)
            SELECT person_entity_id, role, organization_entity_id, count(*), min(id) FROM roles WHERE id > ? GROUP BY \(roleKey)
            ON CONFLICT (\(roleKey))
            DO UPDATE SET roles = roles + excluded.roles, first_role_id = min(first_role_id, excluded.first_role_id)
            """).execute(arguments: [after])
    }

    /// Each table's groups as its rows give them, and as stored.
    static let relationsCounted = "SELECT \(relationKey), count(*), min(id) FROM relations GROUP BY \(relationKey)"
    static let relationsStored = "SELECT \(relationKey), relations, first_relation_id FROM relation_groups"
    static let rolesCounted = "SELECT \(roleKey), count(*), min(id) FROM roles GROUP BY \(roleKey)"
    static let rolesStored = "SELECT \(roleKey), roles, first_role_id FROM role_groups"

    /// Groups that differ between the rows and the stored counts, both ways (a row of `kbctl check`).
    static let mismatches = """
        SELECT (SELECT count(*) FROM (\(relationsCounted) EXCEPT \(relationsStored)))
             + (SELECT count(*) FROM (\(relationsStored) EXCEPT \(relationsCounted)))
             + (SELECT count(*) FROM (\(rolesCounted) EXCEPT \(rolesStored)))
             + (SELECT count(*) FROM (\(rolesStored) EXCEPT \(rolesCounted)))
        """

    /// Counts every group again from the rows (linear in the rows: `reextract` runs it, which also
    /// mends groups a program edited directly).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: """
            DELETE FROM relation_groups;
            INSERT INTO relation_groups (predicate, subject_entity_id, subject_text, object_entity_id, object_text, polarity, modality,
                                         source_entity_id, source_text, cameo, relations, first_relation_id)
            SELECT predicate, subject_entity_id, subject_text, object_entity_id, object_text, polarity, modality,
                   source_entity_id, source_text, cameo, count(*), min(id)
            FROM relations GROUP BY \(relationKey);
            DELETE FROM role_groups;
            INSERT INTO role_groups (person_entity_id, role, organization_entity_id, roles, first_role_id)
            SELECT person_entity_id, role, organization_entity_id, count(*), min(id) FROM roles GROUP BY \(roleKey);
            """)
    }
}
