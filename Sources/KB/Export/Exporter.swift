import Foundation
import GRDB

/// Dumps the knowledge base in a stable, documented shape for other tools: JSON lines, CSV,
/// GraphML (Gephi, yEd, NetworkX) or N-Triples (any RDF store). Every statement, relation, role
/// and mention carries its provenance: document, sentence and code-point offsets. Records carry
/// their stable `key` (and the keys of what they refer to), the same in every database built from
/// the same text and lexicons, so exports of shards concatenate without clashes; ids are each
/// database's own.
public enum Exporter {
    /// The formats `kbctl export` writes.
    public enum Format: String, Sendable, CaseIterable {
        case jsonl, csv, graphml, ntriples
    }

    /// The record kinds, in the order a full export lists them.
    public enum Kind: String, Sendable, CaseIterable {
        case documents, sentences, entities, mentions, statements, relations, roles

        /// The singular written in each JSON line's `kind` field.
        var singular: String { self == .entities ? "entity" : String(rawValue.dropLast()) }

        /// One row per record, ordered by id, columns in the documented order.
        var sql: String {
            switch self {
            case .documents:
                return "SELECT document_id AS id, title, author, published, source, format, sha256, ingested_at, document_key AS key FROM v_documents ORDER BY id"
            case .sentences:
                // With their offsets and text, so that every char_start/char_end of the export
                // resolves without the database.
                return "SELECT sentence_id AS id, document_id, ordinal, paragraph, char_start, char_end, date, text, sentence_key AS key, document_key FROM v_sentences ORDER BY id"
            case .entities:
                return """
                    SELECT e.entity_id AS id, e.name, e.type, e.mentions, e.documents,
                           (SELECT json_group_array(alias) FROM (SELECT alias FROM aliases a WHERE a.entity_id = e.entity_id ORDER BY alias)) AS aliases,
                           e.entity_key AS key
                    FROM v_entities e ORDER BY id
                    """
            case .mentions:
                return """
                    SELECT mention_id AS id, entity_id, entity, surface, method, document_id, sentence_id, char_start, char_end,
                           mention_key AS key, entity_key, document_key, sentence_key
                    FROM v_mentions ORDER BY id
                    """
            case .statements:
                return """
                    SELECT s.statement_id AS id, s.speaker, s.speaker_entity_id, s.cue, s.content, s.quote, s.kind AS statement_kind,
                           s.document_id, s.sentence_id, t.char_start, t.char_end, s.evidence,
                           s.statement_key AS key, s.speaker_key, s.document_key, s.sentence_key
                    FROM v_statements s JOIN statements t ON t.id = s.statement_id ORDER BY id
                    """
            case .relations:
                return """
                    SELECT r.relation_id AS id, r.subject, r.subject_entity_id, r.predicate, r.object, r.object_entity_id,
                           r.polarity, r.modality, r.source, r.source_entity_id, r.cameo, r.trigger, r.statement_id,
                           r.document_id, r.sentence_id, t.char_start, t.char_end, r.evidence,
                           r.relation_key AS key, r.subject_key, r.object_key, r.source_key, r.statement_key, r.document_key, r.sentence_key
                    FROM v_relations r JOIN sentences t ON t.id = r.sentence_id ORDER BY id
                    """
            case .roles:
                return """
                    SELECT r.role_id AS id, r.person, r.person_entity_id, r.role, r.organization, r.organization_entity_id,
                           r.document_id, r.sentence_id, t.char_start, t.char_end, r.evidence,
                           r.role_key AS key, r.person_key, r.organization_key, r.document_key, r.sentence_key
                    FROM v_roles r JOIN sentences t ON t.id = r.sentence_id ORDER BY id
                    """
            }
        }
    }

    /// The rows of each kind, read in one transaction so that they agree with each other.
    public static func tables(dbPath: String, kinds: [Kind]) throws -> [(Kind, ResultTable)] {
        let queue = try KBDatabase.openForReading(path: dbPath)
        return try queue.read { db in try kinds.map { ($0, try ResultTable.fetch(db, sql: $0.sql)) } }
    }

    /// The export of `kinds` as one text: JSON lines (each with a `kind` field), CSV (one kind
    /// only: CSV has one header), GraphML or N-Triples (entities and relations; N-Triples adds
    /// documents, statements and roles).
    public static func export(dbPath: String, format: Format, kinds: [Kind] = Kind.allCases) throws -> String {
        switch format {
        case .jsonl:
            return jsonLines(try tables(dbPath: dbPath, kinds: kinds))
        case .csv:
            guard kinds.count == 1, let kind = kinds.first else {
                throw KBError.badArgument("CSV holds one kind of record per file: give '--kind' (one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))) or '--output DIR' for one file per kind.")
            }
            return csv(try tables(dbPath: dbPath, kinds: [kind])[0].1)
        case .graphml:
            let t = try tables(dbPath: dbPath, kinds: [.entities, .relations])
            return graphML(entities: t[0].1, relations: t[1].1)
        case .ntriples:
            return NTriples.render(try tables(dbPath: dbPath, kinds: [.documents, .entities, .statements, .relations, .roles]))
        }
    }

    /// Writes the export to `path`: one file, or for CSV of several kinds a folder holding one
    /// `<kind>.csv` per kind. Returns the files written.
    @discardableResult
    public static func write(dbPath: String, format: Format, kinds: [Kind] = Kind.allCases, to path: String) throws -> [String] {
        var outputs: [(String, String)] = []
        if format == .csv && kinds.count > 1 {
            do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
                throw KBError.badArgument("Cannot create the folder '\(path)' for the CSV files: \(error.localizedDescription)")
            }
            for (kind, t) in try tables(dbPath: dbPath, kinds: kinds) {
                outputs.append(((path as NSString).appendingPathComponent("\(kind.rawValue).csv"), csv(t)))
            }
        } else {
            outputs.append((path, try export(dbPath: dbPath, format: format, kinds: kinds)))
        }
        for (file, text) in outputs {
            do { try text.write(toFile: file, atomically: true, encoding: .utf8) } catch {
                throw KBError.badArgument("Cannot write '\(file)': \(error.localizedDescription). Check that its folder exists and is writable.")
            }
        }
        return outputs.map(\.0)
    }

    static func jsonLines(_ tables: [(Kind, ResultTable)]) -> String {
        var out = ""
        for (kind, t) in tables {
            for row in t.rows {
                let fields = zip(t.columns, row).map { column, cell in
                    // Aliases come from SQLite as a JSON array already.
                    let value = column == "aliases" ? cell.description : OutputFormatter.value(cell)
                    return "\(OutputFormatter.quote(column)): \(value)"
                }
                out += "{\"kind\": \"\(kind.singular)\", " + fields.joined(separator: ", ") + "}\n"
            }
        }
        return out
    }

    /// CSV with aliases as one "; "-separated cell, the way spreadsheets read lists.
    static func csv(_ t: ResultTable) -> String {
        OutputFormatter.render(flatAliases(t), as: .csv)
    }

    /// `t` with its `aliases` column (a JSON array from SQLite) as one "; "-separated text.
    static func flatAliases(_ t: ResultTable) -> ResultTable {
        var t = t
        if let i = t.columns.firstIndex(of: "aliases") {
            for r in t.rows.indices {
                let list = (try? JSONSerialization.jsonObject(with: Data(t.rows[r][i].description.utf8))) as? [String] ?? []
                t.rows[r][i] = .text(list.joined(separator: "; "))
            }
        }
        return t
    }

    static func graphML(entities: ResultTable, relations: ResultTable) -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        func data(_ t: ResultTable, _ row: [ResultTable.Cell], _ keys: [String]) -> String {
            keys.compactMap { k in
                guard let i = t.columns.firstIndex(of: k), row[i] != .null else { return nil }
                return "      <data key=\"\(k)\">\(esc(row[i].description))</data>"
            }.joined(separator: "\n")
        }
        // `label` is the name again: Gephi and yEd show a node's `label`, not its `name`.
        var entities = flatAliases(entities)
        if let name = entities.columns.firstIndex(of: "name") {
            entities.columns.append("label")
            for r in entities.rows.indices { entities.rows[r].append(entities.rows[r][name]) }
        }
        let nodeKeys = ["label", "name", "type", "mentions", "aliases"]
        let edgeKeys = ["predicate", "polarity", "modality", "source", "cameo", "trigger", "statement_id", "source_entity_id",
                        "document_id", "sentence_id", "evidence"]
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">",
        ]
        for k in nodeKeys { lines.append("  <key id=\"\(k)\" for=\"node\" attr.name=\"\(k)\" attr.type=\"\(k == "mentions" ? "int" : "string")\"/>") }
        for k in edgeKeys {
            lines.append("  <key id=\"\(k)\" for=\"edge\" attr.name=\"\(k)\" attr.type=\"\(k.hasSuffix("_id") ? "long" : "string")\"/>")
        }
        lines.append("  <graph id=\"kbctl\" edgedefault=\"directed\">")
        let idColumn = entities.columns.firstIndex(of: "id")!
        var nodes = Set<String>()
        for row in entities.rows {
            nodes.insert(row[idColumn].description)
            lines.append("    <node id=\"e\(row[idColumn])\">\n\(data(entities, row, nodeKeys))\n    </node>")
        }
        let s = relations.columns.firstIndex(of: "subject_entity_id")!, o = relations.columns.firstIndex(of: "object_entity_id")!
        let r = relations.columns.firstIndex(of: "id")!
        for row in relations.rows where nodes.contains(row[s].description) && nodes.contains(row[o].description) {
            lines.append("    <edge id=\"r\(row[r])\" source=\"e\(row[s])\" target=\"e\(row[o])\">\n\(data(relations, row, edgeKeys))\n    </edge>")
        }
        lines += ["  </graph>", "</graphml>"]
        return lines.joined(separator: "\n") + "\n"
    }
}
