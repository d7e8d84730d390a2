import Testing
@testable import AnnalsKit

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("همکاری‌ها", "همکاری ها"),
        ("همكاري", "همکاری"),
        ("۱۳۷۳", "1373"),
        ("٢٠٠٩", "2009"),
        ("سلامـــت", "سلامت"),
        ("مُحَمَّد", "محمد"),
        ("NATO  Summit", "nato summit"),
        ("«ناتو»", "\"ناتو\""),
        ("a\u{200F}b", "ab"),
    ])
    func folds(input: String, expected: String) {
        #expect(TextNormalizer().normalize(input).string == expected)
    }

    @Test func mapsEveryRangeBackToTheOriginal() {
        let original = "ناتو و  جمهوری‌آذربايجان در ۱۹۹۴"
        let text = TextNormalizer().normalize(original)
        let normalized = text.string
        let position = normalized.unicodeScalars.count - 4
        #expect(text.originalText(in: position..<(position + 4)) == "۱۹۹۴")
        let tokens = Tokenizer().tokens(of: text)
        #expect(tokens.map(\.text) == ["ناتو", "و", "جمهوری", "آذربایجان", "در", "1994"])
        #expect(text.originalText(in: tokens[3].range) == "آذربايجان")
    }

    @Test func detectsLanguageFromScript() {
        #expect(Language.detect(in: "ناتو و آذربایجان") == .persian)
        #expect(Language.detect(in: "NATO and Azerbaijan") == .english)
        #expect(Language.detect(in: "1994 - 2009") == nil)
    }
}

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        ("Mr. Smith met Dr. Jones in Baku. They spoke.", 2),
        ("Growth was 1.5 percent. It fell.", 2),
        ("ناتو آمد. وزیر گفت: «خوب است.» سپس رفت.", 3),
        ("First line\nSecond line", 2),
        ("He asked why? Nobody knew!", 2),
        // A full stop right before a comma or a semicolon ends an abbreviation, not the sentence.
        ("A bomb in Birmingham, Ala., killed a guard. It was May.", 2),
        ("They met in Paris, etc.; nothing came of it.", 1),
    ])
    func counts(text: String, expected: Int) throws {
        let analyzed = try TextAnalyzer().analyze(text)
        #expect(analyzed.sentences.count == expected)
    }
}
