import Foundation
import Testing
@testable import KB

/// Decoding input bytes: UTF-8, UTF-16 and UTF-32 with a byte-order mark; wide text without one named.
@Suite struct LoaderTests {
    static let text = "Zürich: “Peru said no,” 北京 🚀."

    static func encoded(_ s: String, _ encoding: String.Encoding, bom: [UInt8]) -> Data {
        Data(bom) + s.data(using: encoding)!
    }

    static let decoded: [(name: String, bytes: Data)] = [
        ("UTF-8", Data(text.utf8)),
        ("UTF-8 with a mark", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)),
        ("UTF-16LE", encoded(text, .utf16LittleEndian, bom: [0xFF, 0xFE])),
        ("UTF-16BE", encoded(text, .utf16BigEndian, bom: [0xFE, 0xFF])),
        ("UTF-32LE", encoded(text, .utf32LittleEndian, bom: [0xFF, 0xFE, 0x00, 0x00])),
        ("UTF-32BE", encoded(text, .utf32BigEndian, bom: [0x00, 0x00, 0xFE, 0xFF])),
    ]

    @Test(arguments: decoded.indices)
    func decodes(_ i: Int) throws {
        let c = Self.decoded[i]
        let loaded = try Loader.decode(c.bytes, name: "a.txt")
        #expect(loaded.text == Self.text, "\(c.name)")
        #expect(loaded.warnings.isEmpty, "\(c.name)")
    }

    static let named: [(name: String, bytes: Data, error: IngestError)] = [
        ("UTF-16LE without a mark", encoded("Peru said no to the plan.", .utf16LittleEndian, bom: []),
         .wideWithoutBOM(path: "a.txt", encoding: "UTF-16LE")),
        ("UTF-16BE without a mark", encoded("Peru said no to the plan.", .utf16BigEndian, bom: []),
         .wideWithoutBOM(path: "a.txt", encoding: "UTF-16BE")),
        ("UTF-32LE without a mark", encoded("Peru said no to the plan.", .utf32LittleEndian, bom: []),
         .wideWithoutBOM(path: "a.txt", encoding: "UTF-32LE")),
        ("an ELF binary", Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0]), .binary(path: "a.txt")),
    ]

    @Test(arguments: named.indices)
    func names(_ i: Int) {
        let c = Self.named[i]
        #expect(throws: c.error, "\(c.name)") { try Loader.decode(c.bytes, name: "a.txt") }
    }

    /// A lone surrogate in UTF-16 becomes U+FFFD with a warning, like invalid UTF-8.
    @Test func badUTF16IsReplacedWithAWarning() throws {
        let loaded = try Loader.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]), name: "a.txt")
        #expect(loaded.text == "A\u{FFFD}B")
        #expect(loaded.warnings.first?.contains("invalid UTF-16LE") == true)
    }
}
