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

    /// Large, senseless inputs: no event may come out of them. Runs of punctuation are
    /// kept to 2,000 marks: each mark is a token, and the actor matcher is still quadratic
    /// in a run of tokens without a name (`Gazetteer.roleChains`; see RELIABILITY-SECTION.md).
    static let noise: [(name: String, text: String)] = [
        ("100k digits", String(repeating: "7", count: 100_000)),
        ("100k Persian digits", String(repeating: "۱۳۸۸", count: 25_000)),
        ("full stops", String(repeating: ".", count: 2_000)),
        ("mixed end marks", String(repeating: "?!.؟…", count: 400)),
        ("Persian commas and semicolons", String(repeating: "،؛", count: 1_000)),
        ("open brackets", String(repeating: "((«[", count: 500)),
        ("quotes", String(repeating: "\"'«»", count: 500)),
        ("hyphenated digits", String(repeating: "12-", count: 700)),
        ("slashed digits", String(repeating: "1/", count: 1_000)),
        ("100k ZWNJ", String(repeating: "\u{200C}", count: 100_000)),
        ("100k diacritics", "ب" + String(repeating: "\u{064E}\u{0651}", count: 50_000)),
        ("100k bidi controls", String((0..<100_000).map { Character(bidi[$0 % bidi.count]) })),
        ("one word of 200k letters", String(repeating: "a", count: 200_000)),
        ("100k spaces and line breaks", String(repeating: " \n\r\n\t", count: 25_000)),
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

    /// A long article on a single line, made of real sentences, is read to the end. A debug
    /// build reads about 6 kB of such text a second on a busy 2-core machine, so the test keeps
    /// to 60 kB; time is linear in length (``extractionTimeIsLinearInNewsText()``), so a 5 MB
    /// line differs only in waiting.
    @Test func aLongSingleLineIsReadToTheEnd() throws {
        let sentence = "NATO and Azerbaijan held talks in Baku on May 5, 2009, and Iran protested. "
        let count = 60_000 / sentence.utf8.count
        let text = String(repeating: sentence, count: count)
        let events = try Self.events(in: text, language: .english)
        // Identical sentences merge into one event per type, each with every mention.
        #expect(!events.isEmpty)
        #expect(events.map(\.mentions.count).max() == count)
        let lastEnd = events.flatMap(\.mentions).map(\.end).max() ?? 0
        #expect(lastEnd >= text.unicodeScalars.count - sentence.count, "the last sentence was read")
    }

    /// The CPU seconds this thread spends extracting the events of `text`.
    static func seconds(_ text: String, language: Language) throws -> Double {
        var failure: (any Error)?
        let seconds = LinearTimeTests.seconds {
            do { _ = try events(in: text, language: language) } catch { failure = error }
        }
        if let failure { throw failure }
        return seconds
    }

    /// Extraction time grows linearly with news text: eight times the text takes about eight
    /// times as long, not sixty-four. The ratio allowed (20) leaves room for a noisy machine.
    @Test func extractionTimeIsLinearInNewsText() throws {
        let paragraph = """
        NATO and Azerbaijan held talks in Baku on May 5, 2009. The two sides signed an agreement on 3 March 2001.
        ناتو و جمهوری آذربایجان در ۲۸ اردیبهشت ۱۳۸۴ در باکو دیدار کردند. این کشور در سال ۱۹۹۴ به برنامه پیوست.

        """
        _ = try Self.seconds(String(repeating: paragraph, count: 20), language: .english)  // warm up
        let small = max(try Self.seconds(String(repeating: paragraph, count: 50), language: .english), 0.02)
        let large = try Self.seconds(String(repeating: paragraph, count: 400), language: .english)
        #expect(large / small < 20, "50 copies: \(small) s, 400 copies: \(large) s")
    }
}
