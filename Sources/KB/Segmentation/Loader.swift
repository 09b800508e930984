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
        // Through a buffer: iterating `Data` byte by byte cost more than decoding the file.
        data.prefix(8192).withUnsafeBytes { head in
            var control = 0
            for b in head {
                if b == 0 { return true }
                if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C { control += 1 }
            }
            return control * 10 > head.count
        }
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

/// What a folder holds for an ingest: the article files it reads, and what it leaves out and why.
/// The same walk as `Ingester.expand` (recursive; files named by extension; a file whose name
/// starts with "." is hidden), so that what is said here is what the ingest did.
public struct FolderScan: Sendable, Equatable {
    public var folder: String
    /// The article files, sorted, as paths under `folder`.
    public var files: [String] = []
    /// Files whose name starts with ".", left out.
    public var hidden = 0
    /// Files with another extension, left out: count by lower-cased extension ("" for none).
    public var otherExtensions: [String: Int] = [:]

    /// The scan of `path`, or nil when it is not a folder.
    public static func scan(_ path: String) -> FolderScan? {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard path != "-", fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { return nil }
        var scan = FolderScan(folder: path)
        for case let rel as String in fm.enumerator(atPath: path) ?? FileManager.DirectoryEnumerator() {
            let full = (path as NSString).appendingPathComponent(rel)
            let ext = (rel as NSString).pathExtension.lowercased()
            let article = Loader.articleExtensions.contains(ext)
            var sub: ObjCBool = false
            // Folders are walked, not counted (one named like an article is the ingest's to report).
            if !article, fm.fileExists(atPath: full, isDirectory: &sub), sub.boolValue { continue }
            if (rel as NSString).lastPathComponent.hasPrefix(".") {
                scan.hidden += 1
            } else if article {
                scan.files.append(full)
            } else {
                scan.otherExtensions[ext, default: 0] += 1
            }
        }
        scan.files.sort()
        return scan
    }

    /// The extensions a folder ingest reads, for messages: ".htm, .html, .markdown, .md, .text, .txt".
    public static var readExtensions: String { Loader.articleExtensions.sorted().map { "." + $0 }.joined(separator: ", ") }

    /// What was left out, or nil when nothing was: "3 with other extensions (2 .pdf, 1 without one), 2 hidden".
    public var leftOut: String? {
        var parts: [String] = []
        let other = otherExtensions.values.reduce(0, +)
        if other > 0 {
            // Most frequent first, then by name; files without an extension last.
            let byExt = otherExtensions.sorted { a, b in
                a.key.isEmpty != b.key.isEmpty ? b.key.isEmpty : a.value != b.value ? a.value > b.value : a.key < b.key
            }.map { "\($0.value) \($0.key.isEmpty ? "without one" : "." + $0.key)" }
            parts.append("\(other) with other extensions (\(byExt.joined(separator: ", ")))")
        }
        if hidden > 0 { parts.append("\(hidden) hidden (name starts with \".\")") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// One line for the end of an ingest: what the folder gave and what it left out, or that it
    /// gave nothing. Nil when the folder had articles and nothing else.
    public var note: String? {
        if files.isEmpty {
            return "\(folder): no article files in this folder\(leftOut.map { " (left out: \($0))" } ?? ""); "
                + "kbctl reads \(Self.readExtensions). Nothing to ingest."
        }
        guard let leftOut else { return nil }
        return "\(folder): \(files.count) article file(s) read; left out \(leftOut). kbctl reads \(Self.readExtensions)."
    }
}
