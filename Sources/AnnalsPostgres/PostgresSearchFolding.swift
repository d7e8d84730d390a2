#if PostgreSQL
import Foundation

/// `annals_fold` (migration 0008) written out in Swift, so that an ingest worker folds
/// the text of each mention's search vector itself and the server only parses it.
///
/// The same steps in the same order: lowercased, canonically decomposed (NFD), Latin
/// combining accents (U+0300–U+036F) dropped, then the Arabic-script forms, digits and
/// marks of `annals_fold`'s `translate` mapped or dropped. Lowercasing on the server
/// follows the database's locale, so a store folds on the worker only after the server
/// folded a probe that exercises every step to the same text (``probe``).
enum PostgresSearchFolding {
    /// Folds `text` as `annals_fold(text)` does.
    ///
    /// A plain scalar (``isPlain(_:)``) is folded by itself; the runs of other scalars
    /// between them go through the whole procedure (``foldedRun(_:)``). Both give what the
    /// whole procedure gives for the whole text, as canonical decomposition neither changes
    /// a plain scalar nor reorders marks across it; and plain scalars are most of a text.
    static func fold(_ text: String) -> String {
        var folded = String.UnicodeScalarView()
        var run = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isPlain(scalar) else {
                run.append(scalar)
                continue
            }
            if !run.isEmpty {
                folded.append(contentsOf: foldedRun(String(run)).unicodeScalars)
                run.removeAll()
            }
            let lower = scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 0x20) ?? scalar : scalar
            map(lower, into: &folded)
        }
        if !run.isEmpty { folded.append(contentsOf: foldedRun(String(run)).unicodeScalars) }
        return String(folded)
    }

    /// A scalar that canonical decomposition leaves as it is and never moves a mark across
    /// (no decomposition, combining class 0) and that lowercases to itself, unless it is an
    /// ASCII capital: ASCII, the Arabic letters and digits but the eight that decompose, and
    /// the invisible joiners and direction marks of Persian text.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x7F, 0x0621, 0x0627...0x064A, 0x0660...0x066F, 0x0671...0x06BF, 0x06C1, 0x06C3...0x06D2,
             0x06D4, 0x06D5, 0x06EE...0x06FF, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            true
        default:
            false
        }
    }

    /// The whole procedure: lowercased scalar by scalar, decomposed, each scalar mapped.
    static func foldedRun(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in lowercased(text).decomposedStringWithCanonicalMapping.unicodeScalars {
            map(scalar, into: &scalars)
        }
        return String(scalars)
    }

    /// `annals_fold`'s accents and `translate`: one scalar of decomposed text dropped or mapped.
    private static func map(_ scalar: Unicode.Scalar, into scalars: inout String.UnicodeScalarView) {
        switch scalar.value {
        case 0x0300...0x036F, 0x064B...0x065F, 0x0670, 0x0640, 0x200B, 0x200D, 0x200E, 0x200F,
             0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD:
            return
        case 0x064A, 0x0649, 0x06D0: scalars.append("\u{06CC}")
        case 0x0643: scalars.append("\u{06A9}")
        case 0x0671, 0x0623, 0x0625: scalars.append("\u{0627}")
        case 0x06C0, 0x0629: scalars.append("\u{0647}")
        case 0x0624: scalars.append("\u{0648}")
        case 0x06F0...0x06F9: scalars.append(Unicode.Scalar(UInt8(0x30 + scalar.value - 0x06F0)))
        case 0x0660...0x0669: scalars.append(Unicode.Scalar(UInt8(0x30 + scalar.value - 0x0660)))
        case 0x200C: scalars.append(" ")
        default: scalars.append(scalar)
        }
    }

    /// Each scalar lowercased alone, as the server's `lower` does (no final sigma).
    private static func lowercased(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.changesWhenLowercased {
                scalars.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Text that goes through every step of the folding: Latin, Greek and Cyrillic capitals
    /// and accents, a letter whose lowercase is two scalars, precomposed Arabic letters
    /// that decompose, each mapped letter and digit, vowel marks and invisible marks.
    static let probe = "ÀÉÎÕÜ Straße ΣΑΣ Ωμέγα ЁЖИК İi Ǆ ﬁ ﻻ "
        + "\u{0623}\u{0625}\u{0622}\u{0626}\u{0624}\u{06C0}\u{0629}\u{064A}\u{0643}\u{0649}\u{06D0}\u{0671} "
        + "\u{06F0}\u{06F5}\u{06F9}\u{0660}\u{0665}\u{0669} a\u{200C}b \u{064B}\u{064E}\u{0651}\u{0652}\u{0670}\u{0640} "
        + "\u{200B}\u{200D}\u{200E}\u{200F}\u{202A}\u{202E}\u{2066}\u{2069}\u{FEFF}\u{00AD} e\u{0301}\u{0327} 한국"
}
#endif
