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
    ///
    /// Lines end with "\n" or "\r\n"; only the lines up to the closing fence are looked at,
    /// so the body is never split into lines.
    static func split(_ text: String, path: String) throws(InputError) -> (FrontMatter, body: String) {
        var lines = LineScanner(text)
        guard let first = lines.next(), isFence(text[first.content], closing: false) else { return (FrontMatter(), text) }
        let yamlStart = first.next
        var closing: LineScanner.Line?
        while let line = lines.next() {
            if isFence(text[line.content], closing: true) {
                closing = line
                break
            }
        }
        guard let closing else {
            throw .malformedFrontMatter(path: path, line: 1, reason: "opened with '---' but never closed")
        }
        let yaml = String(text[yamlStart..<closing.content.lowerBound])
        let body = String(text[closing.next...])
        guard !yaml.trimmingWhitespace().isEmpty else { return (FrontMatter(), body) }
        if let plain = plainFields(yaml[...]) { return (plain, body) }
        return (try composed(yaml, path: path), body)
    }

    /// The fields of `yaml` as the YAML parser reads them.
    static func composed(_ yaml: String, path: String) throws(InputError) -> FrontMatter {
        var matter = FrontMatter()
        let node: Node?
        do {
            // The encoding given: left to its default, the parser reads the environment each time.
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
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
        return matter
    }

    /// Whether `line` is a fence: "---" (opening or closing) or "..." (closing), spaces around allowed.
    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        // A fence is short; a long line (a whole article on one line) is not trimmed.
        guard line.utf8.count <= 32 else { return false }
        let trimmed = line.trimmingWhitespace()
        return trimmed == "---" || (closing && trimmed == "...")
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

/// The lines of a text, one at a time, as index ranges (no copies).
private struct LineScanner {
    struct Line {
        /// The line without its "\n" or "\r\n".
        let content: Range<String.Index>
        /// Where the next line starts.
        let next: String.Index
    }

    private let text: String
    private var position: String.Index

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    mutating func next() -> Line? {
        guard position < text.endIndex else { return nil }
        let utf8 = text.utf8
        let start = position
        guard let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else {
            position = text.endIndex
            return Line(content: start..<text.endIndex, next: text.endIndex)
        }
        var end = newline
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
        position = utf8.index(after: newline)
        return Line(content: start..<end, next: position)
    }
}

