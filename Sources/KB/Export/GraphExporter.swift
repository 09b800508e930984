import Foundation
import GRDB

/// The entity graph as Graphviz DOT: one node per entity that takes part in a relation, one edge
/// per (subject, predicate, object, polarity) with its count; negated edges are dashed.
public enum GraphExporter {
    /// What `kbctl graph` can write.
    public enum Format: String, Sendable, CaseIterable {
        case dot, svg, png
    }

    /// One edge of the graph.
    struct Edge: Equatable {
        var subject: String, subjectType: String?
        var object: String, objectType: String?
        var predicate: String, polarity: String, count: Int
    }

    /// The graph of every relation (or only `predicate`'s) in DOT.
    public static func dot(dbPath: String, predicate: String? = nil, document: Int64? = nil) throws -> String {
        let queue = try KBDatabase.openForReading(path: dbPath)
        let edges = try queue.read { db in try fetchEdges(db, predicate: predicate, document: document) }
        return render(edges, title: predicate.map { "who \($0)s whom" } ?? "relations")
    }

    static func fetchEdges(_ db: Database, predicate: String?, document: Int64?) throws -> [Edge] {
        var filters = ["r.subject IS NOT NULL", "r.object IS NOT NULL"]
        var args: [String: (any DatabaseValueConvertible)?] = [:]
        if let predicate { filters.append("r.predicate = :predicate"); args["predicate"] = predicate }
        if let document { filters.append("r.document_id = :document"); args["document"] = document }
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.subject, se.type AS subject_type, r.object, oe.type AS object_type, r.predicate, r.polarity, count(*) AS n
            FROM v_relations r
            LEFT JOIN entities se ON se.id = r.subject_entity_id
            LEFT JOIN entities oe ON oe.id = r.object_entity_id
            WHERE \(filters.joined(separator: " AND "))
            GROUP BY r.subject, r.object, r.predicate, r.polarity
            ORDER BY r.subject, r.object, r.predicate, r.polarity
            """, arguments: StatementArguments(args))
        return rows.map {
            Edge(subject: $0["subject"], subjectType: $0["subject_type"], object: $0["object"], objectType: $0["object_type"],
                 predicate: $0["predicate"], polarity: $0["polarity"], count: $0["n"])
        }
    }

    /// Node shapes by entity type, so that states, bodies and people read apart at a glance.
    static let shapes: [String: String] = [
        "COUNTRY": "box", "ORGANIZATION": "component", "PERSON": "ellipse", "GROUP": "box3d",
        "WEAPON": "hexagon", "DOCUMENT": "note", "LOCATION": "house", "EVENT": "diamond",
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
        for e in edges {
            var attrs = ["label=\(quote(e.count > 1 ? "\(e.predicate) ×\(e.count)" : e.predicate))"]
            if e.polarity == "negated" { attrs.append("style=dashed") }
            if e.count > 1 { attrs.append("penwidth=\(min(1 + e.count, 6))") }
            lines.append("  \(quote(e.subject)) -> \(quote(e.object)) [\(attrs.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT string literal.
    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: " ") + "\""
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
