import Foundation

/// Reads articles from files, folders, JSON Lines and standard input.
///
/// - A `.txt` or `.md` file is one article, with optional YAML front matter.
/// - A `.jsonl` (or `.ndjson`) file holds one article per line: a JSON object
///   with `text` and optionally `title`, `published`, `source`, `url`, `language`.
/// - A folder is read recursively, depth first in name order, taking the files
///   above and skipping hidden files and folders.
/// - `-` reads one article (or JSON Lines, when it starts with `{`) from standard input.
///
/// A bad file or line gives an ``InputError`` in its place and reading goes on.
public struct ArticleReader: Sendable {
    /// File extensions read as single articles.
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown", "text"]
    /// File extensions read as JSON Lines.
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]

    public var overrides: ArticleOverrides
    /// The profiles of the languages the rule data reads: an article may name one of
    /// them in its front matter or JSON line, and one that names none is given the one
    /// whose script its letters are written in.
    public var profiles: [LanguageProfile]

    /// The languages an article may name (those of ``profiles``).
    public var languages: [Language] { profiles.map(\.language) }

    /// A reader of the built-in languages, or of those `profiles` give (see ``LanguageProfile/all(in:)``).
    public init(overrides: ArticleOverrides = ArticleOverrides(), profiles: [LanguageProfile] = LanguageProfile.builtIn) {
        self.overrides = overrides
        self.profiles = profiles
    }

    /// Calls `body` with each file `path` stands for — the file itself, `-`, or the
    /// article files of a folder, walked depth first in name order — one at a time,
    /// so that a folder of a million articles is never listed in memory at once
    /// (only one folder's names at each level). Hidden files and folders are skipped.
    ///
    /// - Throws: ``InputError/unreadable(path:reason:)`` when `path` does not exist or
    ///   cannot be listed, before `body` is called; whatever `body` throws.
    public func forEachFile(under path: String, _ body: (String) throws -> Void) throws {
        if path == "-" { return try body(path) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError.unreadable(path: path, reason: "no such file or folder")
        }
        guard isDirectory.boolValue else { return try body(path) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw InputError.unreadable(path: path, reason: "folder cannot be listed")
        }
        try walk(path, names: names, body)
    }

    private func walk(_ folder: String, names: [String], _ body: (String) throws -> Void) throws {
        for name in names.sorted() where !name.hasPrefix(".") {
            let full = (folder as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                // A subfolder that cannot be listed is passed over, as a listing of the whole tree would.
                if let inner = try? FileManager.default.contentsOfDirectory(atPath: full) { try walk(full, names: inner, body) }
            } else {
                let ext = (name as NSString).pathExtension.lowercased()
                if Self.articleExtensions.contains(ext) || Self.jsonLinesExtensions.contains(ext) { try body(full) }
            }
        }
    }

    /// Calls `body` with each article in one file (or `-`), or the error that
    /// stopped it, as ``articles(in:)`` gives them; a JSON Lines file is read a
    /// line at a time, so that its size does not matter to memory.
    public func forEachArticle(in path: String, _ body: (Result<Article, InputError>) throws -> Void) throws {
        let ext = (path as NSString).pathExtension.lowercased()
        if path != "-", Self.jsonLinesExtensions.contains(ext) {
            do {
                if try JSONLinesReader(overrides: overrides).forEachArticle(inFileAt: path, body) { return }
            } catch let error as InputError {
                return try body(.failure(error))
            }
        }
        for result in articles(in: path) { try body(result) }
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
            return JSONLinesReader(overrides: overrides, profiles: profiles).articles(in: text, path: path)
        }
        return [Result { () throws(InputError) -> Article in try article(from: text, path: path) }]
    }

    /// One article from a text with optional front matter.
    public func article(from text: String, path: String) throws(InputError) -> Article {
        let (matter, body) = try FrontMatter.split(text, path: path)
        let fields = ArticleFields(values: matter.fields, lines: matter.lines, path: path, profiles: profiles)
        guard !body.allSatisfy({ $0.isWhitespace }) else { throw .empty(path: path) }
        return try fields.article(text: body, origin: path, overrides: overrides)
    }
}

/// The known fields of front matter or a JSON line, checked.
struct ArticleFields {
    let values: [String: String]
    let lines: [String: Int]
    let path: String
    /// The languages the `language` field may name, and which the text's script is detected among.
    let profiles: [LanguageProfile]
    var languages: [Language] { profiles.map(\.language) }

    func value(_ key: String) -> String? {
        guard let text = values[key]?.trimmingWhitespace(), !text.isEmpty else { return nil }
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
            language: try language() ?? LanguageProfile.detect(in: text, among: profiles),
            origin: origin
        )
        overrides.apply(to: &article)
        return article
    }

    func language() throws(InputError) -> Language? {
        guard let text = value("language") else { return nil }
        guard let language = Language(rawValue: text), languages.contains(language) else {
            let known = languages.map(\.rawValue).joined(separator: ", ")
            throw .invalidField(path: path, line: lines["language"] ?? 1, field: "language", value: text, expected: "one of \(known)")
        }
        return language
    }
}
