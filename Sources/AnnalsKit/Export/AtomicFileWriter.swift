import Foundation

/// Writes a file so that readers see the old content or the complete new
/// content, never a part: the text goes to a temporary file in the same
/// directory, which is then renamed over the destination.
public enum AtomicFileWriter {
    /// Runs `body` with a stream into a temporary file beside `path`, then
    /// moves it to `path`. When `body` or a write fails, the temporary file is
    /// removed and `path` is left as it was.
    ///
    /// A file that cannot be written throws ``ExportError`` naming `path` and
    /// the cause in plain words (a missing folder, no permission, a full disk);
    /// errors that `body` throws itself pass through unchanged.
    public static func write(toPath path: String, _ body: (inout BufferedFileOutput) throws -> Void) throws {
        let destination = URL(fileURLWithPath: path)
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appending(path: ".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ExportError(path: path, reason: ExportError.reason(errno: EISDIR, path: path))
        }
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ExportError(path: path, reason: ExportError.reason(errno: errno, path: path))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        var isOpen = true
        do {
            var output = BufferedFileOutput(handle: handle)
            do {
                try body(&output)
            } catch {
                throw BodyError(error: error)
            }
            do {
                try output.flush()
                guard fsync(descriptor) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            } catch {
                throw ExportError(path: path, reason: ExportError.reason(error, path: path))
            }
            close(descriptor)
            isOpen = false
            // rename(2) replaces the destination atomically.
            guard rename(temporary.path, destination.path) == 0 else {
                throw ExportError(path: path, reason: "cannot move the export into place: "
                                  + ExportError.reason(errno: errno, path: path))
            }
        } catch {
            if isOpen { close(descriptor) }
            unlink(temporary.path)
            if let wrapped = error as? BodyError {
                // A write inside `body` fails as a Foundation error: say what it was.
                if ExportError.reason(wrapped.error, path: path) != String(describing: wrapped.error) {
                    throw ExportError(path: path, reason: ExportError.reason(wrapped.error, path: path))
                }
                throw wrapped.error
            }
            throw error
        }
    }

    /// An error `body` threw, kept apart from the writer's own.
    private struct BodyError: Error {
        let error: any Error
    }
}
