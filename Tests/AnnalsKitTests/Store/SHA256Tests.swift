import Testing
@testable import AnnalsKit

@Suite struct SHA256Tests {
    // FIPS 180-4 examples (and NIST's one-million-"a" message).
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func digestsTheStandardExamples(message: String, digest: String) {
        #expect(SHA256.hex(of: Array(message.utf8)) == digest)
    }

    @Test func digestsAMillionLetters() {
        #expect(SHA256.hex(of: repeatElement(UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [55, 56, 63, 64, 65])
    func padsAroundTheBlockBoundary(length: Int) {
        // Feeding the bytes one by one or at once gives the same digest, and lengths differ.
        let bytes = Array(repeating: UInt8(ascii: "x"), count: length)
        var hasher = SHA256()
        for byte in bytes { hasher.update(CollectionOfOne(byte)) }
        let digest = hasher.finalizeHex()
        #expect(digest == SHA256.hex(of: bytes))
        #expect(digest != SHA256.hex(of: bytes.dropLast()))
        #expect(digest.count == 64)
    }
}

@Suite struct ArticleTests {
    @Test func keysOnTextAndPublicationDate() {
        let base = StoreFixture.document("NATO met Azerbaijan.")
        var retitled = base
        retitled.title = "Another title"
        retitled.origin = "elsewhere/b.txt"
        #expect(retitled.contentHash == base.contentHash)

        var redated = base
        redated.published = DayDate(year: 2009, month: 5, day: 7)
        #expect(redated.contentHash != base.contentHash)

        var edited = base
        edited.text += " "
        #expect(edited.contentHash != base.contentHash)

        // The key is the SHA-256 of "<date>\n<text>".
        #expect(base.contentHash == SHA256.hex(of: Array("2009-05-06\nNATO met Azerbaijan.".utf8)))
    }

    @Test(arguments: [
        ("articles/000_x.txt", "T", "000_x.txt"),
        ("feeds/news.jsonl:12", "T", "news.jsonl:12"),
        ("", "A title", "A title"),
        ("", nil, "document"),
        ("/srv/a/b/", "T", "b"),
        ("/", "T", "T"),
        ("//", nil, "document"),
        ("plain.md", nil, "plain.md"),
        ("اخبار/خبر ۱.txt", nil, "خبر ۱.txt"),
        ("آرشیو", nil, "آرشیو"),
        // A slash with a combining mark after it is one character, not a slash.
        ("dir/\u{301}x.txt", nil, "dir/\u{301}x.txt"),
        ("a/\u{301}/b.txt", nil, "b.txt"),
    ] as [(String, String?, String)])
    func namesDocumentsForExports(origin: String, title: String?, expected: String) {
        #expect(Article.displayName(origin: origin, title: title) == expected)
    }
}
