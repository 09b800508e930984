import Foundation

/// A question in kbctl's small query grammar, parsed from what the user typed.
public enum Question: Equatable, Sendable {
    /// "who threatens whom", "who opposes Russia", "whom does Iran threaten", "Russia threaten ?".
    case relations(predicate: String?, subject: String?, object: String?)
    /// "who said what", "what did Kerry say".
    case statements(speaker: String?)
    /// "quotes": direct quotations only.
    case quotes
    /// "who is Lavrov", "about NATO".
    case profile(String)
    /// "who is who": people and their offices.
    case roles
    /// "entities", "entities of type person".
    case entities(type: String?)
    /// "timeline": documents in date order.
    case timeline

    /// Every canned question with an example, for `--list` and did-you-mean.
    public static let catalog: [(form: String, example: String)] = [
        ("who threatens whom", "who threatens whom"),
        ("who <verb> whom", "who opposes whom"),
        ("who <verb> <name>", "who threatens Russia"),
        ("whom does <name> <verb>", "whom does Iran threaten"),
        ("who said what", "who said what"),
        ("what did <name> say", "what did Kerry say"),
        ("quotes", "quotes"),
        ("who is <name>", "who is NATO"),
        ("about <name>", "about Iran"),
        ("who is who", "who is who"),
        ("entities [of type <type>]", "entities of type person"),
        ("timeline", "timeline"),
        ("<subject|?> <verb|?> <object|?>", "Russia threaten ?"),
    ]

    /// Parses a question; `predicate(for:)` maps a verb in any inflection to its canonical predicate.
    public static func parse(_ raw: String, predicate: (String) -> String?) throws -> Question {
        var q = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        while q.hasSuffix("?") && q.count > 1 && !q.hasSuffix(" ?") { q.removeLast() }
        let lower = q.lowercased()
        let words = lower.split(separator: " ").map(String.init)
        let original = q.split(separator: " ").map(String.init)
        func unquote(_ s: String) -> String { s.trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")) }
        func join(_ from: Int, _ to: Int) -> String { from < to ? unquote(original[from..<to].joined(separator: " ")) : "" }

        switch lower {
        case "who said what", "statements", "who says what": return .statements(speaker: nil)
        case "quotes", "who said what in quotes": return .quotes
        case "who is who", "roles", "who's who": return .roles
        case "timeline": return .timeline
        case "entities": return .entities(type: nil)
        case "threats", "who threatens whom", "who threatened whom": return .relations(predicate: "threaten", subject: nil, object: nil)
        default: break
        }
        if words.count >= 4, words[0] == "entities", words[1] == "of", words[2] == "type" { return .entities(type: words[3].uppercased()) }
        if words.count >= 2, words[0] == "entities" { return .entities(type: words[1].uppercased()) }
        if words.count >= 4, words[0] == "what", words[1] == "did" || words[1] == "does", words.last == "say" || words.last == "said" {
            return .statements(speaker: join(2, words.count - 1))
        }
        if words.count >= 2, words[0] == "about" { return .profile(join(1, words.count)) }
        if words.count >= 3, words[0] == "who" || words[0] == "what", words[1] == "is" { return .profile(join(2, words.count)) }
        if words.count >= 4, words[0] == "whom" || words[0] == "who" || words[0] == "what", words[1] == "does" || words[1] == "did",
           let p = predicate(words.last!) {
            return .relations(predicate: p, subject: join(2, words.count - 1), object: nil)
        }
        if words.count >= 3, words[0] == "who", let p = predicate(words[1]) {
            let object = join(2, words.count)
            return .relations(predicate: p, subject: nil, object: ["whom", "what", "who"].contains(object.lowercased()) ? nil : object)
        }
        if let triple = triple(q, predicate: predicate) { return triple }
        throw KBError.unknownQuestion(question: raw, suggestions: suggestions(for: lower))
    }

    /// `S P O` with `?` for any and quotes around names of several words.
    static func triple(_ q: String, predicate: (String) -> String?) -> Question? {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in q {
            if let open = quote {
                if c == open { parts.append(current); current = ""; quote = nil } else { current.append(c) }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == " " {
                if !current.isEmpty { parts.append(current); current = "" }
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { parts.append(current) }
        guard parts.count == 3, parts.contains("?") else { return nil }
        let p: String?
        if parts[1] == "?" { p = nil } else if let known = predicate(parts[1].lowercased()) { p = known } else { return nil }
        return .relations(predicate: p, subject: parts[0] == "?" ? nil : parts[0], object: parts[2] == "?" ? nil : parts[2])
    }

    /// The catalog's examples closest to what was typed.
    static func suggestions(for q: String) -> [String] {
        let scored = catalog.map { ($0.example, editDistance(q, $0.example)) }.sorted { $0.1 < $1.1 }
        return scored.prefix(3).filter { $0.1 <= max(4, q.count / 2) }.map(\.0)
    }
}

/// Levenshtein distance over characters, for did-you-mean.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
        var prev = row[0]
        row[0] = i
        for j in 1...max(1, b.count) where !b.isEmpty {
            let tmp = row[j]
            row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
            prev = tmp
        }
    }
    return row[b.count]
}
