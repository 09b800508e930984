import Foundation

/// Errors a user can act on; each says what was wrong, with what, and what to do.
public enum KBError: Error, CustomStringConvertible, Equatable {
    case noDatabase(path: String)
    /// The file is an SQLite database of some other program; `reason` says how kbctl told.
    case notKB(path: String, reason: String)
    /// SQLite's own check found damage; `detail` is its first findings.
    case damaged(path: String, detail: String)
    case emptyDatabase(path: String)
    case olderSchema(path: String, migrations: [String])
    case newerSchema(path: String, migrations: [String])
    case cannotOpen(path: String, reason: String)
    case readOnlySQL(statement: String)
    /// `kbctl sql` refused a function that could leak memory addresses or load code.
    case forbiddenFunction(name: String)
    case badSQL(message: String)
    /// `kbctl sql` stopped a statement that ran past its time limit.
    case timeout(seconds: Double)
    case unknownQuestion(question: String, suggestions: [String])
    case unknownEntity(name: String, suggestions: [String])
    case badArgument(String)

    public var description: String {
        switch self {
        case let .noDatabase(path):
            return "No database at '\(path)'. Create one with 'kbctl ingest --db \(path) FILE…', or point --db (or KB_DB) at an existing one."
        case let .notKB(path, reason):
            return "'\(path)' is not a kbctl database (\(reason)). Nothing was changed; pass another --db path."
        case let .damaged(path, detail):
            return "'\(path)' is damaged (SQLite's check: \(detail)). Nothing was changed. 'kbctl check --db \(path)' shows more; "
                + "restore it from a backup, or ingest the articles again into a new --db."
        case let .emptyDatabase(path):
            return "'\(path)' holds no kbctl tables yet (a new file, or an ingest stopped before it created them). Run 'kbctl ingest --db \(path) FILE…'."
        case let .olderSchema(path, migrations):
            return "'\(path)' needs migrations this kbctl has and it lacks (\(migrations.joined(separator: ", "))). Run 'kbctl ingest --db \(path) FILE…' once to bring it up to date."
        case let .newerSchema(path, migrations):
            return "'\(path)' was written by a newer kbctl (unknown migrations: \(migrations.joined(separator: ", "))). Nothing was changed; upgrade kbctl to use it."
        case let .cannotOpen(path, reason):
            return "Cannot open '\(path)': \(reason)."
        case let .readOnlySQL(statement):
            return "'kbctl sql' only reads, and this statement would write or change the connection: \(statement.prefix(80)). Use SELECT (or WITH … SELECT)."
        case let .forbiddenFunction(name):
            return "'kbctl sql' does not run \(name)(): it can expose memory addresses or load code. Nothing was run."
        case let .badSQL(message):
            return "SQL error: \(message)"
        case let .timeout(seconds):
            return "The statement was stopped after \(Self.seconds(seconds)) (the --timeout limit); nothing was changed. "
                + "Add a LIMIT or a narrower WHERE, or raise --timeout."
        case let .unknownQuestion(question, suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean: \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
            return "Unknown question \"\(question)\".\(hint) 'kbctl query --list' shows every question with an example."
        case let .unknownEntity(name, suggestions):
            let hint = suggestions.isEmpty ? "" : " Closest names: \(suggestions.joined(separator: ", "))."
            return "No entity named \"\(name)\" in this database.\(hint)"
        case let .badArgument(message):
            return message
        }
    }

    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? "\(Int(s)) s" : String(format: "%.2g s", s)
    }
}
