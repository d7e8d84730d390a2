import Foundation

/// Folds names further than ``TextNormalizer`` so that spellings news uses
/// interchangeably compare equal: "آمریکا"/"امریکا", "رئیس"/"رییس",
/// "Côte d'Ivoire"/"Cote d'Ivoire".
///
/// Works on normalised token texts; the gazetteer folds both its aliases and
/// the tokens of the text it reads, so its tries compare like with like.
enum NameFolding {
    private static let normalizer = TextNormalizer()
    private static let tokenizer = Tokenizer()

    /// Whether ``fold(_:)`` changes `token` (most tokens it leaves as they are).
    ///
    /// Read from the UTF-8 bytes, without decoding the scalars: U+0622 and U+0626 are D8 A2 and
    /// D8 A6, U+00C0–U+024F are C3 80 to C9 8F, U+1E00–U+1EFF are E1 B8 80 to E1 BB BF.
    static func changes(_ token: String) -> Bool {
        var token = token
        return token.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 { index += 1; continue }
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                switch lead {
                case 0xC3...0xC8: return true
                case 0xC9: if next <= 0x8F { return true }
                case 0xD8: if next == 0xA2 || next == 0xA6 { return true }
                case 0xE1: if (0xB8...0xBB).contains(next) { return true }
                default: break
                }
                index += 1
            }
            return false
        }
    }

    /// The folded form of one normalised token.
    static func fold(_ token: String) -> String {
        if token.utf8.allSatisfy({ $0 < 0x80 }) { return token }
        var scalars = String.UnicodeScalarView()
        for scalar in token.unicodeScalars {
            switch scalar.value {
            case 0x0622: scalars.append("\u{0627}")          // آ -> ا
            case 0x0626: scalars.append("\u{06CC}")          // ئ -> ی
            case 0x00C0...0x024F, 0x1E00...0x1EFF:
                // Latin letters with diacritics: keep the base letter.
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                for part in decomposed where !(0x0300...0x036F).contains(part.value) { scalars.append(part) }
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The folded tokens of a phrase.
    static func words(_ phrase: String) -> [String] {
        if let words = asciiWords(phrase) { return words }
        return tokenizer.tokens(of: normalizer.normalize(phrase)).map { fold($0.text) }
    }

    /// The tokens of an ASCII phrase, as normalising and tokenising it would give them
    /// (lowercase letter runs, digit runs, one token per other mark), without their cost.
    private static func asciiWords(_ phrase: String) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        var currentIsDigits = false
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in phrase.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                if currentIsDigits { flush() }
                currentIsDigits = false
                current.append(byte | 0x20)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if !currentIsDigits { flush() }
                currentIsDigits = true
                current.append(byte)
            case 0x00...0x20, 0x7F:
                flush()
            default:
                flush()
                words.append(String(UnicodeScalar(byte)))
            }
        }
        flush()
        return words
    }

    /// The key a phrase is compared by: its folded tokens joined by spaces.
    static func key(_ phrase: String) -> String {
        words(phrase).joined(separator: " ")
    }

    /// The spellings of an English name that Foundation writes one way and news another:
    /// "&" for "and", "St." for "Saint", a name with its alternative in brackets.
    static func variants(of name: String) -> [String] {
        var results = [name]
        if name.contains("&") {
            results.append(name.replacingOccurrences(of: "&", with: "and"))
        }
        if name.hasPrefix("St. ") {
            results.append("Saint " + name.dropFirst(4))
        }
        if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            results.append(String(name[..<open]))
            results.append(String(name[name.index(after: open)..<close]))
        }
        return results
    }

    /// The edit distance between two folded names, counted in Unicode scalars.
    static func editDistance(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar]) -> Int {
        if first.isEmpty { return second.count }
        if second.isEmpty { return first.count }
        var previous = Array(0...second.count)
        var current = [Int](repeating: 0, count: second.count + 1)
        for (i, a) in first.enumerated() {
            current[0] = i + 1
            for (j, b) in second.enumerated() {
                current[j + 1] = Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a == b ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[second.count]
    }
}
