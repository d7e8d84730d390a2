import Testing
@testable import AnnalsKit

@Suite struct SummaryWhitespaceTests {
    /// The summary's white-space test agrees with Unicode's `White_Space` on every scalar of
    /// these blocks (ASCII, Latin-1, the Arabic blocks, general punctuation, CJK symbols).
    @Test(arguments: [0x0000...0x00FF, 0x0600...0x08FF, 0x1600...0x16FF, 0x2000...0x206F, 0x3000...0x303F, 0xFB50...0xFEFF])
    func agreesWithUnicode(block: ClosedRange<UInt32>) {
        for value in block {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DocumentReading.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }
}
