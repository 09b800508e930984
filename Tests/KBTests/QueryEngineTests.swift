import Foundation
import GRDB
import Testing
@testable import KB

/// Every canned question and triple pattern over the fixture database, against golden output.
@Suite struct QueryEngineTests {
    static let db: String = try! Fixture.database()
    let engine = QueryEngine(dbPath: QueryEngineTests.db)

    static func options(_ body: (inout QueryOptions) -> Void) -> QueryOptions {
        var o = QueryOptions()
        body(&o)
        return o
    }

    static let cases: [(golden: String, question: String, options: QueryOptions)] = [
        ("who-threatens-whom", "who threatens whom", QueryOptions()),
        ("who-threatened-whom-rows", "Who threatened whom?", options { $0.rows = true }),
        ("who-threatens-whom-negated", "who threatens whom", options { $0.polarity = "negated" }),
        ("who-threatens-whom-per-lavrov", "who threatens whom", options { $0.source = "Lavrov" }),
        ("who-opposes-whom", "who opposes whom", QueryOptions()),
        ("who-deployed-what", "who deployed what", QueryOptions()),
        ("who-threatens-russia", "who threatens Russia", QueryOptions()),
        ("whom-does-moscow-threaten", "whom does Moscow threaten", QueryOptions()),
        ("who-said-what", "who said what", QueryOptions()),
        ("who-said-what-since", "who said what", options { $0.since = "2024-04-01" }),
        ("who-said-what-document-1", "who said what", options { $0.document = 1; $0.evidence = true }),
        ("what-did-lavrov-say", "what did Lavrov say", QueryOptions()),
        ("what-did-obrien-say", "what did O'Brien say", QueryOptions()),
        ("quotes", "quotes", QueryOptions()),
        ("who-is-lavrov", "who is Lavrov", QueryOptions()),
        ("about-nato", "about the North Atlantic Treaty Organization", QueryOptions()),
        ("who-is-who", "who is who", QueryOptions()),
        ("entities", "entities", QueryOptions()),
        ("entities-limit-2", "entities", options { $0.limit = 2 }),
        ("entities-of-type-person", "entities of type person", QueryOptions()),
        ("timeline", "timeline", QueryOptions()),
        ("timeline-until", "timeline", options { $0.until = "2024-04-01" }),
        ("triple-russia-threaten-any", "Russia threaten ?", QueryOptions()),
        ("triple-any-oppose-new-start", "? oppose \"New START\"", QueryOptions()),
        ("triple-any-any-nato", "? ? NATO", QueryOptions()),
    ]

    @Test(arguments: cases.indices)
    func cannedQuestionMatchesGolden(_ i: Int) throws {
        let c = Self.cases[i]
        let q = try Question.parse(c.question, predicate: engine.predicate(for:))
        let text = OutputFormatter.render(try engine.run(q, c.options), as: .markdown)
        #expect(try Fixture.matchesGolden(text, c.golden + ".md"), "\(c.question):\n\(text)")
    }

    @Test func compiledSQLNeverHoldsUserText() throws {
        let evil = "Russia'; DROP TABLE entities; --"
        for question in ["who threatens \(evil)", "what did \(evil) say", "about \(evil)", "\"\(evil)\" threaten ?"] {
            let q = try Question.parse(question, predicate: engine.predicate(for:))
            var o = QueryOptions()
            o.source = evil
            let (sql, args) = engine.compile(q, o)
            #expect(!sql.contains("DROP"), "\(question)")
            #expect(args.values.contains { $0.contains("DROP") })
        }
    }

    @Test(arguments: ["who threatens Russia'; DROP TABLE entities; --", "what did \" OR 1=1 -- say", "about '; DELETE FROM aliases; --"])
    func injectionIsNotFoundAndChangesNothing(_ question: String) throws {
        let before = try SQLRunner.run(dbPath: Self.db, sql: "SELECT (SELECT count(*) FROM entities) || '/' || (SELECT count(*) FROM aliases)")
        let q = try Question.parse(question, predicate: engine.predicate(for:))
        #expect {
            try engine.run(q)
        } throws: { e in
            if case .unknownEntity = e as? KBError { return true }
            return false
        }
        #expect(try SQLRunner.run(dbPath: Self.db, sql: "SELECT (SELECT count(*) FROM entities) || '/' || (SELECT count(*) FROM aliases)") == before)
    }

    @Test func unknownNameSuggestsTheClosest() throws {
        #expect(throws: KBError.unknownEntity(name: "Lavrof", suggestions: ["Lavrov"])) {
            try engine.run(.statements(speaker: "Lavrof"))
        }
    }
}
