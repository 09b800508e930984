import Foundation
import GRDB

/// Facts about the whole file, in the `meta` table (migration 0007).
extension KBDatabase {
    /// The `meta` key of the lexicon version the articles were extracted with.
    static let lexiconVersionKey = "lexicon_version"

    /// The lexicon version recorded in the database, nil when none is (a file from before 0007
    /// that no ingest has written to since).
    public static func lexiconVersion(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [lexiconVersionKey])
    }

    /// Records `version` as the database's lexicon version when none is recorded, or always with
    /// `replace` (after every document was re-extracted with it). Returns the version recorded
    /// before when it differs from `version`, so that the caller can warn.
    @discardableResult
    static func recordLexiconVersion(_ db: Database, _ version: String, replace: Bool = false) throws -> String? {
        let before = try lexiconVersion(db)
        if before == nil || replace {
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [lexiconVersionKey, version])
        }
        return before.flatMap { $0 == version ? nil : $0 }
    }

    /// The warning an ingest gives when it extracts with lexicons other than the recorded ones.
    static func mixedLexiconsWarning(path: String, recorded: String, used: String) -> String {
        "'\(path)' holds articles extracted with lexicon version \(recorded); this run used \(used) (another kbctl build or "
            + "'--lexicon' folder). The database keeps \(recorded), which 'kbctl merge' compares; "
            + "'kbctl reextract --db \(path)' re-extracts every article with this run's lexicons and records \(used)."
    }
}
