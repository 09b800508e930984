import GRDB
import Testing
@testable import KB

/// What the CLI prints for an SQLite failure: only corruption is called damage.
@Suite struct KBErrorTests {
    static let cases: [(code: ResultCode, says: String, damage: Bool)] = [
        (.SQLITE_CORRUPT, "restore it from a backup", true),
        (.SQLITE_NOTADB, "restore it from a backup", true),
        (.SQLITE_FULL, "the disk is full", false),
        (.SQLITE_TOOBIG, "larger than SQLite allows", false),
        (.SQLITE_NOMEM, "out of memory", false),
        (.SQLITE_BUSY, "try again", false),
    ]

    @Test(arguments: cases.indices)
    func failureMessages(_ i: Int) throws {
        let c = Self.cases[i]
        let message = try #require(KBDatabase.failureMessage(DatabaseError(resultCode: c.code, message: "x")))
        #expect(message.contains(c.says), "\(c.code): \(message)")
        #expect(message.contains("damaged") == c.damage, "\(c.code): \(message)")
        #expect(message.contains("re-ingest") == c.damage, "\(c.code): \(message)")
    }

    @Test func notSQLitesFailureHasNoMessage() {
        #expect(KBDatabase.failureMessage(KBError.badArgument("x")) == nil)
    }
}
