import Foundation
import Testing
@testable import AnnalsKit

/// Texts no newsroom writes but a scraper may hand over: they must not crash or hang
/// the extractor, and must not make it report events that are not there.
@Suite(.serialized) struct PathologicalTextTests {
    static let extractor = Result { try EventExtractor() }
    static let reference = DayDate(year: 2022, month: 3, day: 1)

    static func events(in text: String, language: Language) throws -> [ExtractedEvent] {
        try extractor.get().events(in: Article(text: text, published: reference, language: language, origin: "test"))
    }

    static let bidi = ["\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2069}"]

    /// Large, senseless inputs: no event may come out of them.
    static let noise: [(name: String, text: String)] = [
        ("100k digits", String(repeating: "7", count: 100_000)),
        ("100k Persian digits", String(repeating: "۱۳۸۸", count: 25_000)),
        ("full stops", String(repeating: ".", count: 100_000)),
        ("mixed end marks", String(repeating: "?!.؟…", count: 20_000)),
        ("Persian commas and semicolons", String(repeating: "،؛", count: 50_000)),
        ("open brackets", String(repeating: "((«[", count: 25_000)),
        ("quotes", String(repeating: "\"'«»", count: 25_000)),
        ("hyphenated digits", String(repeating: "12-", count: 30_000)),
        ("slashed digits", String(repeating: "1/", count: 50_000)),
        ("ZWNJ", String(repeating: "\u{200C}", count: 100_000)),
        ("diacritics", "ب" + String(repeating: "\u{064E}\u{0651}", count: 50_000)),
        ("bidi controls", String((0..<100_000).map { Character(bidi[$0 % bidi.count]) })),
        ("one very long word", String(repeating: "a", count: 200_000)),
        ("spaces and newlines", String(repeating: " \n\r\n\t", count: 25_000)),
    ]

    @Test(arguments: noise.indices)
    func noiseYieldsNoEvent(index: Int) throws {
        let (name, text) = Self.noise[index]
        for language in Language.allCases {
            #expect(try Self.events(in: text, language: language).isEmpty, "\(name) (\(language))")
        }
    }

    /// Real sentences with bidi controls, ZWNJ and scripts mixed in: still read, offsets still right.
    @Test func mixedScriptsAndBidiControlsKeepOffsetsRight() throws {
        let text = "\u{202B}ناتو\u{202C} و \u{2067}جمهوری\u{200C}آذربایجان\u{2069} در سال \u{200E}1994\u{200E} میلادی به برنامه مشارکت برای صلح پیوست. NATO (ناتو) и Азербайджан 😀.\n"
        let scalars = Array(text.unicodeScalars)
        let events = try Self.events(in: text, language: .persian)
        #expect(!events.isEmpty)
        for mention in events.flatMap(\.mentions) {
            #expect(mention.end <= scalars.count)
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.sentence)
        }
    }

    /// Days that do not exist are not dated, and do not roll over into a neighbouring day.
    @Test(arguments: [
        ("NATO and Azerbaijan met on 31 February 2009.", Language.english, ["2009-03-03", "2009-02-31", "2009-03-02"]),
        ("NATO and Azerbaijan met on February 30, 2010.", .english, ["2010-03-02", "2010-02-30"]),
        ("NATO and Azerbaijan met on 2009-02-29.", .english, ["2009-03-01", "2009-02-29"]),
        ("ناتو و جمهوری آذربایجان در ۳۰ اسفند ۱۴۰۰ دیدار کردند.", .persian, ["2022-03-21", "2022-03-20"]),
        ("ناتو و جمهوری آذربایجان در ۳۲ فروردین ۱۳۸۸ دیدار کردند.", .persian, ["2009-04-21", "2009-04-22"]),
        ("ناتو و جمهوری آذربایجان در ۳۱ مهر ۱۳۸۸ دیدار کردند.", .persian, ["2009-10-23", "2009-10-24"]),
    ] as [(String, Language, [String])])
    func impossibleDaysAreNotDated(text: String, language: Language, wrong: [String]) throws {
        let tagger = try TemporalTagger()
        for expression in tagger.tag(text, language: language, reference: Self.reference) {
            #expect(expression.value.granularity != .day, "'\(expression.text)' read as the day \(expression.value.timex)")
            #expect(!wrong.contains(expression.value.timex), "'\(expression.text)' read as \(expression.value.timex)")
        }
        for event in try Self.events(in: text, language: language) {
            #expect(event.time?.granularity != .day, "\(event.summary) dated \(event.time?.timex ?? "")")
        }
    }

    /// A 5 MB article on a single line, made of real sentences, is read to the end.
    @Test func aFiveMegabyteSingleLineIsReadToTheEnd() throws {
        let sentence = "NATO and Azerbaijan held talks in Baku on May 5, 2009, and Iran protested. "
        let count = 5_000_000 / sentence.utf8.count
        let text = String(repeating: sentence, count: count)
        let started = Date()
        let events = try Self.events(in: text, language: .english)
        let elapsed = Date().timeIntervalSince(started)
        // Identical sentences merge into one event per type, each with every mention.
        #expect(!events.isEmpty)
        #expect(events.map(\.mentions.count).max() == count)
        let lastEnd = events.flatMap(\.mentions).map(\.end).max() ?? 0
        #expect(lastEnd >= text.unicodeScalars.count - sentence.count, "the last sentence was read")
        #expect(elapsed < 300, "took \(elapsed) s")
    }

    /// Extraction time grows linearly with the text: four times the text takes about four
    /// times as long, not sixteen. The ratio allowed (8) leaves room for a noisy machine.
    @Test func extractionTimeIsLinearInTheText() throws {
        let paragraph = """
        NATO and Azerbaijan held talks in Baku on May 5, 2009. The two sides signed an agreement on 3 March 2001.
        ناتو و جمهوری آذربایجان در ۲۸ اردیبهشت ۱۳۸۴ در باکو دیدار کردند. این کشور در سال ۱۹۹۴ به برنامه پیوست.

        """
        func seconds(_ copies: Int) throws -> Double {
            let text = String(repeating: paragraph, count: copies)
            let started = Date()
            _ = try Self.events(in: text, language: .english)
            _ = try Self.events(in: text, language: .persian)
            return Date().timeIntervalSince(started)
        }
        _ = try seconds(50)  // warm up
        let small = max(try seconds(500), 0.05)
        let large = try seconds(2000)
        #expect(large / small < 8, "500 copies: \(small) s, 2000 copies: \(large) s")
    }
}
