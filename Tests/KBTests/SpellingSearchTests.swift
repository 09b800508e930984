import Foundation
import Testing
@testable import KB

/// `kbctl search` finds a word in its US and UK spellings (`spelling.tsv`), both ways.
@Suite struct SpellingSearchTests {
    /// Invented sentences, one spelling each.
    static let db: String = {
        let dir = TestTemp.dir + "kbctl-spelling-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let texts = [
            "uk.txt": "Norland raised its missile defence budget.\n\nThe minister wanted to organise talks in the centre of Vell.",
            "us.txt": "Osterra praised the missile defense shield.\n\nThe envoy hoped to organize a summit at the center of Brask.",
        ]
        for (name, text) in texts { try! text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        let path = dir + "/kb.db"
        _ = try! Ingester(dbPath: path).ingest([dir])
        return path
    }()

    static let cases: [(name: String, text: String, found: [String])] = [
        ("UK spelling finds both", "missile defence", ["defence", "defense"]),
        ("US spelling finds both", "missile defense", ["defence", "defense"]),
        ("-ise and -ize", "organise", ["organise", "organize"]),
        ("-re and -er", "center", ["centre", "center"]),
        ("a word with one spelling", "budget", ["budget"]),
        ("a dropped pair stays apart", "program", []),
    ]

    @Test(arguments: cases.indices)
    func findsBothSpellings(_ i: Int) throws {
        let c = Self.cases[i]
        let snippets = try Search.run(dbPath: Self.db, text: c.text).column("snippet").map(\.description)
        let marked = Set(c.found.filter { w in snippets.contains { $0.lowercased().contains("[\(w)]") } })
        #expect(marked == Set(c.found), "\(c.name): \(snippets)")
        #expect(snippets.count == Set(c.found).count, "\(c.name): \(snippets)")
    }

    @Test func theQueryORsTheSpellings() throws {
        #expect(try Search.wordsQuery("Defence budget") == "(\"Defence\" OR \"defense\") AND \"budget\"")
        #expect(Search.spellings["colour"] == ["color"] && Search.spellings["color"] == ["colour"])
        #expect(Search.spellings["tire"] == nil, "tyre/tire is dropped: to tire is another word")
    }
}
