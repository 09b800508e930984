import Foundation
import GRDB
import Testing
@testable import KB

@Suite struct SchemaTests {
    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("schema.sql")

    /// All migrations applied to an empty database give exactly the checked-in schema.
    @Test func migrationsMatchTheSnapshot() throws {
        let path = NSTemporaryDirectory() + "kbctl-schema-\(UUID().uuidString).db"
        let queue = try KBDatabase.openForWriting(path: path)
        let schema = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'grdb_%' ORDER BY type, name")
        }.joined(separator: ";\n") + ";\n"
        if ProcessInfo.processInfo.environment["KB_UPDATE_SCHEMA"] != nil { try schema.write(to: Self.snapshot, atomically: true, encoding: .utf8) }
        #expect(schema == (try String(contentsOf: Self.snapshot, encoding: .utf8)))
    }

    @Test func newerDatabaseIsRefused() throws {
        let path = NSTemporaryDirectory() + "kbctl-newer-\(UUID().uuidString).db"
        let queue = try KBDatabase.openForWriting(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('9999_future')") }
        #expect(throws: KBError.self) { try KBDatabase.openForWriting(path: path) }
    }

    @Test func realLexiconsHaveEveryMemberState() throws {
        let k = Knowledge.builtIn
        for name in ["United States", "Russia", "China", "Iran", "North Korea", "South Sudan", "Kosovo", "Palestine", "Taiwan", "Vatican City"] {
            #expect(k.entryByName[name.lowercased()] != nil, "\(name) missing")
        }
        #expect(k.entries.filter { $0.type == .country }.count >= 195)
    }

    /// The 193 member states of the United Nations, by ISO 3166 alpha-3 code.
    static let unMembers = """
        AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR
        CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA
        GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO
        LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC
        NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE
        SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY
        UZB VUT VEN VNM YEM ZMB ZWE
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// Every UN member state is in the real country lexicon, with a name the recogniser finds as that country.
    @Test func everyUNMemberStateIsListed() throws {
        #expect(Self.unMembers.count == 193)
        let file = try #require(Embedded.lexicons.first { $0.name == "countries.tsv" })
        let rows = try LexiconFile(name: file.name, text: file.text).records()
        let byCode = Dictionary(rows.map { ($0["iso3"], $0["name"]) }, uniquingKeysWith: { a, _ in a })
        for code in Self.unMembers {
            let name = try #require(byCode[code], "\(code) missing")
            let doc = Pipeline().analyze(raw: "Delegates from \(name) arrived.", format: .text, source: "t")
            #expect(doc.entities.contains { $0.name == name && $0.type == .country }, "\(code) \(name): \(doc.entities.map(\.name))")
        }
    }

    /// Extraction with small fixture lexicons alone: nothing from the built-in ones leaks in.
    @Test func fixtureLexiconsAlone() throws {
        let k = try Knowledge(files: [
            ("countries.tsv", "# columns: name\tiso2\tiso3\taliases\tdemonyms\tplurals\tcapitals\tseats\nRuritania\tRU\tRUR\tKingdom of Ruritania\tRuritanian\tRuritanians\tStrelsau\t\n"),
            ("titles.tsv", "# columns: role\tclass\tforms\nking\tleader\tKing\n"),
            ("cues.tsv", "# columns: lemma\tkind\tforms\nsay\tverb\tsay|says|said\n"),
        ])
        let doc = Pipeline(knowledge: k).analyze(raw: "King Rudolf Elphberg said Strelsau would stay calm. France agreed.", format: .text, source: "t")
        #expect(Set(doc.entities.map(\.name)) == ["Rudolf Elphberg", "Ruritania"])
        #expect(doc.roles.first.map { "\(doc.entities[$0.person].name) \($0.role)" } == "Rudolf Elphberg king")
        #expect(doc.statements.first?.speaker.map { doc.entities[$0].name } == "Rudolf Elphberg")
    }

    /// An ingest killed while creating the schema leaves only the migrations table: readers say
    /// so (the kill test met this), and the next ingest completes the schema.
    @Test func interruptedSchemaCreationIsReportedThenCompleted() throws {
        let path = NSTemporaryDirectory() + "kbctl-halfmade-\(UUID().uuidString).db"
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)") }
        #expect(throws: KBError.emptyDatabase(path: path)) { try KBDatabase.openForReading(path: path) }
        _ = try KBDatabase.openForWriting(path: path)
        #expect(try Checker.run(dbPath: path).ok)
    }

    /// A database of the first schema is read only after an ingest migrated it, keeping its rows.
    @Test func olderDatabaseIsMigratedByTheNextIngest() throws {
        let path = NSTemporaryDirectory() + "kbctl-old-\(UUID().uuidString).db"
        let queue = try DatabaseQueue(path: path)
        try KBDatabase.migrator().migrate(queue, upTo: "0001_initial")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO documents (id, source, format, sha256, ingested_at, text) VALUES (1, 'a', 'text', printf('%064d', 1), 'now', 'Hi.')")
            try db.execute(sql: "INSERT INTO sentences (document_id, ordinal, paragraph, char_start, char_end, text) VALUES (1, 0, 0, 0, 3, 'Hi.')")
        }
        #expect(throws: KBError.olderSchema(path: path, migrations: Array(KBDatabase.migrationNames.dropFirst()))) { try KBDatabase.openForReading(path: path) }
        _ = try KBDatabase.openForWriting(path: path)
        #expect(try SQLRunner.run(dbPath: path, sql: "SELECT text, date FROM v_sentences").rows == [[.text("Hi."), .null]])
    }

    @Test func lexiconReaderReportsBadRows() {
        #expect(throws: LexiconError.self) { try LexiconFile(name: "x.tsv", text: "a\tb\n") }
        #expect(throws: LexiconError.self) { try LexiconFile(name: "x.tsv", text: "# columns: a\nx\ty\n") }
    }

    @Test func userLexiconExtendsTheBuiltIn() throws {
        let k = try Knowledge.with(userFiles: [("organizations.tsv", "# columns: name\ttype\taliases\nNordic Defence Forum\tORGANIZATION\tNDF\n")])
        let doc = Pipeline(knowledge: k).analyze(raw: "The NDF said it was ready.", format: .text, source: "t")
        #expect(doc.entities.map(\.name) == ["Nordic Defence Forum"])
    }
}
