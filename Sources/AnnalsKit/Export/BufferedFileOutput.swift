import Foundation

/// A text stream into a file handle, written in large chunks.
///
/// `TextOutputStream.write(_:)` cannot throw, so the first write error is
/// kept, later writes are dropped, and ``flush()`` throws it: always call
/// `flush()` at the end.
public final class BufferedFileOutput: UTF8OutputStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let capacity: Int
    private var failure: (any Error)?

    public init(handle: FileHandle, capacity: Int = 1 << 16) {
        self.handle = handle
        self.capacity = max(1, capacity)
        buffer.reserveCapacity(self.capacity)
    }

    /// A new stream into the process's standard output.
    public static var standardOutput: BufferedFileOutput { BufferedFileOutput(handle: .standardOutput) }

    public func write(_ string: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= capacity { drain() }
    }

    public func write(utf8 bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        // A piece as large as the buffer goes out as it is, after what is buffered.
        if bytes.count >= capacity {
            drain()
            write(contentsOf: bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { drain() }
    }

    /// Writes what is buffered; throws the first error any write met.
    public func flush() throws {
        drain()
        if let failure { throw failure }
    }

    private func drain() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { write(contentsOf: $0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func write(contentsOf bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            failure = error
        }
    }
}
