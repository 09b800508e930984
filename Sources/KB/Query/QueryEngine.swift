import Foundation
import GRDB

/// Filters every question takes.
public struct QueryOptions: Sendable {
    public var document: Int64?
    public var source: String?
    public var polarity: String?
    public var since: String?
    public var until: String?
    public var limit: Int?
    /// One row per extraction instead of grouped counts.
    public var rows = false
    /// Show the evidence sentence in grouped output too.
    public var evidence = false
    public init() {}

    /// True for a date as `--since`/`--until` take it and `published` stores it: yyyy-mm-dd.
    public static func isDate(_ s: String) -> Bool {
        s.wholeMatch(of: /[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])/) != nil
    }
}

/// Compiles a question to parameterised SQL over the contract views and runs it read-only.
/// User input only ever reaches SQLite as bound parameters.
public struct QueryEngine {
    public let dbPath: String
    public let knowledge: Knowledge

    /// `knowledge` only maps verbs to predicates: the default reads the verb lexicons alone, so a
    /// question does not wait a third of a second for names, places and the tagger.
    public init(dbPath: String, knowledge: Knowledge = .verbs) {
        self.dbPath = dbPath
        self.knowledge = knowledge
    }

    /// The canonical predicate of a verb in any inflection ("threatens" → "threaten").
    public func predicate(for word: String) -> String? {
        let toks = knowledge.tokenizer.tokenize(Array(word.unicodeScalars))
        if let m = knowledge.senses.longestMatch(in: toks, at: 0), m.end == toks.count { return m.value.predicate }
        return nil
    }

    /// The SQL and its arguments for a question, without running it.
    public func compile(_ question: Question, _ o: QueryOptions) -> (sql: String, arguments: [String: String]) {
        var args: [String: String] = [:]
        var filters: [String] = []
        func entityMatch(_ column: String, _ textColumn: String?, _ param: String, _ value: String) -> String {
            args[param] = Self.stripDeterminer(value)
            let ids = "(SELECT entity_id FROM aliases WHERE alias = :\(param) COLLATE NOCASE)"
            if let t = textColumn { return "(\(column) IN \(ids) OR \(t) = :\(param) COLLATE NOCASE)" }
            return "\(column) IN \(ids)"
        }
        if let d = o.document { args["document"] = String(d); filters.append("x.document_id = :document") }
        if let s = o.since { args["since"] = s; filters.append("d.published >= :since") }
        if let u = o.until { args["until"] = u; filters.append("d.published <= :until") }
        let limit = o.limit.map { " LIMIT \($0)" } ?? ""
        func whereClause(_ more: [String]) -> String {
            let all = filters + more
            return all.isEmpty ? "" : "\nWHERE " + all.joined(separator: "\n  AND ")
        }
        switch question {
        case let .relations(predicate, subject, object):
            var more: [String] = []
            let view = predicate == "threaten" ? "v_threats" : "v_relations"
            if let p = predicate, view == "v_relations" { args["predicate"] = p; more.append("x.predicate = :predicate") }
            if let s = subject { more.append(entityMatch("x.subject_entity_id", "x.subject", "subject", s)) }
            if let ob = object { more.append(entityMatch("x.object_entity_id", "x.object", "object", ob)) }
            if let src = o.source { more.append(entityMatch("x.source_entity_id", "x.source", "source", src)) }
            if let pol = o.polarity { args["polarity"] = pol; more.append("x.polarity = :polarity") }
            if o.rows {
                return ("""
                    SELECT x.subject, x.predicate, x.object, x.polarity, x.modality, x.source, x.cameo, x.document_id, x.evidence
                    FROM \(view) x JOIN v_documents d ON d.document_id = x.document_id\(whereClause(more))
                    ORDER BY x.document_id, x.sentence_id\(limit)
                    """, args)
            }
            return ("""
                SELECT x.subject, x.predicate, x.object, x.polarity, x.modality, x.source AS whose_claim, count(*) AS count,
                       min(x.evidence) AS evidence
                FROM \(view) x JOIN v_documents d ON d.document_id = x.document_id\(whereClause(more))
                GROUP BY x.subject, x.predicate, x.object, x.polarity, x.modality, x.source
                ORDER BY count DESC, x.subject, x.object\(limit)
                """, args)
        case let .statements(speaker):
            var more: [String] = []
            if let s = speaker { more.append(entityMatch("x.speaker_entity_id", "x.speaker", "speaker", s)) }
            return ("""
                SELECT x.speaker, x.cue, x.quote, x.content, x.document_id\(o.evidence ? ", x.evidence" : "")
                FROM v_statements x JOIN v_documents d ON d.document_id = x.document_id\(whereClause(more))
                ORDER BY x.document_id, x.sentence_id\(limit)
                """, args)
        case .quotes:
            return ("""
                SELECT x.speaker, x.quote, x.cue, x.document_id
                FROM v_statements x JOIN v_documents d ON d.document_id = x.document_id\(whereClause(["x.quote IS NOT NULL"]))
                ORDER BY x.document_id, x.sentence_id\(limit)
                """, args)
        case .roles:
            return ("""
                SELECT x.person, x.role, x.organization, count(*) AS count, min(x.evidence) AS evidence
                FROM v_roles x JOIN v_documents d ON d.document_id = x.document_id\(whereClause([]))
                GROUP BY x.person, x.role, x.organization ORDER BY x.person, x.role\(limit)
                """, args)
        case let .entities(type):
            var more: [String] = []
            if let t = type { args["type"] = t; more.append("x.type = :type") }
            return ("""
                SELECT x.name, x.type, x.mentions, x.documents,
                       (SELECT group_concat(alias, '; ') FROM v_aliases a WHERE a.entity_id = x.entity_id AND a.alias <> x.name) AS aliases
                FROM v_entities x\(more.isEmpty ? "" : "\nWHERE " + more.joined(separator: " AND "))
                ORDER BY x.mentions DESC, x.name\(limit)
                """, args)
        case .timeline:
            // Documents by publication date, and the events and statements whose sentence gives a
            // date of its own ("on June 9, 2010, the Council passed …") by that date.
            var more: [String] = []
            if let d = o.document { args["document"] = String(d); more.append("x.document_id = :document") }
            if let s = o.since { args["since"] = s; more.append("x.date >= :since") }
            if let u = o.until { args["until"] = u; more.append("x.date <= :until") }
            return ("""
                SELECT x.date, x.kind, x.what, x.document_id, x.evidence FROM (
                    SELECT d.published AS date, 'document' AS kind,
                           coalesce(d.title, d.source) || coalesce(' (' || d.author || ')', '') AS what, d.document_id, NULL AS evidence
                    FROM v_documents d
                    UNION ALL
                    SELECT s.date, 'relation', coalesce(r.subject, '?') || ' ' || r.predicate || coalesce(' ' || r.object, '')
                           || CASE WHEN r.polarity = 'negated' THEN ' (negated)' ELSE '' END, r.document_id, r.evidence
                    FROM v_relations r JOIN v_sentences s ON s.sentence_id = r.sentence_id WHERE s.date IS NOT NULL
                    UNION ALL
                    SELECT s.date, 'statement', coalesce(st.speaker, '?') || ' ' || coalesce(st.cue, 'said') || ': ' || coalesce(st.quote, st.content),
                           st.document_id, st.evidence
                    FROM v_statements st JOIN v_sentences s ON s.sentence_id = st.sentence_id WHERE s.date IS NOT NULL
                ) x\(more.isEmpty ? "" : "\nWHERE " + more.joined(separator: " AND "))
                ORDER BY x.date IS NULL, x.date, x.document_id, x.kind\(limit)
                """, args)
        case let .profile(name):
            // The entity row counts one entity's mentions through the mentions index: v_entities
            // would aggregate every mention in the database first (1.4 s at 20,000 articles).
            // Entities without a mention have no v_entities row, hence the EXISTS. Roles are stored
            // lower-case (a CHECK says so), so `= lower(:name)` is the NOCASE comparison, and it
            // can use the indexes on role_class and role (NOCASE cannot: they are BINARY).
            args["name"] = Self.stripDeterminer(name)
            let ids = "(SELECT entity_id FROM aliases WHERE alias = :name COLLATE NOCASE)"
            return ("""
                SELECT 'entity' AS section, e.name || ' (' || e.type || ', ' || (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)
                       || ' mentions)' AS detail, NULL AS document_id
                FROM entities e WHERE e.id IN \(ids) AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)
                UNION ALL SELECT 'aliases', group_concat(alias, '; '), NULL FROM v_aliases WHERE entity_id IN \(ids)
                UNION ALL SELECT 'role', r.role || coalesce(' of ' || r.organization, ''), r.document_id FROM v_roles r WHERE r.person_entity_id IN \(ids)
                UNION ALL SELECT 'holds office', r.person || ': ' || r.role, r.document_id FROM v_roles r WHERE r.organization_entity_id IN \(ids)
                UNION ALL SELECT 'holder', r.person || ': ' || r.role || coalesce(' of ' || r.organization, ''), r.document_id FROM v_roles r
                    WHERE r.role_class = lower(:name) OR r.role = lower(:name)
                UNION ALL SELECT 'said', coalesce(s.cue || ': ', '') || coalesce(s.quote, s.content), s.document_id FROM v_statements s WHERE s.speaker_entity_id IN \(ids)
                UNION ALL SELECT 'said about it', coalesce(s.speaker, '?') || ' ' || coalesce(s.cue, 'said') || ': ' || coalesce(s.quote, s.content), s.document_id
                    FROM v_statements s WHERE s.sentence_id IN (SELECT sentence_id FROM mentions WHERE entity_id IN \(ids))
                    AND coalesce(s.speaker_entity_id, -1) NOT IN \(ids)
                UNION ALL SELECT 'does', r.predicate || ' ' || coalesce(r.object, '?') || ' (' || r.polarity || coalesce(', per ' || r.source, '') || ')', r.document_id
                    FROM v_relations r WHERE r.subject_entity_id IN \(ids)
                UNION ALL SELECT 'is the object of', coalesce(r.subject, '?') || ' ' || r.predicate || ' (' || r.polarity || coalesce(', per ' || r.source, '') || ')', r.document_id
                    FROM v_relations r WHERE r.object_entity_id IN \(ids)
                UNION ALL SELECT 'document', coalesce(d.title, d.source), d.document_id FROM v_documents d
                    WHERE d.document_id IN (SELECT t.document_id FROM mentions m JOIN sentences t ON t.id = m.sentence_id WHERE m.entity_id IN \(ids))\(limit)
                """, args)
        }
    }

    /// Answers a question.
    public func run(_ question: Question, _ options: QueryOptions = QueryOptions()) throws -> ResultTable {
        let queue = try KBDatabase.openForReading(path: dbPath)
        let names: [String] = {
            switch question {
            case let .relations(_, s, o): return [s, o, options.source].compactMap { $0 }
            case let .statements(s): return [s, options.source].compactMap { $0 }
            case let .profile(n): return [n]
            default: return []
            }
        }()
        if case let .entities(type?) = question, !EntityType.allCases.map(\.rawValue).contains(type) {
            throw KBError.badArgument("'\(type.lowercased())' is no entity type; the types are \(EntityType.allCases.map { $0.rawValue.lowercased() }.joined(separator: ", ")) (e.g. kbctl query \"entities of type person\").")
        }
        let (sql, args) = compile(question, options)
        return try queue.read { db in
            for n in names { try Self.requireEntity(n, db) }
            return try ResultTable.fetch(db, sql: sql, arguments: StatementArguments(args))
        }
    }

    static func stripDeterminer(_ s: String) -> String {
        s.lowercased().hasPrefix("the ") ? String(s.dropFirst(4)) : s
    }

    /// Fails with the closest names when nothing in the database is called `name`.
    static func requireEntity(_ name: String, _ db: Database) throws {
        let n = stripDeterminer(name)
        let known = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM aliases WHERE alias = :n COLLATE NOCASE)
                OR EXISTS (SELECT 1 FROM v_statements WHERE speaker = :n COLLATE NOCASE)
                OR EXISTS (SELECT 1 FROM v_relations WHERE subject = :n COLLATE NOCASE OR object = :n COLLATE NOCASE OR source = :n COLLATE NOCASE)
                OR EXISTS (SELECT 1 FROM roles WHERE role_class = lower(:n) OR role = lower(:n))
            """, arguments: ["n": n]) ?? false
        if known { return }
        let all = try String.fetchAll(db, sql: "SELECT DISTINCT alias FROM aliases")
        let lower = n.lowercased()
        let close = all.map { ($0, editDistance(lower, $0.lowercased())) }
            .filter { $0.1 <= max(2, lower.count / 3) }.sorted { $0.1 < $1.1 }.prefix(5).map(\.0)
        throw KBError.unknownEntity(name: name, suggestions: Array(close))
    }
}
