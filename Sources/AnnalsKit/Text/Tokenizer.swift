/// Splits a normalised text into words, numbers and punctuation marks.
///
/// Words are runs of letters; a letter next to a digit starts a new token, so
/// "1994م" is a number and a word. Spaces and line breaks separate tokens and
/// are not tokens themselves.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `text`, in order.
    public func tokens(of text: NormalizedText) -> [Token] {
        tokens(of: text.scalars)
    }

    /// The tokens of a sequence of normalised scalars.
    public func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var sawSpace = true
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\n" {
                sawSpace = true
                index += 1
                continue
            }
            let kind = Self.kind(of: scalar)
            var end = index + 1
            if kind != .punctuation {
                while end < scalars.count, Self.kind(of: scalars[end]) == kind { end += 1 }
            }
            // The token's text written as UTF-8 straight into the string's storage,
            // its fingerprint computed on the way. The storage is sized exactly: a word of
            // up to 15 bytes then lives inside the string, with no allocation.
            var size = 0
            for position in index..<end { size += UTF8.width(scalars[position]) }
            var fingerprint = WordKey.offsetBasis
            let text = String(unsafeUninitializedCapacity: size) { buffer in
                var written = 0
                for position in index..<end {
                    UTF8.encode(scalars[position]) { byte in
                        buffer[written] = byte
                        written += 1
                        fingerprint = WordKey.mix(fingerprint, byte)
                    }
                }
                return written
            }
            tokens.append(Token(
                key: WordKey(text: text, fingerprint: fingerprint),
                kind: kind,
                range: index..<end,
                followsSpace: sawSpace
            ))
            sawSpace = false
            index = end
        }
        return tokens
    }

    static func kind(of scalar: Unicode.Scalar) -> Token.Kind {
        switch scalar.value {
        case 0x30...0x39: return .number
        case 0x41...0x5A, 0x61...0x7A: return .word
        case 0...0x7F: return .punctuation
        // The Arabic-script letters of Persian text.
        case 0x0621...0x063A, 0x0641...0x064A, 0x067E, 0x0686, 0x0698, 0x06A9, 0x06AF, 0x06CC: return .word
        default:
            return kindByProperties(scalar)
        }
    }

    /// The kind of the rest of the scalars, by their Unicode properties; out of line, so that
    /// the common scalars above do not pay for setting up the properties.
    @inline(never)
    private static func kindByProperties(_ scalar: Unicode.Scalar) -> Token.Kind {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark {
            return .word
        }
        return .punctuation
    }
}
