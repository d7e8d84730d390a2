import Foundation

/// Writes a file so that readers see the old content or the complete new
/// content, never a part: the text goes to a temporary file in the same
/// directory, which is then renamed over the destination.
public enum AtomicFileWriter {
    /// Runs `body` with a stream into a temporary file beside `path`, then
    /// moves it to `path`. When `body` or a write fails, the temporary file is
    /// removed and `path` is left as it was.
    public static func write(toPath path: String, _ body: (inout BufferedFileOutput) throws -> Void) throws {
        let destination = URL(fileURLWithPath: path)
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appending(path: ".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                var output = BufferedFileOutput(handle: handle)
                try body(&output)
                try output.flush()
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            // rename(2) replaces the destination atomically.
            guard rename(temporary.path, destination.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [
                    NSFilePathErrorKey: destination.path,
                    NSLocalizedDescriptionKey: "cannot move the export into place: \(String(cString: strerror(errno)))",
                ])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
