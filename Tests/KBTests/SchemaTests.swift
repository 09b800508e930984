import Foundation
import GRDB
import Testing
@testable import KB

@Suite struct SchemaTests {
    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("schema.sql")

    /// All migrations applied to an empty database give exactly the checked-in schema.
    @Test func migrationsMatchTheSnapshot() throws {
        let path = NSTemporaryDirectory() + "kbctl-schema-\(UUID().uuidString).db"
        let queue = try KBDatabase.openForWriting(path: path)
        let schema = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'grdb_%' ORDER BY type, name")
        }.joined(separator: ";\n") + ";\n"
        if ProcessInfo.processInfo.environment["KB_UPDATE_SCHEMA"] != nil { try schema.write(to: Self.snapshot, atomically: true, encoding: .utf8) }
        #expect(schema == (try String(contentsOf: Self.snapshot, encoding: .utf8)))
    }

    @Test func newerDatabaseIsRefused() throws {
        let path = NSTemporaryDirectory() + "kbctl-newer-\(UUID().uuidString).db"
        let queue = try KBDatabase.openForWriting(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('9999_future')") }
        #expect(throws: KBError.self) { try KBDatabase.openForWriting(path: path) }
    }

    @Test func realLexiconsHaveEveryMemberState() throws {
        let k = Knowledge.builtIn
        for name in ["United States", "Russia", "China", "Iran", "North Korea", "South Sudan", "Kosovo", "Palestine", "Taiwan", "Vatican City"] {
            #expect(k.entryByName[name.lowercased()] != nil, "\(name) missing")
        }
        #expect(k.entries.filter { $0.type == .country }.count >= 195)
    }

    @Test func lexiconReaderReportsBadRows() {
        #expect(throws: LexiconError.self) { try LexiconFile(name: "x.tsv", text: "a\tb\n") }
        #expect(throws: LexiconError.self) { try LexiconFile(name: "x.tsv", text: "# columns: a\nx\ty\n") }
    }

    @Test func userLexiconExtendsTheBuiltIn() throws {
        let k = try Knowledge.with(userFiles: [("organizations.tsv", "# columns: name\ttype\taliases\nNordic Defence Forum\tORGANIZATION\tNDF\n")])
        let doc = Pipeline(knowledge: k).analyze(raw: "The NDF said it was ready.", format: .text, source: "t")
        #expect(doc.entities.map(\.name) == ["Nordic Defence Forum"])
    }
}
