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
    ///
    /// Every article goes through here, scalar by scalar: one loop, with the folding of
    /// a scalar and the merging of spaces written out in it (`normalizedScalars(_:)`
    /// gives the same scalars by way of `fold(_:emit:)`).
    public func normalize(_ text: String) -> NormalizedText {
        let original = text.scalarArray
        let count = original.count
        var scalars: [Unicode.Scalar] = []
        var sources: [Range<Int>] = []
        scalars.reserveCapacity(count)
        sources.reserveCapacity(count)
        var index = 0
        while index < count {
            let scalar = original[index]
            let start = index
            let folded: Unicode.Scalar
            if scalar == "\r" {
                // "\r\n" is one line break.
                index += index + 1 < count && original[index + 1] == "\n" ? 2 : 1
                folded = "\n"
            } else {
                index += 1
                switch Self.fold(scalar) {
                case .drop: continue
                case .scalar(let one): folded = one
                case .scalars(let several):
                    for each in several { Self.append(each, from: start..<index, to: &scalars, &sources) }
                    continue
                }
            }
            Self.append(folded, from: start..<index, to: &scalars, &sources)
        }
        return NormalizedText(original: text, originalScalars: original, scalars: scalars, sources: sources)
    }

    /// Appends one folded scalar: one space for any run of spaces, and none right after a line break.
    @inline(__always)
    private static func append(_ folded: Unicode.Scalar, from source: Range<Int>,
                               to scalars: inout [Unicode.Scalar], _ sources: inout [Range<Int>]) {
        if folded == " " {
            if let last = scalars.last, last == " " || last == "\n" {
                sources[sources.count - 1] = sources[sources.count - 1].lowerBound..<source.upperBound
                return
            }
        } else if folded == "\n", scalars.last == " " {
            scalars[scalars.count - 1] = "\n"
            sources[sources.count - 1] = sources[sources.count - 1].lowerBound..<source.upperBound
            return
        }
        scalars.append(folded)
        sources.append(source)
    }

    /// The normalised form of a short phrase, e.g. a lexicon entry.
    public func normalizedString(_ phrase: String) -> String {
        String(scalars: normalizedScalars(phrase)).trimmingSpaces()
    }

    /// The normalised scalars of `text`, without the map back to it: the same
    /// scalars as ``normalize(_:)`` gives, for lexicon entries and other short phrases.
    func normalizedScalars(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.underestimatedCount)
        Self.fold(text.scalarArray) { folded, _ in
            if folded == " " {
                if let last = scalars.last, last == " " || last == "\n" { return }
            } else if folded == "\n", scalars.last == " " {
                scalars[scalars.count - 1] = "\n"
                return
            }
            scalars.append(folded)
        }
        return scalars
    }

    /// Folds every scalar of `original`, handing each resulting scalar to `emit`
    /// with the original range it stands for ("\r\n" is one line break).
    private static func fold(_ original: [Unicode.Scalar], emit: (Unicode.Scalar, Range<Int>) -> Void) {
        var index = 0
        let count = original.count
        while index < count {
            let scalar = original[index]
            if scalar == "\r" {
                let consumed = index + 1 < count && original[index + 1] == "\n" ? 2 : 1
                emit("\n", index..<(index + consumed))
                index += consumed
                continue
            }
            let source = index..<(index + 1)
            index += 1
            switch fold(scalar) {
            case .drop: break
            case .scalar(let folded): emit(folded, source)
            case .scalars(let folded): for each in folded { emit(each, source) }
            }
        }
    }

    /// What one scalar folds to.
    enum Folding: Equatable {
        case drop
        case scalar(Unicode.Scalar)
        /// Lowercasing that yields several scalars (rare).
        case scalars([Unicode.Scalar])
    }

    /// What one scalar becomes: nothing, itself, or another scalar (or a few, for lowercasing).
    static func fold(_ scalar: Unicode.Scalar) -> Folding {
        let value = scalar.value
        switch value {
        case 0x0061...0x007A, 0x0030...0x0039, 0x0021...0x0040, 0x005B...0x0060, 0x007B...0x007E: return .scalar(scalar)
        case 0x0041...0x005A: return .scalar(Unicode.Scalar(UInt8(value + 0x20)))
        case 0x0020, 0x0009: return .scalar(" ")
        case 0x000A: return .scalar("\n")
        // Arabic-script letters that stay as they are (the common case in Persian text).
        case 0x0621, 0x0622, 0x0626...0x0628, 0x062A...0x063A, 0x0641, 0x0642, 0x0644...0x0648,
             0x067E, 0x0686, 0x0698, 0x06A9, 0x06AF, 0x06CC: return .scalar(scalar)
        case 0x06F0...0x06F9, 0x0660...0x0669: return .scalar(Unicode.Scalar(UInt8(0x30 + value % 16)))
        case 0x064A, 0x0649, 0x06D0: return .scalar("\u{06CC}")
        case 0x0643: return .scalar("\u{06A9}")
        case 0x0623, 0x0625, 0x0671: return .scalar("\u{0627}")
        case 0x0624: return .scalar("\u{0648}")
        case 0x06C0, 0x0629: return .scalar("\u{0647}")
        case 0x064B...0x065F, 0x0670, 0x0640: return .drop
        case 0x200B, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x00AD: return .drop
        case 0x200C: return .scalar(" ")
        case 0x060C, 0x066C: return .scalar(",")
        case 0x061B: return .scalar(";")
        case 0x061F: return .scalar("?")
        case 0x066B: return .scalar(".")
        case 0x06D4: return .scalar(".")
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2033: return .scalar("\"")
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: return .scalar("'")
        case 0x2010...0x2015, 0x2212: return .scalar("-")
        case 0x2026: return .scalar(".")
        case 0x000B, 0x000C, 0x0085, 0x2028, 0x2029: return .scalar("\n")
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .scalar(" ")
        case 0x0000...0x001F, 0x007F: return .scalar(" ")
        default:
            return foldByProperties(scalar)
        }
    }

    /// The rest of the scalars, by their Unicode properties: lowercased, or dropped when a combining accent.
    ///
    /// Kept out of line: reading a scalar's properties makes a function set up a frame for them
    /// on every call, which the common scalars above should not pay.
    @inline(never)
    private static func foldByProperties(_ scalar: Unicode.Scalar) -> Folding {
        let properties = scalar.properties
        if properties.isUppercase || properties.changesWhenLowercased {
            let lowered = properties.lowercaseMapping.unicodeScalars
            if lowered.count == 1, let only = lowered.first { return .scalar(only) }
            return .scalars(Array(lowered))
        }
        if (0x0300...0x036F).contains(scalar.value) { return .drop }
        return .scalar(scalar)
    }
}

