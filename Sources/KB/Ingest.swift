import Foundation
import GRDB

/// Why an input was not ingested; the message names the input and says what to do.
public enum IngestError: Error, CustomStringConvertible, Equatable {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A named pipe, device or socket: reading it could block or never end.
    case notAFile(path: String, kind: String)
    /// UTF-16 or UTF-32 text without a byte-order mark to say which.
    case wideWithoutBOM(path: String, encoding: String)
    /// The input had bytes but no text once its markup or invisible characters were removed.
    case noText(path: String, format: SourceFormat)

    public var description: String {
        switch self {
        case let .missing(path):
            if path.range(of: "^[a-zA-Z][a-zA-Z0-9+.-]*://", options: .regularExpression) != nil {
                return "\(path): is a URL; kbctl reads files, not URLs. Save the page first (curl -o article.html '\(path)') and ingest the file."
            }
            return "\(path): no such file or folder; check the path."
        case let .unreadable(path, reason): return "\(path): cannot be read (\(reason)); check its permissions."
        case let .empty(path): return "\(path): empty or only white space; nothing to ingest."
        case let .binary(path): return "\(path): looks binary (NUL or control bytes), not an article; skipped."
        case let .notAFile(path, kind):
            return "\(path): is \(kind), not a regular file; skipped. To ingest what it produces, pipe it in: 'cat \(path) | kbctl ingest -'."
        case let .wideWithoutBOM(path, encoding):
            return "\(path): looks like \(encoding) text without a byte-order mark; skipped. Re-save it as UTF-8 (or with a byte-order mark)."
        case let .noText(path, format):
            switch format {
            case .html: return "\(path): HTML with no text outside its tags, scripts, styles and comments; nothing to ingest."
            case .markdown: return "\(path): Markdown with no text once its marks are removed; nothing to ingest."
            case .text: return "\(path): no visible text (only control or invisible characters); nothing to ingest."
            }
        case let .tooLarge(path, bytes, limit):
            return "\(path): \(bytes >> 20) MB is more than one article (the limit is \(limit >> 20) MB); split it into articles or raise --max-size."
        }
    }
}

/// What one `ingest` or `reextract` run did.
public struct IngestReport: Sendable {
    public var added = 0
    public var replaced = 0
    public var unchanged: [String] = []
    public var skipped: [String] = []
    public var warnings: [String] = []
    public var sentences = 0
    public var mentions = 0
    public var statements = 0
    public var relations = 0
    public var roles = 0
    /// Distinct entities in the database after the run.
    public var entities = 0

    /// One summary line for the end of a run.
    public var summary: String {
        "\(added + replaced) document(s) ingested (\(added) new, \(replaced) re-extracted), \(unchanged.count) unchanged, "
            + "\(skipped.count) skipped; \(sentences) sentences, \(mentions) mentions, \(statements) statements, "
            + "\(relations) relations, \(roles) roles; \(entities) entities in the database."
    }
}

/// Ingests articles into a kbctl database. Documents are read, decoded and analysed on `jobs`
/// threads and stored by one writer in input order, many to a transaction with a savepoint each
/// (`BatchWriter`): the database is the same as when each document has its own transaction.
public struct Ingester {
    public let dbPath: String
    public let pipeline: Pipeline
    /// Inputs larger than this are skipped unread: memory and time per document stay bounded.
    public var maxBytes: Int
    /// Threads that read and analyse documents (the writer is the calling thread).
    public var jobs: Int
    /// Documents per transaction (1: one transaction each, as before batching).
    public var batchSize = BatchWriter.defaultBatchSize

    /// The default limit on one input: 2 MB, twenty times the longest news article, so that one
    /// input stays under 200 MB of memory (a 2 MB text peaks near 170 MB, a 4 MB one near 260 MB:
    /// the analysis keeps every token of a document). `--max-size` raises it for a longer text.
    public static let defaultMaxBytes = 2 << 20

    /// The default number of analysing threads: one per core.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    public init(dbPath: String, knowledge: Knowledge = .builtIn, maxBytes: Int = Ingester.defaultMaxBytes, jobs: Int = Ingester.defaultJobs) {
        self.dbPath = dbPath
        self.pipeline = Pipeline(knowledge: knowledge)
        self.maxBytes = maxBytes
        self.jobs = max(1, jobs)
    }

    /// The article files named by `inputs`: files as given, folders searched recursively by extension.
    public static func expand(_ inputs: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        let fm = FileManager.default
        for input in inputs {
            if input == "-" { files.append(input); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDir) else { missing.append(input); continue }
            if !isDir.boolValue { files.append(input); continue }
            var found: [String] = []
            if let e = fm.enumerator(atPath: input) {
                for case let rel as String in e where Loader.articleExtensions.contains((rel as NSString).pathExtension.lowercased()) {
                    if !(rel as NSString).lastPathComponent.hasPrefix(".") { found.append((input as NSString).appendingPathComponent(rel)) }
                }
            }
            files += found.sorted()
        }
        return (files, missing)
    }

    /// Ingests every input; a bad input is reported and skipped, the others still land.
    public func ingest(_ inputs: [String], force: Bool = false, readStdin: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() },
                       progress: ((Int, Int, String) -> Void)? = nil) throws -> IngestReport {
        let report = try ingestOpen(inputs, force: force, readStdin: readStdin, progress: progress)
        // The connection is closed now, its log folded into the file: the next ingest need not check it whole.
        VerifiedFiles.record(dbPath)
        return report
    }

    /// `ingest` itself; every connection it opened is closed when it returns.
    private func ingestOpen(_ inputs: [String], force: Bool, readStdin: () -> Data, progress: ((Int, Int, String) -> Void)?) throws -> IngestReport {
        let queue = try KBDatabase.openForWriting(path: dbPath)
        let (files, missing) = Self.expand(inputs)
        var report = IngestReport()
        let used = pipeline.knowledge.version
        if let recorded = try queue.write({ try KBDatabase.recordLexiconVersion($0, used) }) {
            report.warnings.append(KBDatabase.mixedLexiconsWarning(path: dbPath, recorded: recorded, used: used))
        }
        report.skipped = missing.map { IngestError.missing(path: $0).description }
        // Standard input is read here, in input order, so that workers only ever read files.
        var stdin: [Int: Data] = [:]
        for (n, path) in files.enumerated() where path == "-" { stdin[n] = readStdin() }
        let (pipeline, maxBytes) = (self.pipeline, self.maxBytes)
        let window = OrderedWindow(count: files.count, jobs: jobs) { [stdin] n in
            Self.prepare(files[n], stdin: stdin[n], pipeline: pipeline, maxBytes: maxBytes)
        }
        defer { window.cancel() }
        var batch = Batch(writer: BatchWriter(queue: queue), size: batchSize, force: force, background: jobs > 1)
        defer { batch.abandon() }
        for (n, path) in files.enumerated() {
            progress?(n + 1, files.count, path)
            let prepared = window.next()
            report.warnings += prepared.warnings
            switch prepared.result {
            case let .success(rows): try batch.add(rows, report: &report)
            case let .failure(error): report.skipped.append(error.description)
            }
        }
        try batch.finish(report: &report)
        batch.reportTiming()
        report.entities = try queue.read { try Self.entityCount($0) }
        return report
    }

    /// One input read, decoded and analysed, or the reason it was skipped; and the decoder's warnings.
    struct Prepared: Sendable {
        var result: Result<DocumentRows, IngestError>
        var warnings: [String] = []
    }

    /// Reads, decodes and analyses one input (on a worker thread).
    static func prepare(_ path: String, stdin: Data?, pipeline: Pipeline, maxBytes: Int) -> Prepared {
        var warnings: [String] = []
        do {
            let data: Data
            if let stdin { data = stdin } else {
                let size = try regularFileSize(path)
                if size > maxBytes { throw IngestError.tooLarge(path: path, bytes: size, limit: maxBytes) }
                do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                    throw IngestError.unreadable(path: path, reason: (error as NSError).localizedDescription)
                }
            }
            if data.count > maxBytes { throw IngestError.tooLarge(path: path, bytes: data.count, limit: maxBytes) }
            let loaded = try Loader.decode(data, name: path)
            warnings = loaded.warnings
            let doc = pipeline.analyze(raw: loaded.text, format: loaded.format, source: path)
            if doc.sentences.isEmpty {
                // Bytes that leave no text are not "empty": say what removed it.
                let visible = loaded.text.unicodeScalars.contains { !$0.properties.isWhitespace }
                throw visible ? IngestError.noText(path: path, format: loaded.format) : IngestError.empty(path: path)
            }
            return Prepared(result: .success(DocumentRows(doc)), warnings: warnings)
        } catch let e as IngestError {
            return Prepared(result: .failure(e), warnings: warnings)
        } catch {
            return Prepared(result: .failure(.unreadable(path: path, reason: "\(error)")), warnings: warnings)
        }
    }

    /// The size of the file at `path` (following links), refusing what is not a regular file before
    /// it is opened: reading a FIFO blocks until a writer comes, `/dev/zero` never ends.
    static func regularFileSize(_ path: String) throws -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw IngestError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return Int(info.st_size)
        case S_IFIFO: throw IngestError.notAFile(path: path, kind: "a named pipe (FIFO)")
        case S_IFCHR, S_IFBLK: throw IngestError.notAFile(path: path, kind: "a device")
        case S_IFSOCK: throw IngestError.notAFile(path: path, kind: "a socket")
        default: throw IngestError.notAFile(path: path, kind: "something other than a file")
        }
    }

    /// Re-runs extraction over every stored document (after the lexicons or rules changed).
    public func reextract(progress: ((Int, Int, String) -> Void)? = nil) throws -> IngestReport {
        // Re-extracting reads what is stored: a mistyped --db must not become a new, empty database.
        guard FileManager.default.fileExists(atPath: dbPath) else { throw KBError.noDatabase(path: dbPath) }
        let report = try reextractOpen(progress: progress)
        VerifiedFiles.record(dbPath)
        return report
    }

    /// `reextract` itself; every connection it opened is closed when it returns.
    private func reextractOpen(progress: ((Int, Int, String) -> Void)?) throws -> IngestReport {
        let queue = try KBDatabase.openForWriting(path: dbPath)
        let docs = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT source, format, text FROM v_documents ORDER BY document_id").map {
                StoredText(source: $0["source"], format: $0["format"], text: $0["text"])
            }
        }
        var report = IngestReport()
        let pipeline = self.pipeline
        let window = OrderedWindow(count: docs.count, jobs: jobs) { n in
            let format = SourceFormat(rawValue: docs[n].format) ?? .text
            return DocumentRows(pipeline.analyze(normalized: docs[n].text, format: format, source: docs[n].source))
        }
        defer { window.cancel() }
        var batch = Batch(writer: BatchWriter(queue: queue), size: batchSize, force: true, background: jobs > 1)
        defer { batch.abandon() }
        for (n, doc) in docs.enumerated() {
            progress?(n + 1, docs.count, doc.source)
            try batch.add(window.next(), report: &report)
        }
        try batch.finish(report: &report)
        batch.reportTiming()
        // Every document was re-extracted: the database's lexicons are this run's now.
        // The entity counts and the row groups are counted again from the rows: this also mends
        // counts another program left behind (`kbctl check` sends here).
        try queue.write { db in
            try KBDatabase.recordLexiconVersion(db, pipeline.knowledge.version, replace: true)
            try EntityCounts.recount(db)
            try RowGroups.rebuild(db)
        }
        report.entities = try queue.read { try Self.entityCount($0) }
        return report
    }

    /// The number of entities some document mentions (the rows of v_entities), read through the
    /// mentions index: counting v_entities aggregates every mention (a second at 20,000 articles).
    static func entityCount(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM entities e WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)") ?? 0
    }

    /// Now, as ISO 8601 UTC to the second, without a date formatter per document.
    static func timestamp() -> String {
        var t = time(nil)
        var tm = tm()
        gmtime_r(&t, &tm)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec)
    }
}
