extension String {
    /// The string's Unicode scalars, decoded from its UTF-8 in one pass.
    ///
    /// `Array(string.unicodeScalars)` goes through the scalar view's iterator, which
    /// costs several times more per scalar; every article's text goes through here.
    public var scalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { bytes in
            // Exactly as many places as scalars: every byte but a continuation byte starts one.
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count &+= 1 }
            // Written in place: the array is made at its final size, without a check per scalar.
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, initialized in
                var index = 0
                var written = 0
                while index < bytes.count, written < count {
                    let lead = UInt32(bytes[index])
                    var value: UInt32
                    var length: Int
                    switch lead {
                    case 0..<0x80: value = lead; length = 1
                    case 0xC0..<0xE0 where index + 1 < bytes.count:
                        // Two bytes, the commonest sequence of Persian text, read at once.
                        value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        length = 2
                    default:
                        switch lead {
                        case 0xC0..<0xE0: value = lead & 0x1F; length = 2
                        case 0xE0..<0xF0: value = lead & 0x0F; length = 3
                        default: value = lead & 0x07; length = 4
                        }
                        // A String's UTF-8 is always valid, so each sequence is complete.
                        var position = index + 1
                        while position < index + length, position < bytes.count {
                            value = value << 6 | UInt32(bytes[position] & 0x3F)
                            position += 1
                        }
                    }
                    (scalars.baseAddress! + written).initialize(to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    written += 1
                    index += length
                }
                initialized = written
            }
        }
    }

    /// The string spelled by `scalars`, written as UTF-8 in one pass.
    ///
    /// Building a `String.UnicodeScalarView` appends scalar by scalar, re-checking
    /// the string's storage each time; this sizes the storage once.
    public init(scalars: some Collection<Unicode.Scalar>) {
        // Sized exactly, so that a short string lives inside the value, with no allocation.
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
