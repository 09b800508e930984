import Foundation
import GRDB
import Testing
@testable import KB

/// Every canned question reads the tables that grow with the articles through indexes, whatever
/// the size of the database: no full scan of them, and the index migration 0010 made for it
/// (checked with EXPLAIN QUERY PLAN, so that a dropped index or a rewritten query that falls back
/// to reading every row fails here; `scripts/bench.sh --queries-100k` times them).
@Suite struct QueryPlanTests {
    static let db: String = try! Fixture.database()
    let engine = QueryEngine(dbPath: QueryPlanTests.db)

    /// Tables that grow with every article. `entities` and `documents` may be read whole by a
    /// question over everything: they hold a row per name or per article, not per sentence.
    static let bigTables = ["sentences", "mentions", "statements", "relations", "roles"]

    /// The plan of a question at the CLI's default limit, one line per step.
    func plan(_ question: String, _ options: QueryOptions = Self.defaults) throws -> [String] {
        let q = try Question.parse(question, predicate: engine.predicate(for:))
        let (sql, args) = engine.compile(q, options)
        // Read-only and patient: the parameterized cases run at once, and a connection that
        // opens while another sets up the file would otherwise fail "database is locked".
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(30)
        return try DatabaseQueue(path: Self.db, configuration: config).read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(args)).map { $0["detail"] as String }
        }
    }

    static let defaults: QueryOptions = {
        var o = QueryOptions()
        o.limit = QueryOptions.defaultLimit
        return o
    }()

    /// The steps that read a whole big table: without an index at all, or, for a question about
    /// one name (`oneName`), through any index but a covering one a question over everything may
    /// read whole. The queries name big tables `x`, `r`, `s`, `t`, `m`, `n` or `st` (and views
    /// read theirs as such); subqueries have other names.
    func fullScans(_ plan: [String], oneName: Bool = true) -> [String] {
        plan.filter { line in
            guard line.hasPrefix("SCAN ") else { return false }
            let name = line.dropFirst(5).split(separator: " ").first.map(String.init) ?? ""
            guard Self.bigTables.contains(name) || ["x", "r", "s", "t", "m", "n", "st"].contains(name) else { return false }
            return oneName ? true : !line.contains("USING")
        }
    }

    /// Each canned question, with the index its plan must use (the one 0010 made for it, where
    /// one did; a part of the plan's line), and whether it is about one name. The catalogue's every form is here:
    /// `catalogIsCovered` checks.
    static let cases: [(question: String, index: String, oneName: Bool)] = [
        // Grouped questions add up the groups of 0012, found through their indexes.
        ("who threatens whom", "relation_groups_by_root", false),
        ("who opposes whom", "relation_groups_by_key (predicate=?)", true),
        ("who threatens Russia", "relation_groups_by_object", true),
        ("whom does Moscow threaten", "relation_groups_by_subject", true),
        ("who said what", "statements_by_document_order", false),
        ("what did Lavrov say", "statements_by_speaker_order", true),
        ("what did rural farmers say", "statements_by_speaker_text", true),
        ("quotes", "statements_by_document_order", false),
        ("who is Lavrov", "mentions_by_entity", true),
        ("about the North Atlantic Treaty Organization", "mentions_by_entity", true),
        ("who is defense minister", "roles_by_class", true),
        ("who is who", "SCAN rg", false),  // every group (0012): one row per person, role and organisation
        ("entities of type person", "entity_counts_by_mentions", false),  // one row per entity (migration 0011), not its mentions
        ("timeline", "sentences_by_date", false),
        ("Russia threaten ?", "relation_groups_by_subject", true),
        ("? oppose \"New START\"", "relation_groups_by_object", true),
    ]

    @Test(arguments: cases.indices)
    func aCannedQuestionReadsNoBigTableWhole(_ i: Int) throws {
        let c = Self.cases[i]
        let plan = try plan(c.question)
        #expect(fullScans(plan, oneName: c.oneName) == [], "\(c.question):\n\(plan.joined(separator: "\n"))")
        #expect(plan.contains { $0.contains(c.index) },
                "\(c.question) does not use \(c.index):\n\(plan.joined(separator: "\n"))")
    }

    /// A filter keeps the plan on its indexes, and the name as written ("rural farmers", no entity) has its own.
    @Test(arguments: ["who threatens whom", "who said what", "what did Lavrov say", "timeline"])
    func filtersKeepTheIndexes(_ question: String) throws {
        var o = Self.defaults
        o.document = 1
        o.since = "2024-01-01"
        o.source = "Lavrov"
        let plan = try plan(question, o)
        #expect(fullScans(plan, oneName: false) == [], "\(question):\n\(plan.joined(separator: "\n"))")
    }

    @Test func catalogIsCovered() throws {
        let asked = Set(try Self.cases.map { try Question.parse($0.question, predicate: engine.predicate(for:)) }.map(Self.kind))
        let catalog = Set(try Question.catalog.map { try Question.parse($0.example, predicate: engine.predicate(for:)) }.map(Self.kind))
        #expect(catalog.isSubset(of: asked))
    }

    static func kind(_ q: Question) -> String {
        switch q {
        case let .relations(p, s, o): return "relations \(p == nil ? "-" : "p") \(s == nil ? "-" : "s") \(o == nil ? "-" : "o")"
        case let .statements(s): return s == nil ? "statements" : "statements of one"
        case .quotes: return "quotes"
        case .profile: return "profile"
        case .roles: return "roles"
        case .entities: return "entities"
        case .timeline: return "timeline"
        }
    }

    @Test func aProfileTakesTheLimit() throws {
        let q = try Question.parse("who is Lavrov", predicate: engine.predicate(for:))
        let all = try engine.run(q)
        var o = QueryOptions()
        o.limit = 2
        let two = try engine.run(q, o)
        #expect(all.rows.count > 2)
        #expect(two.rows == Array(all.rows.prefix(2)))
    }

    /// A listing picks its rows before it reads the views: the first rows of "who said what" at a
    /// limit are the first rows of the whole answer.
    @Test(arguments: ["who said what", "what did Lavrov say", "quotes", "timeline", "who threatens whom"])
    func aLimitKeepsTheFirstRows(_ question: String) throws {
        let q = try Question.parse(question, predicate: engine.predicate(for:))
        let all = try engine.run(q)
        var o = QueryOptions()
        o.limit = 2
        #expect(try engine.run(q, o).rows == Array(all.rows.prefix(2)), "\(question)")
    }
}
