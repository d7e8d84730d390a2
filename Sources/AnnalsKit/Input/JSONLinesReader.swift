import Foundation

/// Reads JSON Lines: one article per line, as a JSON object with `text` and
/// optionally `title`, `published`, `source`, `url`, `language`.
/// Blank lines are skipped; a bad line is reported by its number and the rest are read.
struct JSONLinesReader: Sendable {
    let overrides: ArticleOverrides
    /// The languages the `language` field may name, and which a text's script is detected among.
    var profiles: [LanguageProfile] = LanguageProfile.builtIn

    func articles(in text: String, path: String) -> [Result<Article, InputError>] {
        var results: [Result<Article, InputError>] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard !line.allSatisfy({ $0.isWhitespace }) else { continue }
            results.append(Result { () throws(InputError) -> Article in try article(from: line, path: path, line: number) })
        }
        return results
    }

    /// Calls `body` with the article of each line of the JSON Lines file at `path`
    /// (or the error that stopped it), reading the file a line at a time: a file of
    /// any size is read in memory bounded by its longest line. Gives what
    /// ``articles(in:path:)`` gives for the file's decoded text; a file that is not
    /// plain UTF-8 (UTF-16, Windows-1256, binary, empty) is read whole for that.
    ///
    /// - Returns: false when the file must be read whole instead (nothing was passed to `body`).
    func forEachArticle(inFileAt path: String,
                        _ body: (Result<Article, InputError>) throws -> Void) throws -> Bool {
        guard try Self.isPlainUTF8(path) else { return false }
        try LineReader.forEachLine(of: path) { bytes, number in
            var bytes = bytes
            if number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            let line = Substring(String(decoding: bytes, as: UTF8.self))
            guard !line.allSatisfy({ $0.isWhitespace }) else { return }
            try body(Result { () throws(InputError) -> Article in try article(from: line, path: path, line: number) })
        }
        return true
    }

    /// Whether the file is UTF-8 that ``TextDecoder`` would decode as it is: no
    /// UTF-16 byte-order mark, no binary signature or NUL byte, no byte that breaks
    /// UTF-8, and more than white space. Read a line at a time.
    private static func isPlainUTF8(_ path: String) throws -> Bool {
        var plain = true
        var content = false
        let blank: Set<UInt8> = [0x20, 0x0A, 0x0D, 0x09]
        try LineReader.forEachLine(of: path) { bytes, number in
            guard plain else { return }
            var bytes = bytes
            if number == 1 {
                let probe = TextDecoder.binarySignatures + [[0xFF, 0xFE], [0xFE, 0xFF]]
                if probe.contains(where: { bytes.starts(with: $0) }) { plain = false; return }
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            }
            if bytes.contains(0) || TextDecoder.firstInvalidUTF8Offset(in: bytes) != nil { plain = false; return }
            if !content, bytes.contains(where: { !blank.contains($0) }) { content = true }
        }
        return plain && content
    }

    private func article(from line: Substring, path: String, line number: Int) throws(InputError) -> Article {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        } catch {
            throw .malformedJSONLine(path: path, line: number, reason: "invalid JSON")
        }
        guard let dictionary = object as? [String: Any] else {
            throw .malformedJSONLine(path: path, line: number, reason: "expected a JSON object")
        }
        var values: [String: String] = [:]
        for (key, value) in dictionary {
            if let string = value as? String { values[key.lowercased()] = string }
        }
        guard let body = values["text"], !body.allSatisfy({ $0.isWhitespace }) else {
            throw .malformedJSONLine(path: path, line: number, reason: "no 'text' string")
        }
        let lines = Dictionary(uniqueKeysWithValues: values.keys.map { ($0, number) })
        let fields = ArticleFields(values: values, lines: lines, path: path, profiles: profiles)
        return try fields.article(text: body, origin: "\(path):\(number)", overrides: overrides)
    }
}
