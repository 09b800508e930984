import Foundation
import Testing
@testable import KB

/// The generated people lexicon alone, with a fixture file: a bare surname is the holder in office
/// at the document's date, only when exactly one is and the document names nobody else with it.
@Suite struct OfficeHolderTests {
    static let people = """
        # columns: name\taliases\tcountry\trole_code\trole\tstart\tend
        Arvid Kolmark\t\tSweden\tGOV\tprime minister\t2001-01-01\t2006-12-31
        Berit Kolmark\t\tSweden\tELI\t\t1990-01-01\t
        Jonas Tarvo\t\tFinland\tGOV\tpresident\t2003-03-01\t2009-02-28
        Liisa Tarvo\t\tEstonia\tGOVFRN\tforeign minister\t2005-01-01\t2010-01-01
        """
    static let knowledge: Knowledge = {
        let real = Embedded.lexicons.filter { ["countries.tsv", "titles.tsv", "words.tsv", "cues.tsv"].contains($0.name) }
        return try! Knowledge(files: real.map { ($0.name, $0.text) } + [("phoenix-people.tsv", people)])
    }()

    func person(_ text: String) -> [String] {
        let doc = Pipeline(knowledge: Self.knowledge).analyze(raw: text, format: .text, source: "test")
        return doc.entities.filter { $0.type == .person }.map(\.name)
    }

    static let cases: [(id: String, text: String, expected: [String])] = [
        ("in-office-at-date", "March 3, 2004\n\nKolmark said the budget would pass.", ["Arvid Kolmark"]),
        ("elite-is-not-office", "March 3, 2008\n\nKolmark said the budget would pass.", []),
        ("no-date-no-guess", "Kolmark said the budget would pass.", []),
        ("two-in-office", "June 1, 2006\n\nTarvo said the border was calm.", []),
        ("one-left-office", "June 1, 2009\n\nTarvo said the border was calm.", ["Liisa Tarvo"]),
        ("document-names-its-own", "March 3, 2004\n\nSenator Eva Kolmark spoke. Kolmark said the budget would pass.", ["Eva Kolmark"]),
        ("full-name-matches", "Arvid Kolmark was in the region last week.", ["Arvid Kolmark"]),
    ]

    @Test(arguments: cases.indices)
    func surnameResolvesByDate(_ i: Int) {
        let c = Self.cases[i]
        #expect(person(c.text) == c.expected, "\(c.id): \(person(c.text))")
    }

    @Test func officesKeepTheirDates() throws {
        let k = Self.knowledge
        let e = try #require(k.entryByName["jonas tarvo"])
        let offices = k.generated.offices(of: e)
        #expect(offices.count == 1)
        #expect(offices.first?.covers("2005-06-01") == true)
        #expect(offices.first?.covers("2010-06-01") == false)
    }

    /// The real generated lexicons load, and a hand-kept entry wins over a generated one of the same name.
    @Test func realGeneratedLexiconsLoad() throws {
        let k = Knowledge.builtIn
        #expect(k.generated.surnameHolders.count > 5000)
        #expect(k.generated.geoHeads["strait"] == "water")
        #expect(k.entries.filter { $0.type == .location }.count > 5000)
        let clinton = try #require(k.entryByName["hillary clinton"])
        #expect(k.entries[clinton].type == .person)
    }
}

/// "who is defense minister" finds every spelling of the office by its class.
@Suite struct RoleClassQueryTests {
    @Test func whoIsMatchesTheClass() throws {
        let dir = TestTemp.dir + "kbctl-roleclass-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = dir + "/a.txt"
        try "Canadian Defence Secretary Marc Tremblay met Defense Minister Ana Ortiz of Chile in Ottawa.\n".write(toFile: file, atomically: true, encoding: .utf8)
        let path = dir + "/kb.db"
        _ = try Ingester(dbPath: path).ingest([file])
        let engine = QueryEngine(dbPath: path)
        let q = try Question.parse("who is defense minister", predicate: engine.predicate(for:))
        let text2 = OutputFormatter.render(try engine.run(q, QueryOptions()), as: .tsv)
        #expect(text2.contains("Marc Tremblay: defence secretary"), "\(text2)")
        #expect(text2.contains("Ana Ortiz: defense minister"), "\(text2)")
    }
}
