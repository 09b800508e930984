import Foundation

/// Reads an input file (or standard input) into text: sniffs binaries, decodes UTF-8 and
/// tells the format from the extension or, for standard input, from the content.
public enum Loader {
    /// The file extensions a folder is searched for.
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm"]

    /// Loaded text plus what went wrong on the way that the user should hear about.
    public struct Loaded: Sendable {
        public var text: String
        public var format: SourceFormat
        public var warnings: [String]
    }

    /// Decodes bytes; `name` is the path or "-" for standard input. UTF-8 (with or without a byte-order
    /// mark) and UTF-16 or UTF-32 with a byte-order mark are read; UTF-16/32 without one is named, not
    /// taken for a binary file.
    public static func decode(_ data: Data, name: String) throws -> Loaded {
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw IngestError.empty(path: name)
        }
        var warnings: [String] = []
        if let (text, encoding, replaced) = WideText.decodeWithBOM(data) {
            if replaced > 0 {
                warnings.append("\(name): \(replaced) invalid \(encoding) code unit(s) were replaced with U+FFFD. Re-save the file as UTF-8 to keep them.")
            }
            return Loaded(text: text, format: format(of: name, text: text), warnings: warnings)
        }
        if let encoding = WideText.sniffWithoutBOM(data) { throw IngestError.wideWithoutBOM(path: name, encoding: encoding) }
        if looksBinary(data) { throw IngestError.binary(path: name) }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text: String
        if let strict = String(data: bytes, encoding: .utf8) {
            text = strict
        } else {
            let offset = firstInvalidUTF8(bytes) ?? 0
            warnings.append("\(name): invalid UTF-8 at byte \(offset); undecodable bytes were replaced with U+FFFD. Re-save the file as UTF-8 to keep them.")
            text = String(decoding: bytes, as: UTF8.self)
        }
        return Loaded(text: text, format: format(of: name, text: text), warnings: warnings)
    }

    /// The format from the extension, or from the content when there is none.
    public static func format(of name: String, text: String) -> SourceFormat {
        switch (name as NSString).pathExtension.lowercased() {
        case "html", "htm": return .html
        case "md", "markdown": return .markdown
        case "txt", "text": return .text
        default:
            let head = text.prefix(2048).lowercased()
            if head.contains("<html") || head.contains("<body") || head.contains("<p>") || head.contains("<!doctype html") { return .html }
            return .text
        }
    }

    /// A NUL byte or many control characters in the first 8 KiB: not an article.
    static func looksBinary(_ data: Data) -> Bool {
        let head = data.prefix(8192)
        var control = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C { control += 1 }
        }
        return control * 10 > head.count
    }

    /// The byte offset of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(_ data: Data) -> Int? {
        let b = [UInt8](data)
        var i = 0
        while i < b.count {
            let c = b[i]
            let n: Int
            if c < 0x80 { n = 0 } else if c & 0xE0 == 0xC0 { n = 1 } else if c & 0xF0 == 0xE0 { n = 2 } else if c & 0xF8 == 0xF0 { n = 3 } else { return i }
            if i + n >= b.count { return i }
            var k = 1
            while k <= n { if b[i + k] & 0xC0 != 0x80 { return i }; k += 1 }
            i += n + 1
        }
        return nil
    }
}
