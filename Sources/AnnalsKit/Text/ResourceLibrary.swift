/// The data files the engine reads its rules and lexicons from.
///
/// By default these are the files under `Sources/AnnalsKit/Resources/`,
/// embedded in the binary at build time. Tests and tools can supply their own.
public struct ResourceLibrary: Sendable {
    /// Each file's text, keyed by its path relative to the resource folder, e.g. `fa/months.tsv`.
    public let files: [String: String]
    /// Whether these are the files built into Annals (``embedded``).
    private let isEmbedded: Bool

    public init(files: [String: String]) {
        self.init(files: files, isEmbedded: false)
    }

    private init(files: [String: String], isEmbedded: Bool) {
        self.files = files
        self.isEmbedded = isEmbedded
    }

    /// The files built into Annals.
    public static let embedded = ResourceLibrary(files: AnnalsKitFiles.contents, isEmbedded: true)

    /// A digest of every file's path and text (64-bit FNV-1a, in hex): equal for
    /// equal libraries. The embedded library's is computed once per process.
    public var fingerprint: String {
        isEmbedded ? ResourceLibrary.embeddedFingerprint : ResourceLibrary.digest(of: files)
    }

    private static let embeddedFingerprint = digest(of: AnnalsKitFiles.contents)

    private static func digest(of files: [String: String]) -> String {
        var hash = FNV1a()
        for path in files.keys.sorted() {
            hash.add(path)
            hash.add(files[path] ?? "")
        }
        return hash.hex
    }

    /// A digest of the path and text of those of `paths` the library holds, as
    /// ``fingerprint`` is of all of them: for what is built from a few files only.
    public func fingerprint(of paths: [String]) -> String {
        var hash = FNV1a()
        for path in Set(paths).sorted() {
            guard let text = files[path] else { continue }
            hash.add(path)
            hash.add(text)
        }
        return hash.hex
    }

    /// Whether a file is there.
    public func contains(_ path: String) -> Bool { files[path] != nil }

    /// The paths of the files in a folder, e.g. `paths(in: "fa")`, sorted.
    public func paths(in folder: String) -> [String] {
        files.keys.filter { $0.hasPrefix(folder + "/") }.sorted()
    }

    /// The file at `path`, parsed as a tab-separated table.
    public func table(_ path: String) throws(ResourceError) -> ResourceTable {
        guard let text = files[path] else { throw .missingFile(path) }
        return try ResourceTable(path: path, text: text)
    }
}

/// A problem with a data file, naming the file and line.
public enum ResourceError: Error, Sendable, Hashable, CustomStringConvertible {
    case missingFile(String)
    case malformed(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missingFile(let path): "resource file \(path) is missing"
        case .malformed(let file, let line, let reason): "\(file):\(line): \(reason)"
        }
    }
}
