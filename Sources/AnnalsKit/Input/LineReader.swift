import Foundation

/// Reads a file a line at a time (lines end at `\n`), holding only one chunk
/// of the file and the line being read: a file of any size reads in memory
/// bounded by its longest line.
struct LineReader {
    /// Bytes read from the file at once.
    static let chunkSize = 1 << 20

    /// Calls `body` with each line's bytes (without its `\n`) and its number, from 1.
    /// A file that ends with `\n` has an empty last line, as splitting its text would give.
    ///
    /// - Throws: ``InputError/unreadable(path:reason:)`` when the file cannot be opened or read;
    ///   whatever `body` throws.
    static func forEachLine(of path: String, chunkSize: Int = chunkSize, _ body: (ArraySlice<UInt8>, Int) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError.unreadable(path: path, reason: "cannot be opened")
        }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var number = 0
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: chunkSize)
            } catch {
                throw InputError.unreadable(path: path, reason: (error as NSError).localizedDescription)
            }
            guard let chunk, !chunk.isEmpty else { break }
            pending.append(contentsOf: chunk)
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                number += 1
                try body(pending[start..<newline], number)
                start = newline + 1
            }
            pending.removeSubrange(..<start)
        }
        number += 1
        try body(pending[...], number)
    }
}
