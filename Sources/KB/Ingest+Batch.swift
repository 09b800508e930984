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
    struct Batch {
        let writer: BatchWriter
        let size: Int
        let force: Bool
        private var documents: [DocumentRows] = []
        private var bytes = 0
        /// Time spent in the writer and transactions written, for `KB_TIMING`.
        private(set) var writeNanoseconds: UInt64 = 0
        private(set) var transactions = 0

        init(writer: BatchWriter, size: Int, force: Bool) {
            self.writer = writer
            self.size = max(1, size)
            self.force = force
        }

        mutating func add(_ doc: DocumentRows, report: inout IngestReport) throws {
            documents.append(doc)
            bytes += doc.text.utf8.count
            if documents.count >= size || bytes >= BatchWriter.defaultBatchBytes { try flush(report: &report) }
        }

        /// Writes the waiting documents in one transaction and adds what happened to `report`.
        mutating func flush(report: inout IngestReport) throws {
            guard !documents.isEmpty else { return }
            let docs = documents
            documents.removeAll(keepingCapacity: true)
            bytes = 0
            let start = DispatchTime.now().uptimeNanoseconds
            defer {
                writeNanoseconds += DispatchTime.now().uptimeNanoseconds - start
                transactions += 1
            }
            do {
                let outcomes = try writer.write(docs, force: force, ingestedAt: Ingester.timestamp())
                Self.record(outcomes, of: docs, in: &report)
            } catch let failure as BatchWriter.BatchFailure {
                // The documents before the failed one are stored: the summary counts them.
                Self.record(failure.outcomes, of: docs, in: &report)
                throw failure.error
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
