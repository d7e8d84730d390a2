/// Why an input could not be read as an article. Each case names where the problem is.
public enum InputError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String, offset: Int)
    case invalidEncoding(path: String, offset: Int)
    case malformedFrontMatter(path: String, line: Int, reason: String)
    case invalidField(path: String, line: Int, field: String, value: String, expected: String)
    case malformedJSONLine(path: String, line: Int, reason: String)
    /// Read, but refused by the database (an event it cannot store); `origin` is the article's ``Article/origin``.
    case rejected(origin: String, reason: String)

    /// The file (or `-` for standard input) the problem is in.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .empty(let path), .binary(let path, _), .invalidEncoding(let path, _),
             .malformedFrontMatter(let path, _, _), .invalidField(let path, _, _, _, _),
             .malformedJSONLine(let path, _, _), .rejected(let path, _):
            path
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .empty(let path): "\(path): empty file, no article text"
        case .binary(let path, let offset): "\(path): byte \(offset): binary data, not a text article"
        case .invalidEncoding(let path, let offset):
            "\(path): byte \(offset): not valid UTF-8, UTF-16 or Windows-1256 text; convert it to UTF-8 (e.g. with iconv)"
        case .malformedFrontMatter(let path, let line, let reason): "\(path):\(line): front matter: \(reason)"
        case .invalidField(let path, let line, let field, let value, let expected):
            "\(path):\(line): '\(field)' is '\(value)'; expected \(expected)"
        case .malformedJSONLine(let path, let line, let reason): "\(path):\(line): not a JSON article: \(reason)"
        case .rejected(let origin, let reason): "\(origin): not stored: \(reason)"
        }
    }
}
