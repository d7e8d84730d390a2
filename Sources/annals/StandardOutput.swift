import Foundation

/// Standard output as a text stream, buffered.
struct StandardOutput: TextOutputStream {
    private var buffer = Data()

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 64 * 1024 { flush() }
    }

    mutating func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
