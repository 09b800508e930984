import Foundation
import Testing
@testable import KB

/// Exports parse back and carry provenance.
@Suite struct ExporterTests {
    static let db: String = try! Fixture.database()

    @Test func jsonLinesHaveEveryKindWithProvenance() throws {
        let lines = try Exporter.export(dbPath: Self.db, format: .jsonl).split(separator: "\n")
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        var counts: [String: Int] = [:]
        for o in objects { counts[o["kind"] as? String ?? "?", default: 0] += 1 }
        #expect(counts == ["document": 3, "sentence": 6, "entity": 7, "mention": 12, "statement": 3, "relation": 5, "role": 1])
        let relation = try #require(objects.first { $0["kind"] as? String == "relation" })
        #expect(relation["subject"] as? String == "Russia")
        #expect(relation["document_id"] as? Int == 1)
        #expect(relation["char_start"] as? Int == 0 && relation["char_end"] as? Int == 42)
        let entity = try #require(objects.first { $0["name"] as? String == "United States" })
        #expect(entity["aliases"] as? [String] == ["U.S.", "United States", "Washington"])
    }

    @Test func csvNeedsOneKindAndParsesBack() throws {
        #expect(throws: KBError.self) { try Exporter.export(dbPath: Self.db, format: .csv) }
        let rows = OutputFormatterTests.parseCSV(try Exporter.export(dbPath: Self.db, format: .csv, kinds: [.entities]))
        #expect(rows.first == ["id", "name", "type", "mentions", "documents", "aliases", "key"])
        #expect(rows.contains(["5", "Conor O'Brien", "PERSON", "1", "1", "Conor O'Brien; O'Brien", "PERSON:Conor O'Brien"]))
    }

    /// Sentences are exported with their offsets and text: a relation's char_start/char_end resolve
    /// against the export alone, without the database.
    @Test func sentencesResolveOffsetsWithoutTheDatabase() throws {
        let lines = try Exporter.export(dbPath: Self.db, format: .jsonl, kinds: [.sentences, .relations]).split(separator: "\n")
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        let sentences = Dictionary(uniqueKeysWithValues: objects.filter { $0["kind"] as? String == "sentence" }.map { ($0["id"] as! Int, $0) })
        for r in objects where r["kind"] as? String == "relation" {
            let s = try #require(sentences[r["sentence_id"] as! Int])
            #expect(s["char_start"] as? Int == r["char_start"] as? Int && s["text"] as? String == r["evidence"] as? String)
        }
        let rows = OutputFormatterTests.parseCSV(try Exporter.export(dbPath: Self.db, format: .csv, kinds: [.sentences]))
        #expect(rows.first == ["id", "document_id", "ordinal", "paragraph", "char_start", "char_end", "date", "text", "key", "document_key"])
        #expect(rows.count == 7)
    }

    @Test func csvOfSeveralKindsIsAFolder() throws {
        let dir = TestTemp.dir + "kbctl-export-\(UUID().uuidString)"
        let files = try Exporter.write(dbPath: Self.db, format: .csv, kinds: [.entities, .relations], to: dir)
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["entities.csv", "relations.csv"])
        #expect(try String(contentsOfFile: files[1], encoding: .utf8).hasPrefix("id,subject,subject_entity_id,predicate"))
    }

    @Test func graphMLHasNodesAndEdges() throws {
        let xml = try Exporter.export(dbPath: Self.db, format: .graphml)
        #expect(xml.components(separatedBy: "<node ").count - 1 == 7)
        // The rejection of "the plan" has no entity object, so it is not an edge.
        #expect(xml.components(separatedBy: "<edge ").count - 1 == 4)
        #expect(xml.contains("<edge id=\"r2\" source=\"e2\" target=\"e1\">"))
        #expect(xml.contains("Conor O'Brien said the United States opposes New START."))
        // Nodes carry a label and their aliases; edges the words that carried the predicate and whose claim it is.
        #expect(xml.contains("<data key=\"label\">Conor O'Brien</data>"))
        #expect(xml.contains("<data key=\"aliases\">U.S.; United States; Washington</data>"))
        #expect(xml.contains("<key id=\"trigger\" for=\"edge\"") && xml.contains("<key id=\"source_entity_id\" for=\"edge\""))
    }

    @Test func nTriplesAreWellFormedAndKeepNegationsApart() throws {
        let nt = try Exporter.export(dbPath: Self.db, format: .ntriples)
        let line = try Regex(#"^(<[^>\s]+>) (<[^>\s]+>) (<[^>\s]+>|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]+>)?) \.$"#)
        for l in nt.split(separator: "\n") { #expect(l.wholeMatch(of: line) != nil, "\(l)") }
        let russia = "<urn:kbctl:entity:COUNTRY:Russia>", nato = "<urn:kbctl:entity:ORGANIZATION:NATO>"
        #expect(nt.contains("\(russia) <urn:kbctl:vocab#threaten> \(nato) ."))
        // "NATO does not threaten Russia" stays a reified negated claim, never a plain triple.
        #expect(!nt.contains("\(nato) <urn:kbctl:vocab#threaten> \(russia) ."))
        let negated = try Regex(#"<urn:kbctl:relation:[0-9a-f]{64}/[0-9]+/[0-9]+> <urn:kbctl:vocab#polarity> "negated" \."#)
        #expect(nt.contains(negated))
        #expect(nt.contains("<urn:kbctl:entity:PERSON:Conor%20O'Brien> <http://www.w3.org/2000/01/rdf-schema#label> \"Conor O'Brien\" ."))
    }

    /// Documents are nodes of their own, named by their sha256: the IRI every claim's `kb:document`
    /// points at has a type, a label and its metadata.
    @Test func nTriplesHaveDocumentNodes() throws {
        let nt = try Exporter.export(dbPath: Self.db, format: .ntriples)
        let doc = "<urn:kbctl:document:" + String(repeating: "0", count: 63) + "1>"
        #expect(nt.contains("\(doc) <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:kbctl:vocab#Article> ."))
        #expect(nt.contains("\(doc) <http://www.w3.org/2000/01/rdf-schema#label> \"Border tensions\" ."))
        #expect(nt.contains("\(doc) <urn:kbctl:vocab#published> \"2024-03-01\"^^<http://www.w3.org/2001/XMLSchema#date> ."))
        #expect(nt.contains("\(doc) <urn:kbctl:vocab#author> \"Ann Writer\" ."))
        #expect(nt.contains("<urn:kbctl:vocab#document> \(doc) ."))
        #expect(!nt.contains("a.txt"), "the source path differs between databases and is not exported")
    }
}
