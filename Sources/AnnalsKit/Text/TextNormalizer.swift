/// Folds the interchangeable spellings of Persian and English news into one form.
///
/// - Arabic yeh and kaf (ي ى ك) become Persian ی and ک; hamza-carrying alefs become ا.
/// - Persian (۰–۹) and Arabic-Indic (٠–٩) digits become ASCII digits.
/// - Diacritics (harakat, superscript alef), tatweel, bidi controls and other
///   invisible format characters are dropped.
/// - ZWNJ becomes a space, so "همکاری‌ها" and "همکاری ها" read the same;
///   runs of spaces become one space; line breaks stay.
/// - Arabic punctuation and typographic quotes and dashes become their ASCII forms.
/// - Latin letters are lowercased.
public struct TextNormalizer: Sendable {
    public init() {}

    /// Normalises `text`, keeping a map back to it.
    public func normalize(_ text: String) -> NormalizedText {
        let original = Array(text.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        var sources: [Range<Int>] = []
        scalars.reserveCapacity(original.count)
        sources.reserveCapacity(original.count)

        var index = 0
        while index < original.count {
            let scalar = original[index]
            var consumed = 1
            var replacement = Self.fold(scalar)
            if scalar == "\r" {
                replacement = ["\n"]
                if index + 1 < original.count, original[index + 1] == "\n" { consumed = 2 }
            }
            let source = index..<(index + consumed)
            index += consumed

            for folded in replacement {
                if folded == " " {
                    // One space for any run of spaces, and none right after a line break.
                    if let last = scalars.last, last == " " || last == "\n" {
                        sources[sources.count - 1] = sources[sources.count - 1].lowerBound..<source.upperBound
                        continue
                    }
                } else if folded == "\n", scalars.last == " " {
                    scalars[scalars.count - 1] = "\n"
                    sources[sources.count - 1] = sources[sources.count - 1].lowerBound..<source.upperBound
                    continue
                }
                scalars.append(folded)
                sources.append(source)
            }
        }
        return NormalizedText(original: text, originalScalars: original, scalars: scalars, sources: sources)
    }

    /// The normalised form of a short phrase, e.g. a lexicon entry.
    public func normalizedString(_ phrase: String) -> String {
        normalize(phrase).string.trimmingSpaces()
    }

    /// What one scalar becomes: nothing, itself, or another scalar (or a few, for lowercasing).
    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let value = scalar.value
        switch value {
        case 0x0041...0x005A: return [Unicode.Scalar(value + 0x20)!]
        case 0x0061...0x007A, 0x0030...0x0039: return [scalar]
        case 0x06F0...0x06F9: return [Unicode.Scalar(value - 0x06F0 + 0x30)!]
        case 0x0660...0x0669: return [Unicode.Scalar(value - 0x0660 + 0x30)!]
        case 0x064A, 0x0649, 0x06D0: return ["\u{06CC}"]
        case 0x0643: return ["\u{06A9}"]
        case 0x0623, 0x0625, 0x0671: return ["\u{0627}"]
        case 0x0624: return ["\u{0648}"]
        case 0x06C0, 0x0629: return ["\u{0647}"]
        case 0x064B...0x065F, 0x0670, 0x0640: return []
        case 0x200B, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD: return []
        case 0x200C: return [" "]
        case 0x060C, 0x066C: return [","]
        case 0x061B: return [";"]
        case 0x061F: return ["?"]
        case 0x066B: return ["."]
        case 0x06D4: return ["."]
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return ["\""]
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return ["'"]
        case 0x2010...0x2015, 0x2212: return ["-"]
        case 0x2026: return ["."]
        case 0x000A, 0x000B, 0x000C, 0x0085, 0x2028, 0x2029: return ["\n"]
        case 0x0009, 0x0020, 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return [" "]
        case 0x0000...0x001F, 0x007F: return [" "]
        default:
            if scalar.properties.isUppercase || scalar.properties.changesWhenLowercased {
                return Array(scalar.properties.lowercaseMapping.unicodeScalars)
            }
            if scalar.properties.generalCategory == .nonspacingMark, (0x0300...0x036F).contains(value) {
                return []
            }
            return [scalar]
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and line breaks.
    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\n" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\n" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
