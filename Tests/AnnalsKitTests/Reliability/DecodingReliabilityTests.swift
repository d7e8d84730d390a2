import Foundation
import Testing
@testable import AnnalsKit

/// Bytes that are not clean UTF-8: each is decoded or refused with the byte it went wrong at.
@Suite struct DecodingReliabilityTests {
    let decoder = TextDecoder()

    /// "ناتو با جمهوری آذربایجان دیدار کرد." as an old Persian site would serve it in Windows-1256
    /// (Arabic yeh and kaf, the forms that code page has).
    static let windows1256Bytes: [UInt8] = [
        0xE4, 0xC7, 0xCA, 0xE6, 0x20, 0xC8, 0xC7, 0x20, 0xCC, 0xE3, 0xE5, 0xE6, 0xD1, 0xED, 0x20,
        0xC2, 0xD0, 0xD1, 0xC8, 0xC7, 0xED, 0xCC, 0xC7, 0xE4, 0x20, 0xCF, 0xED, 0xCF, 0xC7, 0xD1, 0x20,
        0x98, 0xD1, 0xCF, 0x2E, 0x0A,
    ]

    @Test func windows1256IsDetectedAndDecoded() throws {
        let text = try decoder.decode(Data(Self.windows1256Bytes), path: "old.txt")
        #expect(text == "ناتو با جمهوري آذربايجان ديدار کرد.\n")
        // The same text normalises to what a UTF-8 article says.
        let utf8 = TextNormalizer().normalizedString("ناتو با جمهوری آذربایجان دیدار کرد.\n")
        #expect(TextNormalizer().normalizedString(text) == utf8)
    }

    @Test func windows1256TableMatchesTheOfficialMappingAtItsLandmarks() {
        // Spot checks against CP1256.TXT: pe, gaf, ZWNJ, Arabic comma, alef, yeh, LRM, yeh barree.
        let landmarks: [(UInt8, UInt32)] = [(0x81, 0x067E), (0x90, 0x06AF), (0x9D, 0x200C), (0xA1, 0x060C),
                                            (0xC7, 0x0627), (0xED, 0x064A), (0xFD, 0x200E), (0xFF, 0x06D2)]
        for (byte, scalar) in landmarks {
            #expect(Windows1256.upperHalf[Int(byte) - 0x80] == scalar, "byte \(byte)")
        }
        #expect(Windows1256.upperHalf.count == 128)
        #expect(Set(Windows1256.upperHalf).count == 128)
    }

    @Test(arguments: [
        // Latin-1 French: invalid UTF-8, but its high bytes are accented Latin letters, not Arabic script.
        ([0x63, 0x61, 0x66, 0xE9, 0x20, 0xE0, 0x20, 0x6C, 0x61, 0x20, 0x63, 0x72, 0xE8, 0x6D, 0x65, 0x20, 0xEE, 0x6C, 0x65, 0xFB], 3),
        // One stray byte in otherwise English text is too little to call it Windows-1256.
        ([0x61, 0x62, 0xFF, 0x63], 2),
        // A truncated UTF-8 sequence at the end.
        (Array("ok ".utf8) + [0xD8], 3),
        // An overlong encoding of "/".
        ([0x41, 0xC0, 0xAF], 1),
    ] as [([UInt8], Int)])
    func otherInvalidBytesAreRefusedAtTheirOffset(bytes: [UInt8], offset: Int) {
        #expect(throws: InputError.invalidEncoding(path: "x", offset: offset)) { try decoder.decode(Data(bytes), path: "x") }
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], 0),  // PNG
        ([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10], 0),  // JPEG
        (Array("%PDF-1.7\n%\u{E2}\u{E3}".utf8), 0),  // PDF
        ([0x1F, 0x8B, 0x08, 0x00], 0),  // gzip
        (Array("RIFF".utf8) + [0x24, 0x00, 0x00, 0x00] + Array("WEBP".utf8), 0),  // WebP
        ([0x61, 0x62, 0x0A, 0x01, 0x02, 0xC8, 0xC7, 0xCA, 0xE6, 0xE5], 3),  // control bytes in non-UTF-8
    ] as [([UInt8], Int)])
    func binaryIsRefusedAtItsOffset(bytes: [UInt8], offset: Int) {
        #expect(throws: InputError.binary(path: "x", offset: offset)) { try decoder.decode(Data(bytes), path: "x") }
    }

    @Test func utf16WithEitherByteOrderMark() throws {
        let little = Data([0xFF, 0xFE]) + "ناتو met.".data(using: .utf16LittleEndian)!
        let big = Data([0xFE, 0xFF]) + "ناتو met.".data(using: .utf16BigEndian)!
        #expect(try decoder.decode(little, path: "x") == "ناتو met.")
        #expect(try decoder.decode(big, path: "x") == "ناتو met.")
        // An odd byte count cannot be UTF-16: the last byte is the bad one.
        #expect(throws: InputError.invalidEncoding(path: "x", offset: 4)) { try decoder.decode(Data([0xFF, 0xFE, 0x61, 0x00, 0x62]), path: "x") }
        // A byte-order mark and nothing else is an empty article.
        #expect(throws: InputError.empty(path: "x")) { try decoder.decode(Data([0xFF, 0xFE, 0x20, 0x00]), path: "x") }
    }

    @Test(arguments: [[], [0xEF, 0xBB, 0xBF], Array(" \n\t\r\n".utf8)] as [[UInt8]])
    func emptyOrBlankFilesAreEmpty(bytes: [UInt8]) {
        #expect(throws: InputError.empty(path: "x")) { try decoder.decode(Data(bytes), path: "x") }
    }

    @Test(arguments: [
        ("---\npublished: 2009-13-01\n---\nBody", "c.md:2: 'published' is '2009-13-01'"),
        ("---\npublished: 1400-12-30\n---\nBody", "c.md:2: 'published' is '1400-12-30'"),  // 30 Esfand of a common year
        ("---\ndate: 2009-02-31\n---\nBody", "c.md:2: 'date' is '2009-02-31'"),
        ("---\ntitle: a\n  bad: indent\n---\nBody", "c.md:"),
        ("---\n- a list\n- not a mapping\n---\nBody", "c.md:2: front matter: expected 'key: value' lines"),
        ("---\ntitle: a\npublished: \"2009-05-06\n---\nBody", "c.md:"),
    ])
    func malformedFrontMatterAndDatesNameTheLine(text: String, message: String) {
        #expect {
            _ = try ArticleReader().article(from: text, path: "c.md")
        } throws: { error in
            String(describing: error).hasPrefix(message)
        }
    }

    @Test func jsonLinesWithBrokenLinesKeepsTheGoodOnes() {
        let text = """
        {"text": "NATO met Azerbaijan.", "published": "2009-05-06"}
        {"text": "truncated
        [1, 2, 3]
        {"text": 42}
        {"text": "Good again.", "published": "2009-02-30"}
        {"text": "Last one."}
        """
        let results = JSONLinesReader(overrides: ArticleOverrides()).articles(in: text, path: "f.jsonl")
        let messages = results.map { result -> String in
            switch result {
            case .success(let article): "ok \(article.origin)"
            case .failure(let error): error.description
            }
        }
        #expect(messages == [
            "ok f.jsonl:1",
            "f.jsonl:2: not a JSON article: invalid JSON",
            "f.jsonl:3: not a JSON article: expected a JSON object",
            "f.jsonl:4: not a JSON article: no 'text' string",
            "f.jsonl:5: 'published' is '2009-02-30'; expected a date like 2009-05-06",
            "ok f.jsonl:6",
        ])
    }
}
