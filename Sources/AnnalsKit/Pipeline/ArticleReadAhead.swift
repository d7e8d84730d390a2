import Dispatch
import Synchronization

/// Batches of articles read, hashed and checked against the store on a thread of
/// their own, while the caller extracts the batch before.
///
/// Reading files, decoding them, hashing each text and asking the store whether
/// it holds it took about a tenth of an ingest's time, during which the cores that
/// extract waited. At most two batches wait read, so memory stays flat.
final class ArticleReadAhead: Sendable {
    /// Articles the store does not hold yet, each with its ``Article/contentHash``.
    struct Batch: Sendable {
        var articles: [Article] = []
        var hashes: [String] = []
    }

    /// What the reading function throws to stop when the caller no longer takes batches.
    struct Stopped: Error {}

    private let queue = DispatchQueue(label: "annals.ingest.reader")
    /// One signal per batch waiting, and one when reading has ended.
    private let ready = DispatchSemaphore(value: 0)
    /// Free places for batches read ahead. It starts at zero and is given its places in
    /// `init`: a semaphore created with a count must hold at least that count when it is
    /// released, and one stopped with batches still waiting does not.
    private let room = DispatchSemaphore(value: 0)
    /// How many batches may wait read.
    private static let places = 2
    private let state = Mutex<State>(State())

    private struct State {
        var batches: [Batch] = []
        var ended = false
        var stopped = false
        var summary = IngestSummary()
        var error: (any Error)?
    }

    /// Starts `read` on the reading thread. It hands each batch over with the function it is
    /// given, which waits while two batches wait, and throws ``Stopped`` once ``stop()`` was called;
    /// it returns what it counted (articles read, skipped, already known).
    init(_ read: @escaping @Sendable (_ hand: (Batch) throws -> Void) throws -> IngestSummary) {
        for _ in 0..<Self.places { room.signal() }
        queue.async { [self] in
            let result = Result { try read { try hand($0) } }
            state.withLock {
                $0.ended = true
                switch result {
                case .success(let summary): $0.summary = summary
                case .failure(let error): $0.error = error
                }
            }
            ready.signal()
        }
    }

    private func hand(_ batch: Batch) throws {
        room.wait()
        let taken = state.withLock { state -> Bool in
            guard !state.stopped else { return false }
            state.batches.append(batch)
            return true
        }
        guard taken else { throw Stopped() }
        ready.signal()
    }

    /// The next batch in reading order; nil once everything is read.
    ///
    /// - Throws: what stopped the reading (an error other than a bad input, which is
    ///   counted as skipped).
    func next() throws -> Batch? {
        ready.wait()
        let (batch, error) = state.withLock { state -> (Batch?, (any Error)?) in
            state.batches.isEmpty ? (nil, state.error) : (state.batches.removeFirst(), nil)
        }
        if let batch {
            room.signal()
            return batch
        }
        ready.signal()  // reading has ended: every later call ends at once too
        if let error { throw error }
        return nil
    }

    /// Stops the reading at its next batch and waits for the reading thread to end.
    func stop() {
        state.withLock { $0.stopped = true }
        room.signal()
        queue.sync {}
    }

    /// What the reading counted; complete once ``next()`` has returned nil.
    var summary: IngestSummary {
        state.withLock { $0.summary }
    }
}
