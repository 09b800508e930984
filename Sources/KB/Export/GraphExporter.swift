import Foundation
import GRDB

/// The entity graph as Graphviz DOT: one node per entity (or object kept as text) that takes part
/// in a relation, one edge per claim — (subject, predicate, object, polarity, modality, whose claim)
/// with its count. A claim is drawn as a claim, not a fact: negated edges are dashed, modality
/// colours the edge and is written on it, whose claim it is follows "per", the evidence sentences
/// are the edge's tooltip in SVG, and a legend says all of this.
public enum GraphExporter {
    /// What `kbctl graph` can write.
    public enum Format: String, Sendable, CaseIterable {
        case dot, svg, png
    }

    /// One edge of the graph: one claim and how often it was made.
    struct Edge: Equatable {
        var subject: String, subjectType: String?
        var object: String, objectType: String?
        var predicate: String, polarity: String, count: Int
        var modality = "asserted"
        var whoseClaim: String? = nil
        /// The first few evidence sentences, in order.
        var evidence: [String] = []
    }

    /// At most this many evidence sentences in one edge's tooltip.
    static let tooltipSentences = 3

    /// The graph of every relation (or only `predicate`'s) in DOT. With `entitiesOnly`, subjects and
    /// objects kept as text ("multiple approaches") are left out with their edges.
    public static func dot(dbPath: String, predicate: String? = nil, document: Int64? = nil, entitiesOnly: Bool = false) throws -> String {
        let queue = try KBDatabase.openForReading(path: dbPath)
        let edges = try queue.read { db in try fetchEdges(db, predicate: predicate, document: document, entitiesOnly: entitiesOnly) }
        return render(edges, title: predicate.map { "who \($0)s whom" } ?? "relations")
    }

    static func fetchEdges(_ db: Database, predicate: String?, document: Int64?, entitiesOnly: Bool = false) throws -> [Edge] {
        var filters = ["r.subject IS NOT NULL", "r.object IS NOT NULL"]
        var args: [String: (any DatabaseValueConvertible)?] = [:]
        if let predicate { filters.append("r.predicate = :predicate"); args["predicate"] = predicate }
        if let document { filters.append("r.document_id = :document"); args["document"] = document }
        if entitiesOnly { filters += ["r.subject_entity_id IS NOT NULL", "r.object_entity_id IS NOT NULL"] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.subject, se.type AS subject_type, r.object, oe.type AS object_type, r.predicate, r.polarity,
                   r.modality, r.whose_claim, r.evidence
            FROM v_relations r
            LEFT JOIN entities se ON se.id = r.subject_entity_id
            LEFT JOIN entities oe ON oe.id = r.object_entity_id
            WHERE \(filters.joined(separator: " AND "))
            ORDER BY r.subject, r.object, r.predicate, r.polarity, r.modality, r.whose_claim, r.relation_id
            """, arguments: StatementArguments(args))
        // Grouped here rather than in SQL: each edge keeps its first evidence sentences, in order.
        var edges: [Edge] = []
        for row in rows {
            let e = Edge(subject: row["subject"], subjectType: row["subject_type"], object: row["object"], objectType: row["object_type"],
                         predicate: row["predicate"], polarity: row["polarity"], count: 1,
                         modality: row["modality"] ?? "asserted", whoseClaim: row["whose_claim"])
            let evidence: String = row["evidence"] ?? ""
            if var last = edges.last, last.sameClaim(as: e) {
                last.count += 1
                if last.evidence.count < tooltipSentences, !last.evidence.contains(evidence) { last.evidence.append(evidence) }
                edges[edges.count - 1] = last
            } else {
                var first = e
                first.evidence = evidence.isEmpty ? [] : [evidence]
                edges.append(first)
            }
        }
        return edges
    }

    /// Node shapes by entity type, so that states, bodies and people read apart at a glance.
    static let shapes: [String: String] = [
        "COUNTRY": "box", "ORGANIZATION": "component", "PERSON": "ellipse", "GROUP": "box3d",
        "WEAPON": "hexagon", "DOCUMENT": "note", "LOCATION": "house", "EVENT": "diamond",
    ]

    /// Edge colours by modality: an asserted claim is black, the others stand out.
    static let modalityColors: [String: String] = [
        "asserted": "black", "possible": "darkorange3", "planned": "royalblue3", "conditional": "purple3",
    ]

    static func render(_ edges: [Edge], title: String) -> String {
        var types: [String: String?] = [:]
        for e in edges {
            if types[e.subject] == nil { types[e.subject] = e.subjectType }
            if types[e.object] == nil { types[e.object] = e.objectType }
        }
        var lines = ["digraph kbctl {", "  label=\(quote(title));", "  labelloc=t;", "  rankdir=LR;", "  fontname=\"Helvetica\";",
                     "  node [fontname=\"Helvetica\"];", "  edge [fontname=\"Helvetica\", fontsize=10];"]
        for (name, type) in types.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(quote(name)) [shape=\(shapes[type ?? ""] ?? "plaintext")];")
        }
        for e in edges { lines.append("  \(quote(e.subject)) -> \(quote(e.object)) [\(attributes(e).joined(separator: ", "))];") }
        if !edges.isEmpty { lines += legend() }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// An edge's label, style and tooltip.
    static func attributes(_ e: Edge) -> [String] {
        var label = e.count > 1 ? "\(e.predicate) ×\(e.count)" : e.predicate
        var qualifiers: [String] = []
        if e.polarity == "negated" { qualifiers.append("not") }
        if e.modality != "asserted" { qualifiers.append(e.modality) }
        if let who = e.whoseClaim { qualifiers.append("per \(who)") }
        if !qualifiers.isEmpty { label += "\n" + qualifiers.joined(separator: ", ") }
        var attrs = ["label=\(quote(label))"]
        if e.polarity == "negated" { attrs.append("style=dashed") }
        if let color = modalityColors[e.modality], color != "black" { attrs += ["color=\(color)", "fontcolor=\(color)"] }
        if e.count > 1 { attrs.append("penwidth=\(min(1 + e.count, 6))") }
        if !e.evidence.isEmpty {
            // SVG shows a tooltip as the edge's and its label's title: the sentences the claim rests on.
            let more = e.count > e.evidence.count ? ["(\(e.count - e.evidence.count) more)"] : []
            let tip = quote((e.evidence + more).joined(separator: "\n"))
            attrs += ["tooltip=\(tip)", "labeltooltip=\(tip)"]
        }
        return attrs
    }

    /// A legend box: what dashes, colours, "per" and the node shapes mean.
    static func legend() -> [String] {
        func row(_ left: String, _ right: String) -> String { "<tr><td align=\"left\">\(left)</td><td align=\"left\">\(right)</td></tr>" }
        var rows = [row("<b>edge</b>", "<b>means</b>"), row("solid", "affirmed claim"), row("dashed, \"not\"", "negated claim")]
        for m in ["possible", "planned", "conditional"] {
            rows.append(row("<font color=\"\(modalityColors[m]!)\">\(m)</font>", "modality other than asserted"))
        }
        rows += [row("per X", "whose claim it is"), row("×N", "made N times"), row("hover", "evidence sentences"),
                 row("<b>node</b>", "<b>type</b>")]
        for (type, shape) in shapes.sorted(by: { $0.key < $1.key }) { rows.append(row(shape, type.lowercased())) }
        rows.append(row("plain text", "object kept as written"))
        return ["  legend [shape=plaintext, fontsize=9, label=<<table border=\"1\" cellborder=\"0\" cellspacing=\"0\">"
                    + rows.joined() + "</table>>];"]
    }

    /// A DOT string literal; a line break in `s` is DOT's `\\n` (a new line in labels and tooltips).
    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// The path of Graphviz's `dot` on PATH, if any.
    public static func graphvizPath() -> String? { executableOnPath("dot") }

    /// Renders DOT to SVG or PNG bytes with Graphviz.
    public static func render(dot: String, as format: Format) throws -> Data {
        if format == .dot { return Data(dot.utf8) }
        guard let tool = graphvizPath() else {
            throw KBError.badArgument(
                "Graphviz 'dot' is not on PATH, so kbctl cannot draw \(format.rawValue). Install it (Debian/Ubuntu: apt-get install graphviz) or use '--format dot'.")
        }
        // Through a temporary file: a large graph written to a pipe would block before dot reads it.
        let file = NSTemporaryDirectory() + "kbctl-graph-\(UUID().uuidString).dot"
        try Data(dot.utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = ["-T\(format.rawValue)", file]
        let output = Pipe(), errors = Pipe()
        p.standardOutput = output; p.standardError = errors
        try p.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw KBError.badArgument("Graphviz 'dot' failed: \(String(decoding: err, as: UTF8.self).prefix(300))")
        }
        return data
    }
}

extension GraphExporter.Edge {
    /// The same claim: same ends, predicate, polarity, modality and claimant.
    func sameClaim(as o: Self) -> Bool {
        subject == o.subject && object == o.object && predicate == o.predicate && polarity == o.polarity
            && modality == o.modality && whoseClaim == o.whoseClaim
    }
}
