import Testing
@testable import AnnalsKit

/// `MarkdownExporter.escaped` reads bytes; these rows compare it with a reading
/// scalar by scalar (the way it was written before), and pin a few by hand.
@Suite struct MarkdownEscapingTests {
    /// The same rules, one Unicode scalar at a time.
    static func scalarByScalar(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", " ":
                pendingSpace = true
                continue
            case "\u{00}"..."\u{1F}", "\u{7F}":
                continue
            default:
                break
            }
            if pendingSpace, !result.isEmpty { result.unicodeScalars.append(" ") }
            pendingSpace = false
            if "\\`*_[]<>#|~&$!{}^".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append("\\")
            } else if result.isEmpty, "-+=".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append("\\")
            } else if scalar == "." || scalar == ")", !result.isEmpty,
                      result.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
                result.unicodeScalars.append("\\")
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    static let texts = [
        "", " ", "plain words", "  spaced \t out \n\n lines  ", "1. first", "12) twelfth", "1.5 million",
        "a. b", "1\\. x", "9 .", "-dash", "+plus", "=equals", "x - y + z = w", "*bold* _it_ `code`",
        "[link](url) <tag> #h |t| ~s~ &amp; $x !b {c} ^d", "back\\slash", "x\u{0}y\u{1F}z\u{7F}",
        "line\u{85}break\u{2028}and\u{2029}para", "\u{80}\u{9F} C1", "ناتو و جمهوری آذربایجان، ۱۳۷۳.",
        "۱. فارسی", "🇦🇿 flag", "e\u{301}\u{301}", "\r\n crlf \r\n", "\u{2028}1. after a break", "1\u{2028}.",
        "٣) Arabic-Indic", "100%", "a\u{A0}b",
    ]

    @Test(arguments: texts)
    func bytesGiveWhatScalarsGive(_ text: String) {
        #expect(MarkdownExporter.escaped(text) == Self.scalarByScalar(text))
    }

    @Test(arguments: [
        ("1. first", "1\\. first"),
        ("-dash", "\\-dash"),
        ("a\u{2028}\u{85}b", "a b"),
        ("  x  ", "x"),
        ("*x*", "\\*x\\*"),
    ])
    func escapesAsMarkdownNeeds(_ text: String, _ expected: String) {
        #expect(MarkdownExporter.escaped(text) == expected)
    }
}
