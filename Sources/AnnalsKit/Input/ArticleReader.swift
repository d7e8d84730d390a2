import Foundation

/// Reads articles from files, folders, JSON Lines and standard input.
///
/// - A `.txt` or `.md` file is one article, with optional YAML front matter.
/// - A `.jsonl` (or `.ndjson`) file holds one article per line: a JSON object
///   with `text` and optionally `title`, `published`, `source`, `url`, `language`.
/// - A folder is read recursively, in path order, taking the files above and
///   skipping hidden ones.
/// - `-` reads one article (or JSON Lines, when it starts with `{`) from standard input.
///
/// A bad file or line gives an ``InputError`` in its place and reading goes on.
public struct ArticleReader: Sendable {
    /// File extensions read as single articles.
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "text"]
    /// File extensions read as JSON Lines.
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    public var overrides: ArticleOverrides

    public init(overrides: ArticleOverrides = ArticleOverrides()) {
        self.overrides = overrides
    }

    /// The files `paths` stand for: files as given, folders expanded, `-` kept.
    public func files(for paths: [String]) throws(InputError) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(path: path, reason: "no such file or folder")
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            guard let walker = manager.enumerator(atPath: path) else {
                throw .unreadable(path: path, reason: "folder cannot be listed")
            }
            var found: [String] = []
            for case let relative as String in walker {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") { continue }
                let ext = (name as NSString).pathExtension.lowercased()
                guard Self.articleExtensions.contains(ext) || Self.jsonLinesExtensions.contains(ext) else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue { found.append(full) }
            }
            files.append(contentsOf: found.sorted())
        }
        return files
    }

    /// The articles in one file (or `-`), each read or the error that stopped it.
    public func articles(in path: String) -> [Result<Article, InputError>] {
        let data: Data
        do {
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        } catch {
            return [.failure(.unreadable(path: path, reason: (error as NSError).localizedDescription))]
        }
        let text: String
        do {
            text = try TextDecoder().decode(data, path: path)
        } catch {
            return [.failure(error)]
        }
        let ext = (path as NSString).pathExtension.lowercased()
        let looksLikeJSONLines = path == "-" && text.drop(while: { $0.isWhitespace }).first == "{"
        if Self.jsonLinesExtensions.contains(ext) || looksLikeJSONLines {
            return JSONLinesReader(overrides: overrides).articles(in: text, path: path)
        }
        return [Result { () throws(InputError) -> Article in try article(from: text, path: path) }]
    }

    /// One article from a text with optional front matter.
    public func article(from text: String, path: String) throws(InputError) -> Article {
        let (matter, body) = try FrontMatter.split(text, path: path)
        let fields = ArticleFields(values: matter.fields, lines: matter.lines, path: path)
        guard !body.allSatisfy({ $0.isWhitespace }) else { throw .empty(path: path) }
        return try fields.article(text: body, origin: path, overrides: overrides)
    }
}

/// The known fields of front matter or a JSON line, checked.
struct ArticleFields {
    let values: [String: String]
    let lines: [String: Int]
    let path: String

    func value(_ key: String) -> String? {
        guard let text = values[key]?.trimmingCharacters(), !text.isEmpty else { return nil }
        return text
    }

    func published() throws(InputError) -> DayDate? {
        for key in ["published", "date"] {
            guard let text = value(key) else { continue }
            guard let day = PublicationDate.parse(text) else {
                throw .invalidField(path: path, line: lines[key] ?? 1, field: key, value: text, expected: "a date like 2009-05-06")
            }
            return day
        }
        return nil
    }

    /// The article with `text` and these fields, the overrides applied.
    func article(text: String, origin: String, overrides: ArticleOverrides) throws(InputError) -> Article {
        var article = Article(
            text: text,
            title: value("title"),
            published: try published(),
            source: value("source"),
            url: value("url"),
            language: try language(),
            origin: origin
        )
        overrides.apply(to: &article)
        return article
    }

    func language() throws(InputError) -> Language? {
        guard let text = value("language") else { return nil }
        guard let language = Language(rawValue: text.lowercased()) else {
            let known = Language.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidField(path: path, line: lines["language"] ?? 1, field: "language", value: text, expected: "one of \(known)")
        }
        return language
    }
}
