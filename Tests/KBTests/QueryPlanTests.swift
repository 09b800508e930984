import Foundation
import GRDB
import Testing
@testable import KB

/// Questions about one entity read that entity's rows through indexes, whatever the size of the
/// database: no full scan of a table that grows with the articles (checked with EXPLAIN QUERY PLAN).
@Suite struct QueryPlanTests {
    static let db: String = try! Fixture.database()
    let engine = QueryEngine(dbPath: QueryPlanTests.db)

    /// The lines of the plan that read a whole table, without an index.
    func fullScans(_ question: String, _ options: QueryOptions = QueryOptions()) throws -> [String] {
        let q = try Question.parse(question, predicate: engine.predicate(for:))
        let (sql, args) = engine.compile(q, options)
        // Read-only and patient: the parameterized cases run at once, and a connection that
        // opens while another sets up the file would otherwise fail "database is locked".
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(30)
        return try DatabaseQueue(path: Self.db, configuration: config).read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: StatementArguments(args)).map { $0["detail"] as String }
                .filter { $0.hasPrefix("SCAN") && !$0.contains("USING") }
        }
    }

    @Test(arguments: ["who is Lavrov", "about the North Atlantic Treaty Organization", "who is defense minister"])
    func aProfileReadsOneEntity(_ question: String) throws {
        #expect(try fullScans(question) == [])
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
}
