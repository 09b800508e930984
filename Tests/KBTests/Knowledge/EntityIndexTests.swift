import Foundation
import Testing
@testable import KB

/// The entity index holds exactly what compiling the lexicons gives, and is not read when it is
/// stale or damaged.
@Suite struct EntityIndexTests {
    static let indexFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/KB/Lexicons/entities.index")

    static func tables(_ k: Knowledge) -> Knowledge.EntityTables {
        Knowledge.EntityTables(entries: k.entries, byName: k.entryByName, names: k.nameLists, forms: k.forms, generated: k.generated)
    }

    /// The built-in lexicons compiled from their text, never from the index.
    static let compiled = tables(try! Knowledge(files: Embedded.lexicons.map { ($0.name, $0.text) }, index: nil))

    /// Fails when a lexicon or the code that compiles it changed and the index was not made again.
    /// `KB_UPDATE_INDEX=1` writes it (what `scripts/gen-indexes.sh` runs); rebuild after.
    @Test func indexMatchesTheLexicons() throws {
        let fresh = EntityIndex.encode(Self.compiled, digest: EntityIndex.digest(of: Embedded.lexicons))
        if ProcessInfo.processInfo.environment["KB_UPDATE_INDEX"] != nil { return try Data(fresh).write(to: Self.indexFile) }
        let embedded = Embedded.indexes.first { $0.name == "entities.index" }.flatMap { Data(base64Encoded: $0.base64) }
        #expect(embedded.map(Array.init) == fresh, "entities.index is stale: run scripts/gen-indexes.sh, then build again")
        #expect(EntityIndex.builtIn() != nil)
    }

    /// Decoding and encoding again gives the same bytes: nothing is lost on the way.
    @Test func roundTripKeepsEveryByte() throws {
        let bytes = EntityIndex.encode(Self.compiled, digest: 42)
        let decoded = try #require(try EntityIndex.decode(bytes, digest: 42))
        #expect(EntityIndex.encode(decoded, digest: 42) == bytes)
        #expect(decoded.entries.count == Self.compiled.entries.count)
        #expect(decoded.generated.surnameHolders.count == Self.compiled.generated.surnameHolders.count)
    }

    static let damaged: [(id: String, change: @Sendable ([UInt8]) -> [UInt8])] = [
        ("truncated", { Array($0.prefix($0.count / 2)) }),
        ("trailing-bytes", { $0 + [0] }),
        ("empty", { _ in [] }),
        // A valid header on a scrambled body: counts and indexes out of range are refused, not trusted.
        ("scrambled-body", { Array($0.prefix(17)) + $0.dropFirst(17).reversed() }),
    ]

    @Test(arguments: damaged.indices)
    func damagedIndexIsRefused(_ i: Int) {
        let bytes = Self.damaged[i].change(EntityIndex.encode(Self.fixtureTables, digest: 7))
        #expect(throws: (any Error).self, "\(Self.damaged[i].id)") { try EntityIndex.decode(bytes, digest: 7) }
    }

    @Test func indexOfOtherFilesIsNotRead() throws {
        let bytes = EntityIndex.encode(Self.fixtureTables, digest: 7)
        #expect(try EntityIndex.decode(bytes, digest: 8) == nil)
        var otherFormat = bytes
        otherFormat[8] = UInt8(EntityIndex.format + 1)
        #expect(try EntityIndex.decode(otherFormat, digest: 7) == nil)
    }

    /// The digest changes with any entity lexicon, and not with a lexicon the index does not read.
    @Test func digestFollowsTheFilesThatFeedIt() {
        let files: [(name: String, text: String, digest: UInt64)] = [("countries.tsv", "", 1), ("titles.tsv", "", 2), ("geo-places.tsv", "", 3)]
        let base = EntityIndex.digest(of: files)
        var changed = files
        changed[0].digest = 9
        #expect(EntityIndex.digest(of: changed) != base)
        changed = files
        changed[1].digest = 9
        #expect(EntityIndex.digest(of: changed) == base)
    }

    // MARK: a small world, compiled and read back

    static let fixtureFiles: [(name: String, text: String)] = [
        ("words.tsv", "# columns: word\tclass\nthe\tfunction\n"),
        ("countries.tsv", "# columns: name\taliases\tdemonyms\tcapitals\nVaronia\t\tVaronian\tKestel\n"),
        ("organizations.tsv", "# columns: name\ttype\taliases\nNorth Sea Pact\tORGANIZATION\tNSP\n"),
        ("phoenix-people.tsv", "# columns: name\taliases\tcountry\trole_code\trole\tstart\tend\nIlse Maravin\t\tVaronia\tGOV\tpresident\t2001-01-01\t2009-12-31\n"),
        ("geo-places.tsv", "# columns: name\ttype\tcountry\tpopulation\taliases\tcode\tflags\nPort Aldane\tcity\tVaronia\t5000\t\t\t\n"),
    ]
    static let fixture = try! Knowledge(files: fixtureFiles)
    static var fixtureTables: Knowledge.EntityTables { tables(fixture) }

    static let phrases: [(id: String, text: String, entity: String?)] = [
        ("country", "Varonia", "Varonia"),
        ("demonym", "Varonian", "Varonia"),
        ("capital", "Kestel", "Varonia"),
        ("acronym", "NSP", "North Sea Pact"),
        ("generated-person", "Ilse Maravin", "Ilse Maravin"),
        ("generated-place", "Port Aldane", "Port Aldane"),
        ("unknown", "Lake Orvo", nil),
    ]

    /// Knowledge made from the decoded index finds what knowledge compiled from text finds.
    @Test(arguments: phrases.indices)
    func indexedKnowledgeMatchesLikeCompiled(_ i: Int) throws {
        let p = Self.phrases[i]
        let bytes = EntityIndex.encode(Self.fixtureTables, digest: 1)
        let tables: Knowledge.EntityTables = try #require(try EntityIndex.decode(bytes, digest: 1))
        let indexed = try Knowledge(files: Self.fixtureFiles, index: tables)
        for k in [Self.fixture, indexed] {
            let tokens = k.tokenizer.tokenize(Array(p.text.unicodeScalars))
            let found = k.forms.longestMatch(in: tokens, at: 0).map { k.entries[$0.value.entry].name }
            #expect(found == p.entity, "\(p.id)")
        }
        let e = try #require(indexed.entryByName["ilse maravin"])
        #expect(indexed.generated.offices(of: e).map(\.role) == ["president"])
        #expect(indexed.generated.offices(of: e).first?.covers("2005-01-01") == true)
        let varonia = try #require(indexed.entryByName["varonia"])
        #expect(indexed.names(of: varonia) == Self.fixture.names(of: varonia))
        #expect(indexed.names(of: varonia) == ["Varonia"])
    }
}
