import Foundation

/// Datasette's metadata for a kbctl database (https://docs.datasette.io/en/0.65/metadata.html),
/// generated from the contract and kbctl's own question catalogue: the views come first with their
/// descriptions, internal tables are hidden, search is wired to `sentences_fts`, and every question
/// of `kbctl query --list` is a canned query with named parameters.
public enum DatasetteMetadata {
    /// A question of the catalogue as Datasette runs it: the SQL `kbctl query --explain-sql` prints.
    public struct CannedQuery: Sendable {
        /// The URL name, from the title: `who-said-what`, `who-threatens-name`.
        public let name: String
        /// The catalogue's form, with `<verb>` written out when the SQL is for one verb only.
        public let title: String
        /// The catalogue's example, which `kbctl query` answers with the same rows.
        public let example: String
        public let sql: String
        /// The named parameters and the example's values for them.
        public let parameters: [String: String]
    }

    /// Tables behind the views: kbctl's to change (KB-CONTRACT.md), so hidden from the table list;
    /// Datasette still serves them by URL.
    static let internalTables = ["grdb_migrations", "sentences_fts", "documents", "sentences", "entities", "aliases",
                                 "mentions", "statements", "relations", "roles", "entity_counts",
                                 "relation_groups", "role_groups"]

    /// The columns a first look at each view is most often split by.
    static let facets: [String: [String]] = [
        "v_documents": ["format"], "v_entities": ["type"], "v_mentions": ["method"], "v_statements": ["speaker", "kind"],
        "v_relations": ["predicate", "polarity", "modality", "cameo_name"], "v_threats": ["subject", "object", "modality"],
        "v_roles": ["role_class"],
    ]

    /// The catalogue's questions, each compiled by `engine` from its example.
    public static func cannedQueries(_ engine: QueryEngine) -> [CannedQuery] {
        Question.catalog.compactMap { entry in
            guard let q = try? Question.parse(entry.example, predicate: engine.predicate(for:)) else { return nil }
            let (sql, args) = engine.compile(q, QueryOptions())
            let title = title(entry.form, example: entry.example, parameters: args)
            return CannedQuery(name: slug(title), title: title, example: entry.example, sql: sql, parameters: args)
        }
    }

    /// `form` with `<verb>` replaced by the example's word when the SQL has no `:predicate`
    /// ("who <verb> <name>" compiles to threats only: "who threatens <name>").
    static func title(_ form: String, example: String, parameters: [String: String]) -> String {
        let formWords = form.split(separator: " "), exampleWords = example.split(separator: " ")
        guard parameters["predicate"] == nil, let i = formWords.firstIndex(where: { $0.hasPrefix("<verb") }),
              formWords.count == exampleWords.count else { return form }
        var words = formWords
        words[i] = exampleWords[i]
        return words.joined(separator: " ")
    }

    /// "who <verb> <name>" → "who-verb-name".
    static func slug(_ s: String) -> String {
        s.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
    }

    /// The metadata for the database file `dbPath` (Datasette names a database by its file's stem).
    public static func metadata(dbPath: String, engine: QueryEngine) -> [String: Any] {
        let name = ((dbPath as NSString).lastPathComponent as NSString).deletingPathExtension
        var tables: [String: Any] = [:]
        for view in Contract.views {
            var t: [String: Any] = [
                "description": view.description,
                "columns": Dictionary(view.columns.map { ($0.name, $0.description) }, uniquingKeysWith: { a, _ in a }),
            ]
            if let f = facets[view.name] { t["facets"] = f }
            tables[view.name] = t
        }
        for table in internalTables { tables[table] = ["hidden": true] }
        // Labels for foreign keys and rows; search on the sentences table and on its view.
        tables["documents"] = ["hidden": true, "label_column": "title"]
        tables["entities"] = ["hidden": true, "label_column": "name"]
        tables["sentences"] = ["hidden": true, "label_column": "text", "fts_table": "sentences_fts", "fts_pk": "id"]
        for (view, label) in [("v_documents", "title"), ("v_sentences", "text"), ("v_entities", "name"), ("cameo_codes", "name")] {
            var t = tables[view] as? [String: Any] ?? [:]
            t["label_column"] = label
            if view == "v_sentences" { t["fts_table"] = "sentences_fts"; t["fts_pk"] = "sentence_id" }
            tables[view] = t
        }
        var queries: [String: Any] = [:]
        for q in cannedQueries(engine) {
            let params = q.parameters.keys.sorted()
            let example = params.map { "\($0)=\(q.parameters[$0]!)" }.joined(separator: ", ")
            queries[q.name] = [
                "title": q.title, "sql": q.sql, "params": params,
                "description": "The SQL of kbctl query \"\(q.example)\" (--explain-sql)" + (params.isEmpty ? "." : "; that question's values: \(example)."),
            ]
        }
        return [
            "title": "kbctl: \(name)",
            "description": "Who said what, and who does what to whom, in the news articles ingested by kbctl. Start with the v_* views "
                + "(the public contract, KB-CONTRACT.md) or a canned query; every row carries its evidence sentence.",
            "databases": [name: ["description": "A kbctl knowledge base.", "tables": tables, "queries": queries]],
        ]
    }

    /// The metadata as JSON, keys sorted so that the same database gives the same bytes.
    public static func json(dbPath: String, engine: QueryEngine) throws -> Data {
        _ = try KBDatabase.openForReading(path: dbPath)  // refuse what is not a kbctl database, as every read command does
        var data = try JSONSerialization.data(withJSONObject: metadata(dbPath: dbPath, engine: engine),
                                              options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }
}
