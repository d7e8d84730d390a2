import Testing
@testable import AnnalsKit

/// The fast paths of text preparation that the tagger and the lexicons lean on give
/// the same results as the full ones.
@Suite struct TextFastPathTests {
    static let samples = [
        "روز سه‌شنبه ۱۵ اردیبهشت ۱۳۸۸", "همکاری‌ها  و\u{200C}\u{200C}روابط", "كشور ي\u{064E}ك", "أحمد إلى مؤسسة",
        "The U.S. Army, in 1994!", "ÉCOLE İstanbul straße ǅ", "a\r\nb\rc\n \n d", "«نقل قول» — “quote” …",
        "\u{202B}متن\u{202C} \u{FEFF}x", "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹", "cafe\u{0301} naïve", "\t tab\u{00A0}nbsp\u{3000}",
    ]

    @Test(arguments: samples)
    func normalizedScalarsMatchNormalize(text: String) {
        let normalizer = TextNormalizer()
        #expect(normalizer.normalizedScalars(text) == normalizer.normalize(text).scalars)
    }

    /// Every normalised scalar maps back to the original scalars it came from.
    @Test(arguments: samples)
    func sourcesCoverTheOriginal(text: String) {
        let normalized = TextNormalizer().normalize(text)
        for index in normalized.scalars.indices {
            let source = normalized.originalRange(of: index..<(index + 1))
            #expect(source.lowerBound >= 0 && source.upperBound <= normalized.originalScalars.count)
        }
    }

    @Test(arguments: samples)
    func fastTokenKindsMatchUnicodeProperties(text: String) {
        for scalar in TextNormalizer().normalize(text).scalars where scalar != " " && scalar != "\n" {
            let properties = scalar.properties
            let expected: Token.Kind = ("0"..."9").contains(scalar) ? .number
                : properties.isAlphabetic || properties.generalCategory == .nonspacingMark
                    || properties.generalCategory == .spacingMark ? .word : .punctuation
            #expect(Tokenizer.kind(of: scalar) == expected, "\(scalar.value)")
        }
    }

    @Test func lexiconInsertByWordsMatchesInsertByPhrase() {
        var byPhrase = PhraseLexicon<Int>()
        var byWords = PhraseLexicon<Int>()
        for (value, phrase) in ["سه‌شنبه", "سه شنبه گذشته", "U.S. Army", "كشور"].enumerated() {
            byPhrase.insert(phrase, value: value)
            byWords.insert(words: PhraseLexicon<Int>.words(of: phrase), value: value)
        }
        let tokens = Tokenizer().tokens(of: TextNormalizer().normalize("کشور سه شنبه گذشته و u.s. army"))
        let left = byPhrase.matches(in: tokens).map { [$0.tokenRange.lowerBound, $0.tokenRange.upperBound] + $0.values }
        let right = byWords.matches(in: tokens).map { [$0.tokenRange.lowerBound, $0.tokenRange.upperBound] + $0.values }
        #expect(left == right)
        #expect(left == [[0, 1, 3], [1, 4, 1], [5, 10, 2]])
    }

    /// The lexicon's edge table grows from 16 slots to tens of thousands; every phrase
    /// put in must be found again, and nothing else.
    @Test func aLargeLexiconFindsEveryPhraseAndNothingElse() {
        var lexicon = PhraseLexicon<Int>()
        var generator = SeededGenerator(seed: 7)
        let letters = Array("abcdefghijklmnopqrstuvwxyzابپتثجچحخدذرزسشصضطظعغفقکگلمنوهی")
        var phrases: [[String]] = []
        for value in 0..<20_000 {
            let words = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                String((0..<Int.random(in: 1...6, using: &generator)).map { _ in letters.randomElement(using: &generator)! })
            }
            phrases.append(words)
            lexicon.insert(words: words, value: value)
        }
        for (value, words) in phrases.enumerated() {
            let tokens = words.enumerated().map { Token(text: $1, kind: .word, range: $0..<($0 + 1), followsSpace: true) }
            let match = lexicon.longestMatch(in: tokens, at: 0)
            #expect(match?.length == words.count && match?.values.contains(value) == true, "\(words)")
        }
        let stranger = [Token(text: "zzzzzzzzz", kind: .word, range: 0..<1, followsSpace: true)]
        #expect(lexicon.longestMatch(in: stranger, at: 0) == nil)
    }

    /// Keys compare by bytes: equal words match whatever their history, different bytes never do.
    @Test func wordKeysCompareByBytes() {
        #expect(WordKey("ناتو") == WordKey(String(decoding: Array("ناتو".utf8), as: UTF8.self)))
        #expect(WordKey("ناتو") != WordKey("ناتوی"))
        #expect(WordKey("nato").hashValue == WordKey("nato").hashValue)
        let tokens = Tokenizer().tokens(of: TextNormalizer().normalize("ناتو nato"))
        #expect(tokens.map(\.key) == [WordKey("ناتو"), WordKey("nato")])
    }

    /// The one-pass UTF-8 decoding gives exactly the scalars of the string's own view,
    /// for one-, two-, three- and four-byte scalars.
    @Test func scalarArrayDecodesLikeTheScalarView() {
        var generator = SeededGenerator(seed: 11)
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x7FF, 0x600...0x6FF, 0x800...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF]
        for _ in 0..<500 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                let range = ranges.randomElement(using: &generator)!
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &generator)) { scalars.append(scalar) }
            }
            let text = String(scalars)
            #expect(text.scalarArray == Array(text.unicodeScalars))
        }
        #expect("ناتو 🇦🇿 NATO\r\n".scalarArray == Array("ناتو 🇦🇿 NATO\r\n".unicodeScalars))
        #expect("".scalarArray.isEmpty)
    }
}
