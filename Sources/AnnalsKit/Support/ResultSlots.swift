import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `transform` applied to every element on all cores (or on `threads`
    /// threads, each taking every `threads`-th element), the results in element order.
    func concurrentMap<Value: Sendable>(threads: Int? = nil, _ transform: @Sendable (Element) -> Value) -> [Value] {
        if threads == 1 { return map(transform) }
        let results = ResultSlots<Value>(count: count)
        if let threads, threads < count {
            DispatchQueue.concurrentPerform(iterations: threads) { thread in
                for index in stride(from: thread, to: count, by: threads) {
                    results.set(index, transform(self[index]))
                }
            }
        } else {
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.set(index, transform(self[index]))
            }
        }
        return results.values
    }
}

/// A fixed number of slots that parallel workers each fill once, read after they all finish.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// The values, in slot order; call only after every slot is set.
    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
