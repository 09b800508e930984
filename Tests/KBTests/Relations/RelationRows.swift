@testable import KB

/// Relation rows of an invented article as one line each, "subject predicate object", with the
/// parts a suite asks for: "?" for an unknown subject, "-" for no object.
enum RelationRows {
    struct Parts: OptionSet {
        let rawValue: Int
        static let cameo = Parts(rawValue: 1)
        static let negation = Parts(rawValue: 2)
        static let source = Parts(rawValue: 4)
        static let modality = Parts(rawValue: 8)
    }

    static func of(_ text: String, _ parts: Parts = []) -> [String] {
        let doc = Pipeline().analyze(raw: text, format: .text, source: "test")
        return doc.relations.map { r in
            let s = r.subject.map { doc.entities[$0].name } ?? r.subjectText ?? "?"
            let o = r.object.map { doc.entities[$0].name } ?? r.objectText ?? "-"
            var line = "\(s) \(r.predicate) \(o)"
            if parts.contains(.cameo), let c = r.cameo { line += " [\(c)]" }
            if parts.contains(.negation), r.polarity == .negated { line += " (negated)" }
            if parts.contains(.source), let src = r.source { line += " per " + doc.entities[src].name }
            if parts.contains(.modality), r.modality != .asserted { line += " (\(r.modality.rawValue))" }
            return line
        }
    }
}
