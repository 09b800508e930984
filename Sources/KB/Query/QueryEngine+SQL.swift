import Foundation

/// The SQL of each question. An answer costs what it shows, not the size of the archive:
/// * a name is looked up through indexes (aliases for entities, 0010's indexes on the names kept as
///   written), never by comparing a view's computed column row by row;
/// * a listing picks its `--limit` rows from the tables' indexes, in order, before it reads the
///   views for their text (a view reads a sentence and a document for every row it looks at);
/// * a grouped answer counts rows of the tables by id, then names only the groups.
/// QueryPlanTests checks the plans; `scripts/bench.sh --queries-100k` times them on 100,000 articles.
extension QueryEngine {
    /// The SQL and its arguments for a question, without running it.
    public func compile(_ question: Question, _ o: QueryOptions) -> (sql: String, arguments: [String: String]) {
        var c = SQLParts(o)
        let limit = o.limit.map { " LIMIT \($0)" } ?? ""
        switch question {
        case let .relations(predicate, subject, object):
            // Threats are the class `v_threats` selects (CAMEO root 13, THREATEN), read from the
            // table itself: v_threats reads each row's sentence for its `evidence`.
            // Without a document or date filter, the groups are counted already (relation_groups,
            // migration 0012): the answer adds up groups, not rows. Every row of a group has its
            // polarity, so the group's first row speaks for it.
            let grouped = !o.rows && c.filters.isEmpty
            let table = grouped ? "relation_groups" : "relations"
            // A name, when there is one, drives through its own index: `+` keeps SQLite off the
            // class's and the predicate's, which hold many more groups than one name has.
            let plus = [subject, object, o.source].contains { $0 != nil } ? "+" : ""
            var more: [String] = []
            if predicate == "threaten" {
                more.append("substr(\(plus)x.cameo, 1, 2) = '13'")
            } else if let p = predicate {
                c.args["predicate"] = p
                more.append("\(plus)x.predicate = :predicate")
            }
            // The first name drives: its two branches (entity, name as written) each read their own
            // index (0010's covering ones for subject and object); further names are filters.
            var branches: [[String]] = [[]]
            for (name, column, param) in [(subject, "subject", "subject"), (object, "object", "object"), (o.source, "source", "source")] {
                guard let name else { continue }
                if branches == [[]] {
                    branches = c.branches("\(column)_entity_id", "\(column)_text", param, name)
                } else {
                    more.append(c.named(table, "\(column)_entity_id", "\(column)_text", param, name))
                }
            }
            // Polarity as v_relations spells it, whatever number the table stores it as (0009).
            if let pol = o.polarity {
                c.args["polarity"] = pol
                more.append("EXISTS (SELECT 1 FROM v_relations p WHERE p.relation_id = x.\(grouped ? "first_relation_id" : "id") AND p.polarity = :polarity)")
            }
            let parts = branches.map { $0 + more }
            if o.rows {
                return ("""
                    SELECT x.subject, x.predicate, x.object, x.polarity, x.modality, x.source, x.cameo, x.document_id, x.evidence
                    FROM v_relations x
                    WHERE x.relation_id IN (\(c.ordered("relations", parts, limit)))
                    ORDER BY x.document_id, x.sentence_id, x.relation_id
                    """, c.args)
            }
            let counted = parts.map {
                grouped ? """
                SELECT x.predicate, x.subject_entity_id, x.subject_text, x.object_entity_id, x.object_text, x.polarity, x.modality,
                       x.source_entity_id, x.source_text, x.relations AS n, x.first_relation_id AS first
                FROM relation_groups x\(c.whereClause($0))
                """ : """
                SELECT x.predicate, x.subject_entity_id, x.subject_text, x.object_entity_id, x.object_text, x.polarity, x.modality,
                       x.source_entity_id, x.source_text, count(*) AS n, min(x.id) AS first
                FROM \(c.from("relations"))\(c.whereClause($0))
                GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
                """
            }.joined(separator: "\nUNION ALL\n")
            // Groups of ids and names as written first, in the order of the covering index
            // relations_by_predicate_groups (0010: no row read, no sort), then the groups by
            // name: two entities of one name are one group, as in v_relations. Polarity, modality
            // and the evidence are read from the group's first relation in v_relations, which
            // spells what the table stores as numbers (0009).
            return ("""
                SELECT g.subject, g.predicate, g.object, v.polarity, v.modality, g.whose_claim, g.count, v.evidence
                FROM (
                    SELECT coalesce(se.name, i.subject_text) AS subject, i.predicate, coalesce(oe.name, i.object_text) AS object,
                           i.polarity, i.modality, coalesce(src.name, i.source_text) AS whose_claim, sum(i.n) AS count, min(i.first) AS first
                    FROM (
                \(counted)
                    ) i
                    LEFT JOIN entities se ON se.id = i.subject_entity_id
                    LEFT JOIN entities oe ON oe.id = i.object_entity_id
                    LEFT JOIN entities src ON src.id = i.source_entity_id
                    GROUP BY 1, 2, 3, 4, 5, 6
                ) g
                JOIN v_relations v ON v.relation_id = g.first
                ORDER BY g.count DESC, g.subject, g.object\(limit)
                """, c.args)
        case let .statements(speaker):
            var branches: [[String]] = [[]]
            if let s = speaker {
                // One branch per index: the speaker's entities, and the speaker as written.
                branches = c.branches("speaker_entity_id", "speaker_text", "speaker", s)
            }
            return ("""
                SELECT x.speaker, x.cue, x.quote, x.content, x.document_id\(o.evidence ? ", x.evidence" : "")
                FROM v_statements x
                WHERE x.statement_id IN (\(c.ordered("statements", branches, limit)))
                ORDER BY x.document_id, x.sentence_id, x.statement_id
                """, c.args)
        case .quotes:
            // In document order through statements(document_id, sentence_id): the first rows
            // with a quotation end the scan at the limit.
            return ("""
                SELECT x.speaker, x.quote, x.cue, x.document_id
                FROM v_statements x\(c.joinDocuments ? " JOIN documents d ON d.id = x.document_id" : "")\(c.whereClause(["x.quote IS NOT NULL"]))
                ORDER BY x.document_id, x.sentence_id, x.statement_id\(limit)
                """, c.args)
        case .roles:
            // The groups by ids (role_groups, migration 0012; with a document or date filter, the
            // rows counted through roles(person_entity_id, role, organization_entity_id)), then by name.
            return ("""
                SELECT g.person, g.role, g.organization, g.count, v.evidence
                FROM (
                    SELECT p.name AS person, i.role, o.name AS organization, sum(i.n) AS count, min(i.first) AS first
                    FROM (
                        \(c.filters.isEmpty ? """
                        SELECT rg.person_entity_id, rg.role, rg.organization_entity_id, rg.roles AS n, rg.first_role_id AS first
                        FROM role_groups rg
                        """ : """
                        SELECT x.person_entity_id, x.role, x.organization_entity_id, count(*) AS n, min(x.id) AS first
                        FROM \(c.from("roles"))\(c.whereClause([]))
                        GROUP BY 1, 2, 3
                        """)
                    ) i
                    JOIN entities p ON p.id = i.person_entity_id
                    LEFT JOIN entities o ON o.id = i.organization_entity_id
                    GROUP BY 1, 2, 3
                ) g
                JOIN v_roles v ON v.role_id = g.first
                ORDER BY g.person, g.role\(limit)
                """, c.args)
        case let .entities(type):
            return c.entities(type, limit)
        case .timeline:
            return c.timeline(limit)
        case let .profile(name):
            return c.profile(name, limit)
        }
    }
}
