import Foundation
import Testing
@testable import KB

/// `kbctl datasette`'s metadata, checked without Datasette: it describes exactly the schema, and
/// each canned query is the SQL of its question.
@Suite struct DatasetteMetadataTests {
    static let text = "John Kerry arrived in Geneva. Kerry said Russia threatened Iran. Iran threatened Russia. NATO opposed the treaty. “We will not yield,” Kerry said."

    static func database() throws -> String {
        try SelfDescribingSchemaTests.ingested([("a.txt", text)])
    }

    /// Every column of every described view is described, and nothing is described the schema lacks.
    @Test func contractDescribesEveryColumnOfTheSchema() throws {
        let db = try Self.database()
        let views = try SQLRunner.run(dbPath: db, sql: "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").rows.map(\.[0].description)
        #expect(Set(Contract.views.map(\.name)).isSuperset(of: views), "views the contract does not describe")
        for view in Contract.views {
            let columns = try SQLRunner.run(dbPath: db, sql: "SELECT name FROM pragma_table_info(:v)", parameters: ["v": view.name]).rows.map(\.[0].description)
            #expect(view.columns.map(\.name) == columns, "\(view.name)")
        }
    }

    /// Each canned query, run with its example's values, gives the rows `kbctl query` gives for the example.
    @Test func cannedQueriesAnswerAsTheirQuestions() throws {
        let db = try Self.database()
        let engine = QueryEngine(dbPath: db)
        let queries = DatasetteMetadata.cannedQueries(engine)
        #expect(queries.count == Question.catalog.count)
        #expect(Set(queries.map(\.name)).count == queries.count, "names are unique")
        for q in queries {
            let asked = try engine.run(try Question.parse(q.example, predicate: engine.predicate(for:)))
            #expect(try SQLRunner.run(dbPath: db, sql: q.sql, parameters: q.parameters) == asked, "\(q.name)")
        }
    }

    @Test(arguments: [
        ("who <verb> <name>", "who threatens Russia", ["object": "Russia"], "who threatens <name>"),
        ("who <verb> whom", "who opposes whom", ["predicate": "oppose"], "who <verb> whom"),
        ("<subject|?> <verb|?> <object|?>", "Russia threaten ?", ["subject": "Russia"], "<subject|?> threaten <object|?>"),
    ])
    func titlesNameTheVerbTheSQLIsFor(_ form: String, _ example: String, _ parameters: [String: String], _ title: String) {
        #expect(DatasetteMetadata.title(form, example: example, parameters: parameters) == title)
    }

    /// Search is wired to the full-text table for the table and its view; internal tables are hidden.
    @Test func searchLabelsAndHiddenTables() throws {
        let db = try Self.database()
        let json = try JSONSerialization.jsonObject(with: try DatasetteMetadata.json(dbPath: db, engine: QueryEngine(dbPath: db))) as? [String: Any]
        let stem = ((db as NSString).lastPathComponent as NSString).deletingPathExtension
        let tables = try #require(((json?["databases"] as? [String: Any])?[stem] as? [String: Any])?["tables"] as? [String: [String: Any]])
        #expect(tables["v_sentences"]?["fts_table"] as? String == "sentences_fts")
        #expect(tables["v_sentences"]?["fts_pk"] as? String == "sentence_id")
        #expect(tables["sentences"]?["fts_table"] as? String == "sentences_fts")
        #expect(tables["v_documents"]?["label_column"] as? String == "title")
        #expect(tables["grdb_migrations"]?["hidden"] as? Bool == true)
        #expect(tables["v_relations"]?["hidden"] == nil)
    }

    /// `--serve` without `--output` writes one metadata file per database, not one per run: the
    /// same database (by any path) reuses it, another database of the same name has its own.
    @Test func servedMetadataHasOneFilePerDatabase() {
        let here = FileManager.default.currentDirectoryPath
        let a = DatasetteServer.defaultMetadataPath(dbPath: "kb.db")
        #expect(a == DatasetteServer.defaultMetadataPath(dbPath: here + "/kb.db"))
        #expect(a == DatasetteServer.defaultMetadataPath(dbPath: here + "/./kb.db"))
        #expect(a != DatasetteServer.defaultMetadataPath(dbPath: "/elsewhere/kb.db"))
        #expect(a.hasPrefix(NSTemporaryDirectory() + "kbctl-datasette-kb-") && a.hasSuffix(".json"))
    }
}
