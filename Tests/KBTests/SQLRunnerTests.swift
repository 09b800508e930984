import Foundation
import GRDB
import Testing
@testable import KB

/// `kbctl sql`: reads only (an authorizer decides, not the first word), within a time limit,
/// with a message naming what is wrong.
@Suite struct SQLRunnerTests {
    static let db: String = try! Fixture.database()

    static let refused: [(name: String, sql: String)] = [
        ("fts3_tokenizer leaks a pointer", "SELECT fts3_tokenizer('simple')"),
        ("fts3_tokenizer inside a CTE", "WITH t(p) AS (SELECT fts3_tokenizer('porter')) SELECT hex(p) FROM t"),
        ("load_extension", "SELECT load_extension('/tmp/x.so')"),
        ("a checkpoint", "PRAGMA wal_checkpoint(TRUNCATE)"),
        ("a pragma assignment", "PRAGMA user_version = 7"),
        ("a journal mode change", "PRAGMA journal_mode = DELETE"),
        ("a pragma not on the read list", "PRAGMA optimize"),
        ("an encoding assignment", "PRAGMA encoding = 'UTF-16'"),
        ("writable_schema", "PRAGMA writable_schema = 1"),
        ("a write behind WITH", "WITH x AS (SELECT 1) DELETE FROM documents"),
        ("a temporary table", "SELECT 1 FROM (SELECT 1) WHERE 0; CREATE TEMP TABLE t(x)"),
        ("EXPLAIN of a write", "EXPLAIN DELETE FROM documents"),
    ]

    @Test(arguments: refused.indices)
    func refusesWhatIsNotARead(_ i: Int) throws {
        let c = Self.refused[i]
        #expect(throws: KBError.self, "\(c.name)") { try SQLRunner.run(dbPath: Self.db, sql: c.sql) }
        #expect(try SQLRunner.run(dbPath: Self.db, sql: "SELECT count(*) FROM documents").rows == [[.integer(3)]])
    }

    static let allowed: [(name: String, sql: String)] = [
        ("a view", "SELECT name FROM v_entities LIMIT 1"),
        ("a recursive CTE with an end", "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100) SELECT sum(x) FROM n"),
        ("a table's columns", "PRAGMA table_info(documents)"),
        ("a table-valued pragma", "SELECT name FROM pragma_table_info('sentences')"),
        ("the application id", "PRAGMA application_id"),
        ("full-text search", "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'missile'"),
        ("EXPLAIN QUERY PLAN", "EXPLAIN QUERY PLAN SELECT * FROM relations WHERE sentence_id = 1"),
    ]

    @Test(arguments: allowed.indices)
    func allowsReads(_ i: Int) throws {
        let c = Self.allowed[i]
        #expect(try !SQLRunner.run(dbPath: Self.db, sql: c.sql).rows.isEmpty, "\(c.name)")
    }

    @Test func fts3TokenizerIsNamed() {
        #expect(throws: KBError.forbiddenFunction(name: "fts3_tokenizer")) { try SQLRunner.run(dbPath: Self.db, sql: "SELECT fts3_tokenizer('simple')") }
    }

    /// A statement without end stops at its limit with `KBError.timeout`, in about that time.
    @Test(.timeLimit(.minutes(10)))  // a guard against hangs, not a speed test: the suite runs in parallel on 2 cores
    func stopsAtItsTimeLimit() {
        let endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"
        #expect(throws: KBError.timeout(seconds: 0.3)) { try SQLRunner.run(dbPath: Self.db, sql: endless, timeout: 0.3) }
    }

    static let parameterCases: [(name: String, sql: String, parameters: [String: String], message: String?)] = [
        ("bound", "SELECT :n + 1", ["n": "41"], nil),
        ("unbound", "SELECT :who", [:], "uses :who but no value was given"),
        ("unused", "SELECT 1", ["who": "x"], "'--param who=…' is not used"),
        ("anonymous", "SELECT ?", [:], "unnamed parameter"),
        ("several statements", "SELECT 1; SELECT 2", [:], "one statement at a time"),
        ("several statements after a comment", "SELECT 1; -- fine\n DELETE FROM documents", [:], "one statement at a time"),
        ("only a comment", "-- nothing", [:], "no SQL statement"),
        ("a trailing semicolon and comment", "SELECT 1; -- done", [:], nil),
    ]

    /// Values bind as text, so codes keep their zeros; names given as numbers bind as integers.
    @Test func parametersBindAsTextUnlessNumbers() throws {
        let t = try SQLRunner.run(dbPath: Self.db, sql: "SELECT :c, typeof(:c), :n, typeof(:n)", parameters: ["c": "06", "n": "06"], numbers: ["n"])
        #expect(t.rows == [[.text("06"), .text("text"), .integer(6), .text("integer")]])
    }

    @Test(arguments: parameterCases.indices)
    func parametersAndStatements(_ i: Int) throws {
        let c = Self.parameterCases[i]
        do {
            _ = try SQLRunner.run(dbPath: Self.db, sql: c.sql, parameters: c.parameters)
            #expect(c.message == nil, "\(c.name): ran")
        } catch let e as KBError {
            #expect(c.message.map { e.description.contains($0) } == true, "\(c.name): \(e.description)")
        }
    }

    /// A value over SQLite's size limit is reported as that, not as damage, by the message the CLI prints.
    @Test func tooBigIsNotDamage() throws {
        do {
            _ = try SQLRunner.run(dbPath: Self.db, sql: "SELECT randomblob(2000000000)")
            Issue.record("ran")
        } catch {
            let message = try #require(KBDatabase.failureMessage(error))
            #expect(message.contains("larger than SQLite allows") && !message.contains("damaged") && !message.contains("re-ingest"), "\(message)")
        }
    }
}
