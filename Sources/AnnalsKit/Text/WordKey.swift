/// A normalised word used as a dictionary key: hashed and compared by its UTF-8 bytes.
///
/// Swift's `String` hashes and compares by canonical equivalence, which costs a
/// Unicode normalisation pass on every look-up of a non-ASCII word — most of a
/// Persian text. Tokens and lexicon entries both come out of ``TextNormalizer``,
/// so equal words have equal bytes and the byte comparison is enough. The
/// fingerprint (64-bit FNV-1a of the bytes) is computed once, when the token is
/// made, so a look-up hashes eight bytes whatever the word's length.
public struct WordKey: Hashable, Sendable {
    /// The word.
    public let text: String
    /// FNV-1a of the word's UTF-8 bytes.
    let fingerprint: UInt64

    public init(_ text: String) {
        var fingerprint = Self.offsetBasis
        for byte in text.utf8 { fingerprint = Self.mix(fingerprint, byte) }
        self.init(text: text, fingerprint: fingerprint)
    }

    /// A key whose fingerprint was computed while its bytes were written (see ``Tokenizer``).
    init(text: String, fingerprint: UInt64) {
        self.text = text
        self.fingerprint = fingerprint
    }

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One step of FNV-1a.
    @inline(__always)
    static func mix(_ fingerprint: UInt64, _ byte: UInt8) -> UInt64 {
        (fingerprint ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    public static func == (lhs: WordKey, rhs: WordKey) -> Bool {
        lhs.fingerprint == rhs.fingerprint && sameBytes(lhs.text, rhs.text)
    }

    /// Whether two strings have the same UTF-8 bytes: compared in place, as one block,
    /// when both strings keep their bytes contiguous (as native strings do).
    @inline(__always)
    static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.utf8, right = rhs.utf8
        guard left.count == right.count else { return false }
        return left.withContiguousStorageIfAvailable { leftBytes in
            right.withContiguousStorageIfAvailable { rightBytes in
                leftBytes.elementsEqual(rightBytes)
            }
        }.flatMap { $0 } ?? left.elementsEqual(right)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }
}
