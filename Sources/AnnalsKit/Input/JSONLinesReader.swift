import Foundation

/// Reads JSON Lines: one article per line, as a JSON object with `text` and
/// optionally `title`, `published`, `source`, `url`, `language`.
/// Blank lines are skipped; a bad line is reported by its number and the rest are read.
struct JSONLinesReader: Sendable {
    let overrides: ArticleOverrides
    /// The languages the `language` field may name.
    var languages: [Language] = Language.allCases

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
        let fields = ArticleFields(values: values, lines: lines, path: path, languages: languages)
        return try fields.article(text: body, origin: "\(path):\(number)", overrides: overrides)
    }
}
