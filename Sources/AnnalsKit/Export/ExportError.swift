import Foundation

/// A file an export could not be written to, with the cause in plain words.
public struct ExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the export was going to.
    public var path: String
    /// Why it could not be written: `the folder … does not exist`, `permission denied`, `file too large`.
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "cannot write \(path): \(reason)" }

    /// The cause of a failed system call on `path`, from `code` (an `errno` value).
    static func reason(errno code: Int32, path: String) -> String {
        let folderName = folder(of: path)
        switch code {
        case ENOENT: return "the folder \(folderName) does not exist"
        case ENOTDIR: return "\(folderName) is not a folder"
        case EACCES, EPERM: return "permission denied in \(folderName)"
        case EISDIR: return "it is a folder"
        case EROFS: return "the file system is read-only"
        case ENOSPC: return "the disk is full"
        case EFBIG: return "the file is too large for this file system or limit"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    /// The folder part of `path` as the user wrote it (`.` for a bare file name).
    static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// The cause of `error`, a Foundation or POSIX error met writing `path`, in plain words.
    static func reason(_ error: any Error, path: String) -> String {
        if let error = error as? ExportError { return error.reason }
        if let posix = error as? POSIXError { return reason(errno: posix.code.rawValue, path: path) }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return reason(errno: Int32(nsError.code), path: path) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code), path: path)
        }
        return String(describing: error)
    }
}
