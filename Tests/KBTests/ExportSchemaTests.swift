import Foundation
import Testing
@testable import KB

/// The published schema of `kbctl export --format jsonl` (schemas/export.schema.json) says what the
/// export writes, field for field, and the BigQuery schema is the one generated from it.
@Suite(.timeLimit(.minutes(10))) struct ExportSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: root.appendingPathComponent("schemas/export.schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// What is wrong with `value` under the JSON Schema property `rule` (the subset the schema uses), or nil.
    static func violation(_ value: Any, _ rule: [String: Any]) throws -> String? {
        if let constant = rule["const"] as? String { return value as? String == constant ? nil : "is not \(constant)" }
        let types = (rule["type"] as? [String]) ?? [rule["type"] as? String ?? ""]
        switch value {
        case is NSNull: return types.contains("null") ? nil : "is null"
        case let s as String:
            guard types.contains("string") else { return "is a string" }
            if let allowed = rule["enum"] as? [Any], !allowed.contains(where: { $0 as? String == s }) { return "'\(s)' is not listed" }
            if let pattern = rule["pattern"] as? String, s.firstMatch(of: try Regex(pattern)) == nil { return "'\(s)' does not match \(pattern)" }
            return nil
        case let a as [Any]: return types.contains("array") && a.allSatisfy { $0 is String } ? nil : "is not an array of strings"
        case is NSNumber: return types.contains("integer") ? nil : "is a number"
        default: return "has an unknown type"
        }
    }

    @Test(arguments: ["fixture", "ingested articles"])
    func everyLineFollowsItsKindsDefinition(_ source: String) throws {
        let db = source == "fixture" ? try Fixture.database() : try MergerTests.ingested([0, 1, 2])
        let defs = try #require(try Self.schema()["$defs"] as? [String: [String: Any]])
        var kinds = Set<String>()
        for line in try Exporter.export(dbPath: db, format: .jsonl).split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let kind = try #require(object["kind"] as? String)
            kinds.insert(kind)
            let properties = try #require(defs[kind]?["properties"] as? [String: [String: Any]], "no definition for \(kind)")
            #expect(Set(object.keys) == Set(properties.keys), "\(kind): \(Set(object.keys).symmetricDifference(properties.keys))")
            for (name, value) in object {
                if let rule = properties[name], let problem = try Self.violation(value, rule) { Issue.record("\(kind).\(name) \(problem)") }
            }
        }
        #expect(kinds == Set(defs.keys))
    }

    /// Skipped without python3 (the generator is a Python script; CI has it).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "python3 is not installed"))
    func bigQuerySchemaIsTheGeneratedOne() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [Self.root.appendingPathComponent("scripts/gen-bigquery-schema.py").path, "--check"]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "run scripts/gen-bigquery-schema.py and commit schemas/export.bigquery.json")
    }
}
