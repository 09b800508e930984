import Foundation

/// The knowledge base as RDF N-Triples. Every IRI is made of a stable key (`urn:kbctl:entity:COUNTRY:Russia`,
/// `urn:kbctl:relation:SHA256/3/0`), so the exports of two databases (two shards) concatenate into one
/// graph without clashes. Documents are nodes too (`urn:kbctl:document:SHA256`, a `kb:Article`: title as label,
/// author, published date), the node every claim's `kb:document` points at. Entities have an rdfs:label, a type and skos:altLabel aliases. Each affirmed relation between two entities is also a plain
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
            func keyed(_ kind: String, _ c: ResultTable.Cell) -> String? {
                if case let .text(key) = c { return iri("urn:kbctl:\(kind):\(encode(key))") }
                return nil
            }
            func entity(_ c: ResultTable.Cell) -> String? { keyed("entity", c) }
            for row in t.rows {
                let node = keyed(kind.singular, cell(row, "key")) ?? iri("urn:kbctl:\(kind.singular):\(cell(row, "id"))")
                func text(_ column: String, _ property: String) {
                    let c = cell(row, column)
                    if c != .null { emit(node, iri(kb + property), literal(c.description)) }
                }
                func integer(_ column: String, _ property: String) {
                    if case let .integer(v) = cell(row, column) { emit(node, iri(kb + property), "\"\(v)\"^^<\(xsd)integer>") }
                }
                func provenance() {
                    // Documents and sentences by key: row ids would clash between two databases' exports.
                    if let d = keyed("document", cell(row, "document_key")) { emit(node, iri(kb + "document"), d) }
                    if let s = keyed("sentence", cell(row, "sentence_key")) { emit(node, iri(kb + "sentence"), s) }
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
                    if let s = entity(cell(row, "subject_key")), let o = entity(cell(row, "object_key")),
                       cell(row, "polarity") == .text("affirmed") {
                        emit(s, predicate, o)
                    }
                    emit(node, iri(rdf + "type"), iri(kb + "Relation"))
                    if let s = entity(cell(row, "subject_key")) { emit(node, iri(rdf + "subject"), s) } else { text("subject", "subjectText") }
                    emit(node, iri(rdf + "predicate"), predicate)
                    if let o = entity(cell(row, "object_key")) { emit(node, iri(rdf + "object"), o) } else { text("object", "objectText") }
                    text("polarity", "polarity"); text("modality", "modality"); text("cameo", "cameo"); text("trigger", "trigger")
                    if let src = entity(cell(row, "source_key")) { emit(node, iri(kb + "source"), src) } else { text("source", "sourceText") }
                    if let st = keyed("statement", cell(row, "statement_key")) { emit(node, iri(kb + "statement"), st) }
                    provenance()
                case .statements:
                    emit(node, iri(rdf + "type"), iri(kb + "Statement"))
                    if let s = entity(cell(row, "speaker_key")) { emit(node, iri(kb + "speaker"), s) } else { text("speaker", "speakerText") }
                    text("cue", "cue"); text("content", "content"); text("quote", "quote"); text("statement_kind", "statementKind")
                    provenance()
                case .roles:
                    emit(node, iri(rdf + "type"), iri(kb + "Role"))
                    if let p = entity(cell(row, "person_key")) { emit(node, iri(kb + "person"), p) }
                    text("role", "role")
                    if let o = entity(cell(row, "organization_key")) { emit(node, iri(kb + "organization"), o) }
                    provenance()
                case .documents:
                    // The document's own words only: its source path and ingest time differ between
                    // databases, and a label or date read two ways would give one IRI two values.
                    // kb:Article, not kb:Document: that is the entity type of treaties and accords.
                    emit(node, iri(rdf + "type"), iri(kb + "Article"))
                    if case let .text(title) = cell(row, "title") { emit(node, iri(rdfs + "label"), literal(title)) }
                    text("title", "title"); text("author", "author"); text("sha256", "sha256")
                    if case let .text(date) = cell(row, "published") {
                        let isDate = date.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil
                        emit(node, iri(kb + "published"), literal(date) + (isDate ? "^^<\(xsd)date>" : ""))
                    }
                case .sentences, .mentions:
                    break
                }
            }
        }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    /// What a key keeps as it is in an IRI: RFC 3986's unreserved characters, ':' and '/', and the
    /// sub-delimiters; spaces in names, '%' and non-ASCII letters are percent-encoded.
    static let keptInIRI = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/!$&'()*+,;=@")

    /// A key as IRI text.
    static func encode(_ key: String) -> String {
        key.addingPercentEncoding(withAllowedCharacters: keptInIRI) ?? key
    }
}
