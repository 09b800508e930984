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
        let match = try syntax == .words ? wordsQuery(text) : checkedFTS(text)
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

    /// The rows `kbctl search` shows unless `--limit` says otherwise: a common word matches most
    /// sentences, and ranking and printing them all took half a second at 20,000 articles.
    public static let defaultLimit = 100

    /// At most this many distinct words (or FTS5 terms) in one search: FTS5's cost grows with the
    /// square of the number of terms (10,000 OR'ed terms took 72 s), and no question needs more.
    public static let maxTerms = 64
    /// At most this many characters of FTS5 syntax.
    public static let maxQueryLength = 4_096

    /// The other spellings of each word in `spelling.tsv` (US and UK), both ways, lower-cased.
    /// Read from the embedded file on first use only: extraction never needs it.
    static let spellings: [String: [String]] = {
        guard let text = Embedded.lexicons.first(where: { $0.name == "spelling.tsv" })?.text,
              let file = try? LexiconFile(name: "spelling.tsv", text: text) else { return [:] }
        var map: [String: [String]] = [:]
        for r in file.records() {
            map[r["uk"], default: []].append(r["us"])
            map[r["us"], default: []].append(r["uk"])
        }
        return map
    }()

    /// One word as an FTS5 term: a string literal, or its spellings OR'ed (`("defence" OR "defense")`).
    static func term(_ word: String) -> String {
        let others = spellings[word.lowercased()] ?? []
        if others.isEmpty { return "\"\(word)\"" }
        return "(" + ([word] + others).map { "\"\($0)\"" }.joined(separator: " OR ") + ")"
    }

    /// The distinct words of `text` (case folded, first spelling kept) as FTS5 string literals joined
    /// by AND, so that user text never acts as FTS5 syntax (a stray quote, `NOT`, `-` or `:` would
    /// otherwise be an error or an operator). A repeated word adds nothing to an AND. A word with a
    /// US or UK spelling of its own is looked for in both.
    static func wordsQuery(_ text: String) throws -> String {
        var words: [String] = []
        var seen: Set<String> = []
        var current = ""
        func flush() {
            if !current.isEmpty, seen.insert(current.lowercased()).inserted { words.append(current) }
            current = ""
        }
        for u in text.unicodeScalars {
            if CharacterSet.alphanumerics.contains(u) { current.unicodeScalars.append(u) } else { flush() }
            if words.count > maxTerms { break }
        }
        flush()
        if words.count > maxTerms { throw tooManyTerms() }
        return words.map(term).joined(separator: " AND ")
    }

    /// `text` as given, within the caps on length and terms (each word or quoted phrase is a term).
    static func checkedFTS(_ text: String) throws -> String {
        var terms = 0
        var word = "", inQuote = false
        func endWord() {
            if !word.isEmpty, !["AND", "OR", "NOT", "NEAR"].contains(word) { terms += 1 }
            word = ""
        }
        for u in text.unicodeScalars {
            if u == "\"" {
                endWord()
                inQuote.toggle()
                if inQuote { terms += 1 }  // a quoted phrase is one term
            } else if !inQuote, CharacterSet.alphanumerics.contains(u) {
                word.unicodeScalars.append(u)
            } else {
                endWord()
            }
        }
        endWord()
        if terms > maxTerms { throw tooManyTerms() }
        if text.count > maxQueryLength {
            throw KBError.badArgument("The FTS5 query is \(text.count) characters long; kbctl searches with at most \(maxQueryLength). Shorten it.")
        }
        return text
    }

    static func tooManyTerms() -> KBError {
        .badArgument("Too many search terms: kbctl searches with at most \(maxTerms) distinct words. Keep the words that matter, or run several searches.")
    }
}
