import Foundation

/// The knowledge base as RDF N-Triples. Entities are `urn:kbctl:entity:ID` with an rdfs:label,
/// a type and skos:altLabel aliases. Each affirmed relation between two entities is also a plain
/// triple (`entity predicate entity`); every relation, statement and role is a node of its own
/// carrying polarity, modality, source and provenance, so that negated and reported claims are never
/// flattened into facts.
enum NTriples {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    static let skos = "http://www.w3.org/2004/02/skos/core#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    /// kbctl's own vocabulary.
    static let kb = "urn:kbctl:vocab#"

    static func render(_ tables: [(Exporter.Kind, ResultTable)]) -> String {
        var out: [String] = []
        func iri(_ s: String) -> String { "<\(s)>" }
        // JSON's string escapes (\", \\, \n, \r, \t, \uXXXX) are all valid N-Triples escapes.
        func literal(_ s: String) -> String { OutputFormatter.quote(s) }
        func emit(_ s: String, _ p: String, _ o: String) { out.append("\(s) \(p) \(o) .") }

        for (kind, t) in tables {
            func cell(_ row: [ResultTable.Cell], _ name: String) -> ResultTable.Cell {
                t.columns.firstIndex(of: name).map { row[$0] } ?? .null
            }
            func entity(_ c: ResultTable.Cell) -> String? {
                if case let .integer(id) = c { return iri("urn:kbctl:entity:\(id)") }
                return nil
            }
            for row in t.rows {
                let id = cell(row, "id").description
                let node = iri("urn:kbctl:\(kind.singular):\(id)")
                func text(_ column: String, _ property: String) {
                    let c = cell(row, column)
                    if c != .null { emit(node, iri(kb + property), literal(c.description)) }
                }
                func integer(_ column: String, _ property: String) {
                    if case let .integer(v) = cell(row, column) { emit(node, iri(kb + property), "\"\(v)\"^^<\(xsd)integer>") }
                }
                func provenance() {
                    integer("document_id", "document"); integer("sentence_id", "sentence")
                    integer("char_start", "charStart"); integer("char_end", "charEnd"); text("evidence", "evidence")
                }
                switch kind {
                case .entities:
                    emit(node, iri(rdfs + "label"), literal(cell(row, "name").description))
                    emit(node, iri(rdf + "type"), iri(kb + cell(row, "type").description.capitalized))
                    let aliases = (try? JSONSerialization.jsonObject(with: Data(cell(row, "aliases").description.utf8))) as? [String] ?? []
                    for a in aliases where a != cell(row, "name").description { emit(node, iri(skos + "altLabel"), literal(a)) }
                case .relations:
                    let predicate = iri(kb + cell(row, "predicate").description)
                    if let s = entity(cell(row, "subject_entity_id")), let o = entity(cell(row, "object_entity_id")),
                       cell(row, "polarity") == .text("affirmed") {
                        emit(s, predicate, o)
                    }
                    emit(node, iri(rdf + "type"), iri(kb + "Relation"))
                    if let s = entity(cell(row, "subject_entity_id")) { emit(node, iri(rdf + "subject"), s) } else { text("subject", "subjectText") }
                    emit(node, iri(rdf + "predicate"), predicate)
                    if let o = entity(cell(row, "object_entity_id")) { emit(node, iri(rdf + "object"), o) } else { text("object", "objectText") }
                    text("polarity", "polarity"); text("modality", "modality"); text("cameo", "cameo"); text("trigger", "trigger")
                    if let src = entity(cell(row, "source_entity_id")) { emit(node, iri(kb + "source"), src) } else { text("source", "sourceText") }
                    provenance()
                case .statements:
                    emit(node, iri(rdf + "type"), iri(kb + "Statement"))
                    if let s = entity(cell(row, "speaker_entity_id")) { emit(node, iri(kb + "speaker"), s) } else { text("speaker", "speakerText") }
                    text("cue", "cue"); text("content", "content"); text("quote", "quote"); text("statement_kind", "statementKind")
                    provenance()
                case .roles:
                    emit(node, iri(rdf + "type"), iri(kb + "Role"))
                    if let p = entity(cell(row, "person_entity_id")) { emit(node, iri(kb + "person"), p) }
                    text("role", "role")
                    if let o = entity(cell(row, "organization_entity_id")) { emit(node, iri(kb + "organization"), o) }
                    provenance()
                case .documents, .sentences, .mentions:
                    break
                }
            }
        }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }
}
