import Testing
@testable import AnnalsKit

/// The decoder's fast path (the standard library's UTF-8 check) and its own check, which
/// finds the offset of a bad byte, accept and reject the same bytes.
@Suite struct TextDecoderValidationTests {
    @Test(arguments: [
        [0x61, 0x62],                         // ASCII
        [0xD8, 0xB3, 0xD9, 0x84],             // Arabic letters
        [0xE2, 0x80, 0x8C],                   // ZWNJ
        [0xF0, 0x9F, 0x98, 0x80],             // four bytes
        [0xF4, 0x8F, 0xBF, 0xBF],             // the last scalar
        [0xC0, 0xAF],                         // overlong
        [0xE0, 0x80, 0xAF],                   // overlong, three bytes
        [0xF0, 0x80, 0x80, 0xAF],             // overlong, four bytes
        [0xED, 0xA0, 0x80],                   // a surrogate
        [0xF4, 0x90, 0x80, 0x80],             // past the last scalar
        [0xF5, 0x80, 0x80, 0x80],
        [0xD8],                               // cut short
        [0x61, 0xE2, 0x80],
        [0x80],                               // a lone continuation byte
        [0xFF],
        [0xC3, 0x28],                         // a lead byte without its continuation
    ] as [[UInt8]])
    func agree(bytes: [UInt8]) {
        let valid = String(validating: bytes, as: UTF8.self) != nil
        #expect(valid == (TextDecoder.firstInvalidUTF8Offset(in: bytes[...]) == nil))
    }
}
