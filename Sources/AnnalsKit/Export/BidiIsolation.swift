/// Keeps right-to-left article text in its own direction inside an export
/// whose frame (headings, labels, punctuation) is written left to right.
///
/// A Persian sentence ending in a full stop, followed by a closing quote in an
/// English line, is laid out by the Unicode bidirectional algorithm with the
/// stop and the quote at the wrong end of the sentence. Wrapped in a
/// first-strong isolate (U+2068 … U+2069), the sentence takes its direction
/// from its own first letter and its punctuation stays with it, while the
/// text around it keeps its order. Text without right-to-left letters is left
/// as it is.
///
/// ```swift
/// BidiIsolation.isolated("ناتو.")   // "\u{2068}ناتو.\u{2069}"
/// BidiIsolation.isolated("NATO.")   // "NATO."
/// ```
public enum BidiIsolation {
    /// First strong isolate.
    public static let start: Unicode.Scalar = "\u{2068}"
    /// Pop directional isolate.
    public static let end: Unicode.Scalar = "\u{2069}"

    /// `text` between ``start`` and ``end`` when it holds a right-to-left letter; else `text`.
    public static func isolated(_ text: String) -> String {
        guard containsRightToLeft(text) else { return text }
        var result = String(start)
        result += text
        result.unicodeScalars.append(end)
        return result
    }

    /// Whether `text` holds a letter of a right-to-left script (Hebrew, Arabic, Persian, Syriac, Thaana, N'Ko…).
    public static func containsRightToLeft(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isRightToLeft)
    }

    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
            // Marks and digits inside these blocks are weak, but a text of only those is not
            // worth isolating either way; the letters decide.
            return scalar.properties.isAlphabetic
        default:
            return false
        }
    }
}
