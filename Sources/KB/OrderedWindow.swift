import Foundation

/// Computes `work(0) … work(count - 1)` on `jobs` threads and hands the results out in index
/// order. At most `capacity` results are claimed ahead of the consumer, so memory stays bounded
/// however far the workers could run ahead; a slow item holds back only the window, not the workers
/// already busy. With one job nothing runs in the background: `next()` computes each item itself.
final class OrderedWindow<T: Sendable>: @unchecked Sendable {
    // Guarded by `condition`: the next index to claim, the next to hand out, finished results.
    private let condition = NSCondition()
    private var claimed = 0
    private var consumed = 0
    private var results: [Int: T] = [:]
    private var cancelled = false

    private let count: Int
    private let capacity: Int
    private let work: @Sendable (Int) -> T
    private let threaded: Bool

    /// Extraction recurses over phrases; worker threads get the main thread's usual stack.
    static var workerStackSize: Int { 8 << 20 }

    init(count: Int, jobs: Int, work: @escaping @Sendable (Int) -> T) {
        self.count = count
        self.work = work
        self.threaded = jobs > 1 && count > 1
        self.capacity = max(2, 2 * jobs)
        guard threaded else { return }
        for _ in 0..<min(jobs, count) {
            let thread = Thread { [self] in self.runWorker() }
            thread.stackSize = Self.workerStackSize
            thread.start()
        }
    }

    deinit { cancel() }

    /// The result of the next index, waiting for it if a worker is still at it.
    func next() -> T {
        guard threaded else {
            defer { consumed += 1 }
            return work(consumed)
        }
        condition.lock()
        defer { condition.unlock() }
        while results[consumed] == nil { condition.wait() }
        let result = results.removeValue(forKey: consumed)!
        consumed += 1
        condition.broadcast()
        return result
    }

    /// Stops handing out work: workers finish the item they hold and exit.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func runWorker() {
        while let index = claim() {
            let result = work(index)
            condition.lock()
            results[index] = result
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next index to work on, once the window has room; nil when there is none left.
    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled, claimed < count, claimed - consumed >= capacity { condition.wait() }
        guard !cancelled, claimed < count else { return nil }
        claimed += 1
        return claimed - 1
    }
}
