import Foundation
import Testing
@testable import KB

/// The tagger's index holds exactly the model its text gives, and tags as the text model does.
@Suite struct TaggerIndexTests {
    static let indexFile = EntityIndexTests.indexFile.deletingLastPathComponent().appendingPathComponent("tagger.index")
    static let model = Embedded.models.first { $0.name == "tagger.tagger" }!
    /// The model parsed from its text, never from the index.
    static let parsed = try! TaggerModel(text: model.text)

    /// Fails when `tagger.tagger` or the code that reads it changed and the index was not made
    /// again. `KB_UPDATE_INDEX=1` writes it (what `scripts/gen-indexes.sh` runs); rebuild after.
    @Test func indexMatchesTheModel() throws {
        let fresh = Self.parsed.encodeIndex(digest: Self.model.digest)
        if ProcessInfo.processInfo.environment["KB_UPDATE_INDEX"] != nil { return try Data(fresh).write(to: Self.indexFile) }
        let embedded = Embedded.indexes.first { $0.name == "tagger.index" }.flatMap { Data(base64Encoded: $0.base64) }
        #expect(embedded.map(Array.init) == fresh, "tagger.index is stale: run scripts/gen-indexes.sh, then build again")
        #expect(TaggerModel.builtInIndex() != nil)
    }

    @Test func roundTripKeepsEveryWeight() throws {
        let bytes = Self.parsed.encodeIndex(digest: 5)
        let decoded = try #require(try TaggerModel(index: bytes, digest: 5))
        #expect(decoded.encodeIndex(digest: 5) == bytes)
        #expect(decoded.entryWeight.map(\.bitPattern) == Self.parsed.entryWeight.map(\.bitPattern))
        #expect(decoded.rowStart == Self.parsed.rowStart && decoded.tagValue == Self.parsed.tagValue)
    }

    static let sentences = [
        "Kenya's foreign minister warned on Tuesday that the talks could collapse.",
        "“We will not accept this,” said Ingrid Solvang, a spokeswoman for the Nordic Council.",
        "Peru cannot veto the 1987 INF Treaty; the U.S. said so in 2019.",
    ]

    @Test(arguments: sentences)
    func indexedModelTagsAsTheText(_ text: String) throws {
        let indexed = try #require(try TaggerModel(index: Self.parsed.encodeIndex(digest: 5), digest: 5))
        var a = Knowledge.builtIn.tokenizer.tokenize(Array(text.unicodeScalars))
        var b = a
        Tagger(model: Self.parsed).tag(&a)
        Tagger(model: indexed).tag(&b)
        #expect(a.map(\.tag) == b.map(\.tag))
        #expect(!a.allSatisfy { $0.tag == .none })
    }

    static let damaged: [(id: String, change: @Sendable ([UInt8]) -> [UInt8])] = [
        ("truncated", { Array($0.prefix($0.count / 2)) }),
        ("trailing-bytes", { $0 + [0] }),
        ("scrambled-body", { Array($0.prefix(17)) + $0.dropFirst(17).reversed() }),
    ]

    @Test(arguments: damaged.indices)
    func damagedIndexIsRefused(_ i: Int) {
        let bytes = Self.damaged[i].change(Self.parsed.encodeIndex(digest: 5))
        #expect(throws: (any Error).self, "\(Self.damaged[i].id)") { try TaggerModel(index: bytes, digest: 5) }
    }

    @Test func indexOfAnotherModelIsNotRead() throws {
        #expect(try TaggerModel(index: Self.parsed.encodeIndex(digest: 5), digest: 6) == nil)
    }
}
