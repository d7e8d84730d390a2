import Dispatch
import Foundation

/// Places for the ingest's busy threads, one per core: each article extracted takes
/// one while it is extracted, and the writer one while it stores a batch.
///
/// Without it the writer was one of three busy threads on two cores, got two thirds
/// of a core, and fell behind; the extracting threads then waited for it with a core
/// idle. With a place of its own, the writer runs at a whole core's speed while one
/// thread extracts beside it, and both cores extract while it has nothing to write.
final class CoreGate: Sendable {
    private let places: DispatchSemaphore
    /// How many places there are.
    let count: Int

    /// A gate of `count` places (the cores this process may run on).
    init(count: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.count = max(1, count)
        places = DispatchSemaphore(value: 0)
        for _ in 0..<self.count { places.signal() }
    }

    /// Runs `work` once a place is free, holding the place until it returns.
    func run<Value>(_ work: () throws -> Value) rethrows -> Value {
        places.wait()
        defer { places.signal() }
        return try work()
    }
}
