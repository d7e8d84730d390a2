/// A 64-bit FNV-1a hash of strings, for fingerprints that say whether two sets
/// of data are the same (not for security: see ``SHA256`` for content hashes).
///
/// ```swift
/// var hash = FNV1a()
/// hash.add("actors/countries.tsv")
/// hash.hex   // 16 hexadecimal digits
/// ```
struct FNV1a: Sendable {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Adds the UTF-8 bytes of `text`, then a separator byte no UTF-8 text holds,
    /// so that ("ab", "c") and ("a", "bc") differ.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes { mix(byte) }
        }
        mix(0xFF)
    }

    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash as 16 lower-case hexadecimal digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
