import Foundation

extension Ingester {
    /// A stored document's text, as `reextract` reads it.
    struct StoredText: Sendable {
        var source: String
        var format: String
        var text: String
    }

    /// Analysed documents waiting for their transaction: written when `size` documents or
    /// `BatchWriter.defaultBatchBytes` of text are waiting, and at the end.
    ///
    /// With `background`, a full batch is written on a thread of its own while the next one is
    /// collected: the workers go on analysing instead of waiting (their window holds a few
    /// documents) for a transaction of a hundred. One batch at most is in flight, and it is
    /// settled (its outcomes recorded, or its error thrown) before the next is handed over, so
    /// batches are written in input order and a failure stops the ingest as before.
    struct Batch {
        let writer: BatchWriter
        let size: Int
        let force: Bool
        let background: Bool
        private var documents: [DocumentRows] = []
        private var bytes = 0
        private var inFlight: PendingWrite?
        /// Time spent in the writer and transactions written, for `KB_TIMING`.
        private(set) var writeNanoseconds: UInt64 = 0
        private(set) var transactions = 0

        init(writer: BatchWriter, size: Int, force: Bool, background: Bool = false) {
            self.writer = writer
            self.size = max(1, size)
            self.force = force
            self.background = background
        }

        mutating func add(_ doc: DocumentRows, report: inout IngestReport) throws {
            documents.append(doc)
            bytes += doc.text.utf8.count
            if documents.count >= size || bytes >= BatchWriter.defaultBatchBytes { try flush(report: &report) }
        }

        /// Hands the waiting documents to the writer (in the background, after the batch before
        /// them is settled) and adds what happened to `report`.
        mutating func flush(report: inout IngestReport) throws {
            try settle(report: &report)
            guard !documents.isEmpty else { return }
            let write = PendingWrite(documents, writer: writer, force: force, background: background)
            documents.removeAll(keepingCapacity: true)
            bytes = 0
            if background { inFlight = write } else { try settle(write, report: &report) }
        }

        /// Writes what is waiting and waits for every write: call once, after the last document.
        mutating func finish(report: inout IngestReport) throws {
            try flush(report: &report)
            try settle(report: &report)
        }

        /// Waits for the write in flight, if any, without recording it: for a loop left by an error.
        mutating func abandon() {
            _ = inFlight?.wait()
            inFlight = nil
        }

        private mutating func settle(report: inout IngestReport) throws {
            guard let write = inFlight else { return }
            inFlight = nil
            try settle(write, report: &report)
        }

        private mutating func settle(_ write: PendingWrite, report: inout IngestReport) throws {
            let (result, nanoseconds) = write.wait()
            writeNanoseconds += nanoseconds
            transactions += 1
            switch result {
            case let .success(outcomes):
                Self.record(outcomes, of: write.documents, in: &report)
            case let .failure(failure as BatchWriter.BatchFailure):
                // The documents before the failed one are stored: the summary counts them.
                Self.record(failure.outcomes, of: write.documents, in: &report)
                throw failure.error
            case let .failure(error):
                throw error
            }
        }

        /// With `KB_TIMING` set, says on standard error how long storing took: the rest of an
        /// ingest's time is reading and analysis.
        func reportTiming() {
            guard StartupClock.enabled else { return }
            let ms = Double(writeNanoseconds) / 1_000_000
            FileHandle.standardError.write(Data("storage: \(String(format: "%.1f", ms)) ms in \(transactions) transaction(s)\n".utf8))
        }

        static func record(_ outcomes: [Store.Outcome], of docs: [DocumentRows], in report: inout IngestReport) {
            for (outcome, doc) in zip(outcomes, docs) {
                switch outcome {
                case .unchanged:
                    report.unchanged.append("\(doc.source): already in the database (same text); use --force to re-extract it.")
                    continue
                case .added: report.added += 1
                case .replaced: report.replaced += 1
                }
                report.sentences += doc.sentenceCount
                report.mentions += doc.mentionCount
                report.statements += doc.statementCount
                report.relations += doc.relationCount
                report.roles += doc.roleCount
            }
        }
    }
}

/// One batch's transaction, run on a thread of its own (or at once, on the caller's): the
/// documents, and when it is done, the outcomes or the error and how long it took.
final class PendingWrite: @unchecked Sendable {
    let documents: [DocumentRows]
    private let done = DispatchSemaphore(value: 0)
    // Written by the writing thread before `done` is signalled, read after it is waited for.
    private var result: Result<[Store.Outcome], Error> = .success([])
    private var nanoseconds: UInt64 = 0

    /// Held only until the write is done: a writing thread that still held it after signalling
    /// could be the last owner of the database connection, and close it (a WAL checkpoint, under
    /// lock) after the ingest had returned, while the caller opened the database.
    private var writer: BatchWriter?

    init(_ documents: [DocumentRows], writer: BatchWriter, force: Bool, background: Bool) {
        self.documents = documents
        self.writer = writer
        let run: @Sendable () -> Void = { [self] in
            let start = DispatchTime.now().uptimeNanoseconds
            result = Result { try self.writer!.write(documents, force: force, ingestedAt: Ingester.timestamp()) }
            nanoseconds = DispatchTime.now().uptimeNanoseconds - start
            self.writer = nil
            done.signal()
        }
        if background {
            let thread = Thread(block: run)
            thread.stackSize = OrderedWindow<Int>.workerStackSize
            thread.start()
        } else {
            run()
        }
    }

    /// The outcomes or the error, and the time the transaction took; waits until it is done.
    func wait() -> (Result<[Store.Outcome], Error>, UInt64) {
        done.wait()
        done.signal()  // a second wait returns at once
        return (result, nanoseconds)
    }
}

/// A writer is used by one thread at a time: the ingest hands each batch to one writing thread and
/// waits for it before it hands over the next.
extension BatchWriter: @unchecked Sendable {}
