import Foundation

/// The pieces QueryEngine's questions are built of: bound arguments, the filters every question
/// takes, name lookups through indexes, and the questions that need more than one SELECT.
/// Filters read the table being asked about as `x` and `documents` as `d`.
struct SQLParts {
    var args: [String: String] = [:]
    var filters: [String] = []
    /// `--since`/`--until` read the publication date, so the documents table joins in.
    var joinDocuments = false
    let options: QueryOptions

    init(_ o: QueryOptions) {
        options = o
        if let d = o.document { args["document"] = String(d); filters.append("x.document_id = :document") }
        if let s = o.since { args["since"] = s; filters.append("d.published >= :since"); joinDocuments = true }
        if let u = o.until { args["until"] = u; filters.append("d.published <= :until"); joinDocuments = true }
    }

    /// The ids of the entities called `value`, whatever its case, through aliases' NOCASE index.
    /// An entity's canonical name is always one of its aliases.
    mutating func ids(_ param: String, _ value: String) -> String {
        args[param] = QueryEngine.stripDeterminer(value)
        return "(SELECT entity_id FROM aliases WHERE alias = :\(param) COLLATE NOCASE)"
    }

    /// The rows of `table` (read as `x`) whose `entity` column is an entity called `value`, or
    /// whose `text` column (the name as written when no entity fits) is `value`: two index
    /// searches (0010's NOCASE indexes on the text columns) instead of comparing
    /// `coalesce(name, text)` on every row.
    mutating func named(_ table: String, _ entity: String, _ text: String, _ param: String, _ value: String) -> String {
        let ids = ids(param, value)
        return "x.id IN (SELECT id FROM \(table) WHERE \(entity) IN \(ids) UNION ALL "
            + "SELECT id FROM \(table) WHERE \(text) = :\(param) COLLATE NOCASE AND +\(entity) IS NULL)"
    }

    /// The same two searches as conditions on `x`, one branch each, for a query that reads each
    /// branch through its own index, in that index's order. `+` keeps SQLite off the entity
    /// column's index for IS NULL: the text index is the narrow one.
    mutating func branches(_ entity: String, _ text: String, _ param: String, _ value: String) -> [[String]] {
        let ids = ids(param, value)
        return [["x.\(entity) IN \(ids)"], ["x.\(text) = :\(param) COLLATE NOCASE", "+x.\(entity) IS NULL"]]
    }

    func from(_ table: String) -> String {
        "\(table) x" + (joinDocuments ? " JOIN documents d ON d.id = x.document_id" : "")
    }

    func whereClause(_ more: [String]) -> String {
        let all = filters + more
        return all.isEmpty ? "" : "\nWHERE " + all.joined(separator: "\n  AND ")
    }

    /// The ids of `table`'s rows that pass the filters and `more`, the first `limit` by document
    /// and sentence.
    func ordered(_ table: String, _ more: [String], _ limit: String) -> String {
        ordered(table, [more], limit)
    }

    /// The same for rows that pass any of `branches`: each branch reads its own index in document
    /// order and stops at the limit, and the branches' rows are merged (an OR would collect every
    /// matching row and sort them all: 156,000 statements of one speaker at 100,000 articles).
    func ordered(_ table: String, _ branches: [[String]], _ limit: String) -> String {
        let parts = branches.map {
            "SELECT x.id, x.document_id, x.sentence_id FROM \(from(table))\(whereClause($0)) ORDER BY x.document_id, x.sentence_id, x.id\(limit)"
        }
        if parts.count == 1 { return "SELECT id FROM (\(parts[0]))" }
        return "SELECT id FROM (" + parts.map { "SELECT * FROM (\($0))" }.joined(separator: " UNION ALL ")
            + " ORDER BY document_id, sentence_id, id\(limit))"
    }

    /// Entities by mentions: each entity's mentions counted through mentions_by_entity, and the
    /// documents (through the mentions' sentences) for the rows shown only: v_entities would
    /// aggregate every mention.
    mutating func entities(_ type: String?, _ limit: String) -> (sql: String, arguments: [String: String]) {
        var more = ""
        if let t = type { args["type"] = t; more = " WHERE e.type = :type" }
        // The counts come from entity_counts (migration 0011), walked by its mentions index, most
        // first, until the limit: counting each entity's mentions took 3.6 s for the people of
        // 100,000 articles. CROSS JOIN keeps the counts the outer loop (SQLite would otherwise
        // read every entity and sort them).
        return ("""
            SELECT top.name, top.type, top.mentions, top.documents,
                   (SELECT group_concat(alias, '; ') FROM v_aliases a WHERE a.entity_id = top.id AND a.alias <> top.name) AS aliases
            FROM (
                SELECT e.id, e.name, e.type, c.mentions, c.documents
                FROM entity_counts c CROSS JOIN entities e ON e.id = c.entity_id\(more)
                ORDER BY c.mentions DESC, e.name\(limit)
            ) top
            ORDER BY top.mentions DESC, top.name
            """, args)
    }

    /// Documents by publication date, and the events and statements whose sentence gives a date of
    /// its own ("on June 9, 2010, the Council passed …") by that date. Each part takes its first
    /// `limit` rows in date order from an index (documents(published), sentences(date)) before
    /// the parts are merged; CROSS JOIN keeps the dated sentences the outer loop (SQLite would
    /// otherwise read every relation and look its sentence up).
    mutating func timeline(_ limit: String) -> (sql: String, arguments: [String: String]) {
        func conditions(_ date: String, _ document: String) -> String {
            var more: [String] = []
            if let d = options.document { args["document"] = String(d); more.append("\(document) = :document") }
            if let s = options.since { args["since"] = s; more.append("\(date) >= :since") }
            if let u = options.until { args["until"] = u; more.append("\(date) <= :until") }
            return more.map { " AND " + $0 }.joined()
        }
        let document = "coalesce(d.title, d.source) || coalesce(' (' || d.author || ')', '') AS what, d.document_id, NULL AS evidence"
        return ("""
            SELECT tl.date, tl.kind, tl.what, tl.document_id, tl.evidence FROM (
                SELECT * FROM (SELECT d.published AS date, 'document' AS kind, \(document) FROM v_documents d
                    WHERE d.published IS NOT NULL\(conditions("d.published", "d.document_id")) ORDER BY d.published, d.document_id\(limit))
                UNION ALL
                SELECT * FROM (SELECT d.published AS date, 'document' AS kind, \(document) FROM v_documents d
                    WHERE d.published IS NULL\(conditions("d.published", "d.document_id")) ORDER BY d.document_id\(limit))
                UNION ALL
                SELECT * FROM (SELECT s.date, 'relation' AS kind, coalesce(r.subject, '?') || ' ' || r.predicate || coalesce(' ' || r.object, '')
                       || CASE WHEN r.polarity = 'negated' THEN ' (negated)' ELSE '' END AS what, r.document_id, r.evidence
                    FROM sentences s CROSS JOIN v_relations r ON r.sentence_id = s.id
                    WHERE s.date IS NOT NULL\(conditions("s.date", "r.document_id")) ORDER BY s.date, r.document_id\(limit))
                UNION ALL
                SELECT * FROM (SELECT s.date, 'statement' AS kind, coalesce(st.speaker, '?') || ' ' || coalesce(st.cue, 'said') || ': '
                       || coalesce(st.quote, st.content) AS what, st.document_id, st.evidence
                    FROM sentences s CROSS JOIN v_statements st ON st.sentence_id = s.id
                    WHERE s.date IS NOT NULL\(conditions("s.date", "st.document_id")) ORDER BY s.date, st.document_id\(limit))
            ) tl
            ORDER BY tl.date IS NULL, tl.date, tl.document_id, tl.kind\(limit)
            """, args)
    }

    /// Everything about one entity (or the holders of an office): each part reads that entity's
    /// rows through an index, and the parts stream, so `limit` ends the query. The parts that
    /// go through mentions walk the entity's mentions in order (an `IN (SELECT … FROM mentions)`
    /// would first collect all of them: 1.2 million for an alliance at 100,000 articles); a
    /// statement is said about the entity once, at its sentence's first mention of it.
    mutating func profile(_ name: String, _ limit: String) -> (sql: String, arguments: [String: String]) {
        // The entity row reads the entity's counts (entity_counts, migration 0011): counting its
        // mentions took 123 ms for a country named in every one of 100,000 articles. Entities
        // without a mention have no counts row, as they have no v_entities row. Roles are stored
        // lower-case (a CHECK says so), so `= lower(:name)` is the NOCASE comparison, and it
        // can use the indexes on role_class and role (NOCASE cannot: they are BINARY).
        let ids = ids("name", name)
        return ("""
            SELECT 'entity' AS section, e.name || ' (' || e.type || ', ' || c.mentions || ' mentions)' AS detail, NULL AS document_id
            FROM entities e JOIN entity_counts c ON c.entity_id = e.id WHERE e.id IN \(ids)
            UNION ALL SELECT 'aliases', group_concat(alias, '; '), NULL FROM v_aliases WHERE entity_id IN \(ids)
            UNION ALL SELECT 'role', r.role || coalesce(' of ' || r.organization, ''), r.document_id FROM v_roles r WHERE r.person_entity_id IN \(ids)
            UNION ALL SELECT 'holds office', r.person || ': ' || r.role, r.document_id FROM v_roles r WHERE r.organization_entity_id IN \(ids)
            UNION ALL SELECT 'holder', r.person || ': ' || r.role || coalesce(' of ' || r.organization, ''), r.document_id FROM v_roles r
                WHERE r.role_class = lower(:name) OR r.role = lower(:name)
            UNION ALL SELECT 'said', coalesce(s.cue || ': ', '') || coalesce(s.quote, s.content), s.document_id FROM v_statements s WHERE s.speaker_entity_id IN \(ids)
            UNION ALL SELECT 'said about it', coalesce(s.speaker, '?') || ' ' || coalesce(s.cue, 'said') || ': ' || coalesce(s.quote, s.content), s.document_id
                FROM mentions m JOIN v_statements s ON s.sentence_id = m.sentence_id
                WHERE m.entity_id IN \(ids) AND m.id = (SELECT min(n.id) FROM mentions n WHERE n.sentence_id = m.sentence_id AND n.entity_id IN \(ids))
                AND coalesce(s.speaker_entity_id, -1) NOT IN \(ids)
            UNION ALL SELECT 'does', r.predicate || ' ' || coalesce(r.object, '?') || ' (' || r.polarity || coalesce(', per ' || r.source, '') || ')', r.document_id
                FROM v_relations r WHERE r.subject_entity_id IN \(ids)
            UNION ALL SELECT 'is the object of', coalesce(r.subject, '?') || ' ' || r.predicate || ' (' || r.polarity || coalesce(', per ' || r.source, '') || ')', r.document_id
                FROM v_relations r WHERE r.object_entity_id IN \(ids)
            UNION ALL SELECT 'document', coalesce(d.title, d.source), d.document_id
                FROM (SELECT DISTINCT t.document_id FROM mentions m JOIN sentences t ON t.id = m.sentence_id WHERE m.entity_id IN \(ids)) md
                JOIN v_documents d ON d.document_id = md.document_id\(limit)
            """, args)
    }
}
