import Foundation
import GRDB

/// Full-text search over sentences (the FTS5 index `sentences_fts`), with highlighted snippets.
public enum Search {
    /// How the search text is read.
    public enum Syntax: Sendable {
        /// Every word must occur (in any inflection the Porter stemmer folds); punctuation is ignored.
        case words
        /// The text is an FTS5 query as SQLite documents it: "exact phrase", OR, NOT, NEAR(), prefix*.
        case fts5
    }

    /// Sentences matching `text`, best match first, each with its document and a snippet that marks
    /// the matched words with `[` and `]`.
    public static func run(dbPath: String, text: String, syntax: Syntax = .words, document: Int64? = nil,
                           limit: Int? = nil) throws -> ResultTable {
        let match = syntax == .words ? wordsQuery(text) : text
        guard !match.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw KBError.badArgument("Nothing to search for in \"\(text)\": give at least one word.")
        }
        let queue = try KBDatabase.openForReading(path: dbPath)
        var args: [String: (any DatabaseValueConvertible)?] = ["match": match]
        var filter = ""
        if let document { args["document"] = document; filter = "\n  AND s.document_id = :document" }
        let sql = """
            SELECT s.document_id, coalesce(d.title, d.source) AS document, s.id AS sentence_id,
                   snippet(sentences_fts, 0, '[', ']', '…', 24) AS snippet
            FROM sentences_fts
            JOIN sentences s ON s.id = sentences_fts.rowid
            JOIN documents d ON d.id = s.document_id
            WHERE sentences_fts MATCH :match\(filter)
            ORDER BY bm25(sentences_fts), s.document_id, s.ordinal
            \(limit.map { "LIMIT \($0)" } ?? "")
            """
        return try queue.read { db in
            do {
                return try ResultTable.fetch(db, sql: sql, arguments: StatementArguments(args))
            } catch let e as DatabaseError where syntax == .fts5 && e.resultCode == .SQLITE_ERROR {
                throw KBError.badArgument(
                    "\"\(text)\" is not a valid FTS5 query (\(e.message ?? "syntax error")). Drop '--fts' to search for the words as typed.")
            }
        }
    }

    /// The words of `text` as FTS5 string literals joined by AND, so that user text never acts as
    /// FTS5 syntax (a stray quote, `NOT`, `-` or `:` would otherwise be an error or an operator).
    static func wordsQuery(_ text: String) -> String {
        var words: [String] = []
        var current = ""
        for u in text.unicodeScalars {
            if CharacterSet.alphanumerics.contains(u) { current.unicodeScalars.append(u) } else if !current.isEmpty {
                words.append(current); current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { "\"\($0)\"" }.joined(separator: " AND ")
    }
}
