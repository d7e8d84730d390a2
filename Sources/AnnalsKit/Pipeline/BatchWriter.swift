import Dispatch
import GRDB
import Synchronization

/// Writes extracted batches to the store on a thread of its own, one batch at a
/// time, while the caller reads and extracts the next one.
///
/// At most one batch waits beside the one being written, so memory stays flat
/// however long the input. A write error stops the writer; the next
/// ``submit(_:)`` or ``finish()`` throws it (a failure of the database itself
/// as ``StoreError/writeFailed(path:reason:)``).
final class BatchWriter: Sendable {
    private let store: any EventStore
    private let queue = DispatchQueue(label: "annals.ingest.writer")
    /// Free places for batches: one written, one waiting.
    private let places = DispatchSemaphore(value: 2)
    private let state = Mutex<State>(State())

    private struct State {
        var summary = IngestSummary()
        var error: (any Error)?
    }

    /// Where the writer takes a core's place while it stores a batch (see `CoreGate`).
    private let gate: CoreGate?

    init(store: any EventStore, gate: CoreGate? = nil) {
        self.store = store
        self.gate = gate
    }

    /// Queues `batch` for writing, with the ``Article/contentHash`` of each article;
    /// waits while two batches are ahead of it.
    func submit(_ batch: [(Article, [ExtractedEvent])], hashes: [String]) throws {
        places.wait()
        if let error = state.withLock({ $0.error }) {
            places.signal()
            throw error
        }
        queue.async { [self] in
            defer { places.signal() }
            guard state.withLock({ $0.error == nil }) else { return }
            var written = IngestSummary()
            do {
                if let gate {
                    try gate.run { try Ingestor.write(batch, hashes: hashes, into: store, summary: &written) }
                } else {
                    try Ingestor.write(batch, hashes: hashes, into: store, summary: &written)
                }
                state.withLock { $0.summary.add(written) }
            } catch let error as DatabaseError {
                // The database itself failed (a full disk, a lost lock): say what is kept and what to do.
                state.withLock {
                    $0.summary.add(written)
                    $0.error = StoreError.writeFailed(
                        path: store.location, reason: Ingestor.explanation(of: error, stored: $0.summary.articlesAdded))
                }
            } catch {
                state.withLock {
                    $0.summary.add(written)
                    $0.error = error
                }
            }
        }
    }

    /// Waits for every queued batch: what they stored, or the first write error.
    func finish() throws -> IngestSummary {
        queue.sync {}
        let (summary, error) = state.withLock { ($0.summary, $0.error) }
        if let error { throw error }
        return summary
    }
}
