import Testing
@testable import KB

/// Full-text search: inflections, snippets, FTS5 syntax and hostile text.
@Suite struct SearchTests {
    static let db: String = try! Fixture.database()

    static let cases: [(text: String, syntax: Search.Syntax, sentences: [Int64])] = [
        ("threatened", .words, [1, 3]),
        ("threatening Russia", .words, [1, 3]),
        ("Iskander missile", .words, [4]),
        ("O'Brien", .words, [5]),
        ("\"; DROP TABLE sentences; --", .words, []),
        ("NOT - : ( *", .words, [3]),  // "not" is a word here, not an operator
        ("- : ( *", .words, []),
        ("threaten NOT respond", .fts5, [1, 3]),
        ("\"deploy Iskander\"", .fts5, [4]),
        ("miss*", .fts5, [4]),
    ]

    @Test(arguments: cases.indices)
    func findsTheSentences(_ i: Int) throws {
        let c = Self.cases[i]
        if c.text.contains(where: \.isLetter) {
            let t = try Search.run(dbPath: Self.db, text: c.text, syntax: c.syntax)
            #expect(Set(t.column("sentence_id")) == Set(c.sentences.map { .integer($0) }), "\(c.text)")
        } else {
            #expect(throws: KBError.self) { try Search.run(dbPath: Self.db, text: c.text, syntax: c.syntax) }
        }
    }

    @Test func snippetMarksTheMatch() throws {
        let t = try Search.run(dbPath: Self.db, text: "Iskander")
        #expect(t.column("snippet") == [.text("Moscow plans to deploy [Iskander] missiles.")])
        #expect(t.column("document") == [.text("Missiles")])
    }

    @Test func badFTSSyntaxIsAClearError() {
        #expect {
            try Search.run(dbPath: Self.db, text: "\"unbalanced", syntax: .fts5)
        } throws: { e in
            (e as? KBError)?.description.contains("not a valid FTS5 query") == true
        }
    }

    /// Repeated words are searched once; more than `maxTerms` distinct words, or OR'ed FTS5 terms,
    /// are refused at once (10,000 OR'ed terms took 72 s).
    @Test(.timeLimit(.minutes(10)))  // a guard against hangs, not a speed test: the suite runs in parallel on 2 cores
    func termsAreCappedAndRepeatsFolded() throws {
        let once = try Search.run(dbPath: Self.db, text: "threatened")
        #expect(try Search.run(dbPath: Self.db, text: Array(repeating: "threatened", count: 10_000).joined(separator: " ")) == once)
        #expect(try Search.wordsQuery("Iskander iskander ISKANDER missile") == "\"Iskander\" AND \"missile\"")
        let distinct = (0..<(Search.maxTerms + 1)).map { "w\($0)" }
        for (text, syntax) in [(distinct.joined(separator: " "), Search.Syntax.words),
                               ((0..<10_000).map { "w\($0)" }.joined(separator: " OR "), .fts5)] {
            #expect { try Search.run(dbPath: Self.db, text: text, syntax: syntax) } throws: {
                ($0 as? KBError)?.description.contains("Too many search terms") == true
            }
        }
        #expect(try Search.checkedFTS("a OR b NOT \"c d e\" NEAR(f g)") == "a OR b NOT \"c d e\" NEAR(f g)")
    }
}
