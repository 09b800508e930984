import Foundation
import GRDB
import Testing
@testable import KB

@Suite struct SchemaTests {
    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("schema.sql")

    /// All migrations applied to an empty database give exactly the checked-in schema.
    @Test func migrationsMatchTheSnapshot() throws {
        let path = TestTemp.dir + "kbctl-schema-\(UUID().uuidString).db"
        let queue = try KBDatabase.openForWriting(path: path)
        let schema = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'grdb_%' ORDER BY type, name")
        }.joined(separator: ";\n") + ";\n"
        if ProcessInfo.processInfo.environment["KB_UPDATE_SCHEMA"] != nil { try schema.write(to: Self.snapshot, atomically: true, encoding: .utf8) }
        #expect(schema == (try String(contentsOf: Self.snapshot, encoding: .utf8)))
    }

    @Test func newerDatabaseIsRefused() throws {
        let path = TestTemp.dir + "kbctl-newer-\(UUID().uuidString).db"
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
            ("patterns-statements.tsv", "# columns: id\tpriority\tpattern\tslots\texample\ns.1\t1\tSUBJECT CUE/verb ADJUNCT INTRO CONTENT\tspeaker=1 content=2\te\n"),
        ])
        let doc = Pipeline(knowledge: k).analyze(raw: "King Rudolf Elphberg said Strelsau would stay calm. France agreed.", format: .text, source: "t")
        #expect(Set(doc.entities.map(\.name)) == ["Rudolf Elphberg", "Ruritania"])
        #expect(doc.roles.first.map { "\(doc.entities[$0.person].name) \($0.role)" } == "Rudolf Elphberg king")
        #expect(doc.statements.first?.speaker.map { doc.entities[$0].name } == "Rudolf Elphberg")
    }

    /// An empty migrations table is another GRDB application's (kbctl creates its migrations table in
    /// the transaction of its first migration): refused, not filled with kbctl's tables.
    @Test func emptyMigrationsTableIsAnotherApplications() throws {
        let path = TestTemp.dir + "kbctl-halfmade-\(UUID().uuidString).db"
        try DatabaseQueue(path: path).write { try $0.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)") }
        #expect { try KBDatabase.openForReading(path: path) } throws: { ($0 as? KBError)?.description.contains("not a kbctl database") == true }
        #expect { try KBDatabase.openForWriting(path: path) } throws: { ($0 as? KBError)?.description.contains("migrations table is empty") == true }
    }

    /// The file says what it is: kbctl's application id, and the number of its last migration.
    @Test func applicationIDAndUserVersion() throws {
        let path = TestTemp.dir + "kbctl-id-\(UUID().uuidString).db"
        let queue = try KBDatabase.openForWriting(path: path)
        let (id, version) = try queue.read { db in
            (try Int32.fetchOne(db, sql: "PRAGMA application_id"), try Int.fetchOne(db, sql: "PRAGMA user_version"))
        }
        #expect(id == 0x4B42_4354)
        // The number in the last migration's name (numbers are reserved per branch, so they can skip).
        #expect(version == KBDatabase.migrationNames.last.flatMap { Int($0.prefix(4)) })
    }

    /// A database of the first schema is read only after an ingest migrated it, keeping its rows.
    @Test func olderDatabaseIsMigratedByTheNextIngest() throws {
        let path = TestTemp.dir + "kbctl-old-\(UUID().uuidString).db"
        let queue = try DatabaseQueue(path: path)
        try KBDatabase.migrate(queue, upTo: "0001_initial")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO documents (id, source, format, sha256, ingested_at, text) VALUES (1, 'a', 'text', printf('%064d', 1), 'now', 'Hi.')")
            try db.execute(sql: "INSERT INTO sentences (document_id, ordinal, paragraph, char_start, char_end, text) VALUES (1, 0, 0, 0, 3, 'Hi.')")
        }
        // Every migration after the first is missing.
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

    /// Every foreign key's column is found through an index: a cascading delete (`ingest --force`,
    /// `reextract`) looks up each deleted row's children, and four columns without one made deleting
    /// a document from 3,000 take 0.5 s instead of 0.003 s.
    @Test func everyForeignKeyIsIndexed() throws {
        let path = TestTemp.dir + "kbctl-fk-\(UUID().uuidString).db"
        let plans: [(table: String, column: String, plan: String)] = try KBDatabase.openForWriting(path: path).read { db in
            var plans: [(String, String, String)] = []
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")
            for table in tables {
                for column in try String.fetchAll(db, sql: "SELECT \"from\" FROM pragma_foreign_key_list(?)", arguments: [table]) {
                    let plan = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT 1 FROM \(table) WHERE \(column) = ?", arguments: [1])
                        .map { $0["detail"] as String }.joined(separator: "; ")
                    plans.append((table, column, plan))
                }
            }
            return plans
        }
        #expect(plans.count >= 15)
        for p in plans {
            // A key that is the rowid (entity_counts.entity_id) is searched as INTEGER PRIMARY KEY.
            #expect(p.plan.contains("USING INDEX") || p.plan.contains("USING COVERING INDEX") || p.plan.contains("USING PRIMARY KEY")
                        || p.plan.contains("USING INTEGER PRIMARY KEY"),
                    "\(p.table).\(p.column): \(p.plan)")
        }
        let named = Dictionary(plans.map { ("\($0.table).\($0.column)", $0.plan) }, uniquingKeysWith: { a, _ in a })
        for (column, index) in [("statements.sentence_id", "statements_by_sentence"), ("relations.sentence_id", "relations_by_sentence"),
                                ("roles.sentence_id", "roles_by_sentence"), ("relations.statement_id", "relations_by_statement")] {
            #expect(named[column]?.contains(index) == true, "\(column): \(named[column] ?? "no foreign key")")
        }
    }

    /// A database from before 0003 (no application id) is kbctl's by its tables and migrations:
    /// the next ingest migrates it and gives it the id; a view a user added does not make it foreign.
    @Test func databaseWithoutApplicationIDIsMigrated() throws {
        let path = TestTemp.dir + "kbctl-legacy-\(UUID().uuidString).db"
        let queue = try DatabaseQueue(path: path)
        try KBDatabase.migrate(queue, upTo: "0002_sentence_dates")
        try queue.write { try $0.execute(sql: "CREATE VIEW my_people AS SELECT name FROM entities WHERE type = 'PERSON'") }
        #expect(try queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == 0)
        let migrated = try KBDatabase.openForWriting(path: path)
        #expect(try migrated.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == KBDatabase.applicationID)
    }
}
