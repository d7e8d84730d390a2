import Yams

/// The YAML block that may open a Markdown or text article, between `---` lines.
///
/// ```
/// ---
/// title: NATO and Azerbaijan mark fifteen years
/// published: 2009-05-06
/// language: en
/// ---
/// ```
/// Known keys: `title`, `published` (or `date`), `source`, `url`, `language`. Other keys are ignored.
struct FrontMatter: Sendable {
    var fields: [String: String] = [:]
    /// The line (from 1) each field is on, for error messages.
    var lines: [String: Int] = [:]

    /// Splits `text` into its front matter and body. Text without front matter is all body.
    static func split(_ text: String, path: String) throws(InputError) -> (FrontMatter, body: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingCharacters() == "---" else { return (FrontMatter(), text) }
        guard let closing = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters() == "---" || $0.trimmingCharacters() == "..." }) else {
            throw .malformedFrontMatter(path: path, line: 1, reason: "opened with '---' but never closed")
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        var matter = FrontMatter()
        if !yaml.trimmingCharacters().isEmpty {
            let node: Node?
            do {
                node = try Yams.compose(yaml: yaml)
            } catch {
                throw .malformedFrontMatter(path: path, line: Self.line(of: error) + 1, reason: Self.reason(of: error))
            }
            guard let mapping = node?.mapping else {
                throw .malformedFrontMatter(path: path, line: 2, reason: "expected 'key: value' lines")
            }
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                let line = (key.mark?.line ?? 0) + 1
                if let scalar = value.scalar {
                    matter.fields[name.lowercased()] = scalar.string
                    matter.lines[name.lowercased()] = line
                }
            }
        }
        let body = lines[(closing + 1)...].joined(separator: "\n")
        return (matter, body)
    }

    private static func line(of error: any Error) -> Int {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return mark.line
            default: return 1
            }
        }
        return 1
    }

    private static func reason(of error: any Error) -> String {
        if let yamlError = error as? YamlError {
            switch yamlError {
            case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
                return problem
            default: break
            }
        }
        return "not valid YAML"
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
