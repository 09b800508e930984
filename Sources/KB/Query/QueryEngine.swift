import Foundation
import GRDB

/// Filters every question takes.
public struct QueryOptions: Sendable {
    public var document: Int64?
    public var source: String?
    public var polarity: String?
    public var since: String?
    public var until: String?
    public var limit: Int?
    /// The rows `kbctl query` shows unless `--limit` says otherwise (0: every row), as `kbctl search`
    /// does: "who said what" has a row per statement, over a million at 100,000 articles.
    public static let defaultLimit = 100
    /// One row per extraction instead of grouped counts.
    public var rows = false
    /// Show the evidence sentence in grouped output too.
    public var evidence = false
    public init() {}

    /// True for a date as `--since`/`--until` take it and `published` stores it: yyyy-mm-dd.
    public static func isDate(_ s: String) -> Bool {
        s.wholeMatch(of: /[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])/) != nil
    }
}

/// Compiles a question to parameterised SQL over the contract views and runs it read-only.
/// User input only ever reaches SQLite as bound parameters.
public struct QueryEngine {
    public let dbPath: String
    public let knowledge: Knowledge

    /// `knowledge` only maps verbs to predicates: the default reads the verb lexicons alone, so a
    /// question does not wait a third of a second for names, places and the tagger.
    public init(dbPath: String, knowledge: Knowledge = .verbs) {
        self.dbPath = dbPath
        self.knowledge = knowledge
    }

    /// The canonical predicate of a verb in any inflection ("threatens" → "threaten").
    public func predicate(for word: String) -> String? {
        let toks = knowledge.tokenizer.tokenize(Array(word.unicodeScalars))
        if let m = knowledge.senses.longestMatch(in: toks, at: 0), m.end == toks.count { return m.value.predicate }
        return nil
    }

    /// Answers a question.
    public func run(_ question: Question, _ options: QueryOptions = QueryOptions()) throws -> ResultTable {
        let queue = try KBDatabase.openForReading(path: dbPath)
        let names: [String] = {
            switch question {
            case let .relations(_, s, o): return [s, o, options.source].compactMap { $0 }
            case let .statements(s): return [s, options.source].compactMap { $0 }
            case let .profile(n): return [n]
            default: return []
            }
        }()
        if case let .entities(type?) = question, !EntityType.allCases.map(\.rawValue).contains(type) {
            throw KBError.badArgument("'\(type.lowercased())' is no entity type; the types are \(EntityType.allCases.map { $0.rawValue.lowercased() }.joined(separator: ", ")) (e.g. kbctl query \"entities of type person\").")
        }
        let (sql, args) = compile(question, options)
        return try queue.read { db in
            for n in names { try Self.requireEntity(n, db) }
            return try ResultTable.fetch(db, sql: sql, arguments: StatementArguments(args))
        }
    }

    static func stripDeterminer(_ s: String) -> String {
        s.lowercased().hasPrefix("the ") ? String(s.dropFirst(4)) : s
    }

    /// Fails with the closest names when nothing in the database is called `name`.
    static func requireEntity(_ name: String, _ db: Database) throws {
        let n = stripDeterminer(name)
        // Each test reads an index: an entity's names are its aliases, and the names kept as
        // written have 0010's NOCASE indexes (v_statements.speaker compared row by row read them all).
        let known = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM aliases WHERE alias = :n COLLATE NOCASE)
                OR EXISTS (SELECT 1 FROM statements WHERE speaker_text = :n COLLATE NOCASE)
                OR EXISTS (SELECT 1 FROM relations WHERE subject_text = :n COLLATE NOCASE)
                OR EXISTS (SELECT 1 FROM relations WHERE object_text = :n COLLATE NOCASE)
                OR EXISTS (SELECT 1 FROM relations WHERE source_text = :n COLLATE NOCASE)
                OR EXISTS (SELECT 1 FROM roles WHERE role_class = lower(:n) OR role = lower(:n))
            """, arguments: ["n": n]) ?? false
        if known { return }
        let all = try String.fetchAll(db, sql: "SELECT DISTINCT alias FROM aliases")
        let lower = n.lowercased()
        let close = all.map { ($0, editDistance(lower, $0.lowercased())) }
            .filter { $0.1 <= max(2, lower.count / 3) }.sorted { $0.1 < $1.1 }.prefix(5).map(\.0)
        throw KBError.unknownEntity(name: name, suggestions: Array(close))
    }
}
