import Testing
@testable import AnnalsKit

@Suite struct TemporalTaggerTests {
    /// A whole paragraph: expressions come out in order, do not overlap, and their
    /// offsets give back their text in the original (ZWNJ, Persian digits and all).
    @Test func persianParagraph() throws {
        let tagger = try #require(TimeTesting.tagger)
        let text = "وزیر روز سه‌شنبه ۱۵ اردیبهشت ۱۳۸۸ در تبریز، مرکز آذربایجان شرقی، گفت که طی ۱۵ سال گذشته "
            + "و از سال ۱۹۹۲ تا ۱۹۹۴ همکاری ادامه داشت و در حال حاضر ۲۰۰۰ نفر در این طرح کار می‌کنند."
        let found = tagger.tag(text, language: .persian, reference: DayDate(year: 2009, month: 5, day: 6))
        #expect(found.map(\.value.timex) == ["2009-05-05", "P15Y", "P2Y", "PRESENT_REF"])
        #expect(found.map(\.text) == ["روز سه‌شنبه ۱۵ اردیبهشت ۱۳۸۸", "۱۵ سال گذشته", "از سال ۱۹۹۲ تا ۱۹۹۴", "در حال حاضر"])
        let scalars = Array(text.unicodeScalars)
        for (expression, next) in zip(found, found.dropFirst()) {
            #expect(expression.range.upperBound <= next.range.lowerBound)
            #expect(expression.tokenRange.upperBound <= next.tokenRange.lowerBound)
        }
        for expression in found {
            #expect(String(String.UnicodeScalarView(scalars[expression.range])) == expression.text)
        }
        #expect(found[2].beginPoint?.timex == "1992")
        #expect(found[2].endPoint?.timex == "1994")
    }

    @Test func englishParagraph() throws {
        let tagger = try #require(TimeTesting.tagger)
        let text = "On Tuesday the ministers met in Geneva. They may meet again in June; 2,000 troops have served "
            + "there for 15 years, since 1994, and the 15th anniversary falls next year."
        let found = tagger.tag(text, language: .english, reference: DayDate(year: 2009, month: 5, day: 6))
        // "may meet" speaks of the future, so June is the coming one.
        // The 15th anniversary of 1994, said in the same sentence: 2009, inferred.
        #expect(found.map(\.value.timex) == ["2009-05-05", "2009-06", "P15Y", "1994", "2009", "2010"])
        #expect(found.map(\.anchoredToReference) == [true, true, false, false, false, true])
        #expect(found.map(\.isInferred) == [false, false, false, false, true, false])
    }

    /// Anniversaries take the year they count from from their sentence, else (with a reference
    /// date) from a year of the document that makes them fall in the reference's year; always inferred.
    @Test(arguments: [
        ("the 15th anniversary of relations established in 1992", Language.english, nil, "15th anniversary", "2007", false),
        ("In 1994 the programme began. Its fifteenth anniversary was marked in Baku.", .english, "2009-05-06",
         "fifteenth anniversary", "2009", true),
        ("نشستی دو روزه در پانزدهمین سال برقراری مناسبات تهران و مسکو در پایتخت روسیه برپا شد. این مناسبات در سال ۱۹۹۴ شکل گرفت.", .persian,
         "2009-05-06", "پانزدهمین سال", "2009", true),
        ("پانزدهمین سالگرد تاسیس این سازمان در سال ۱۳۷۳", .persian, nil, "پانزدهمین سالگرد", "2009", false),
        ("دهمین سالگرد ۱۵ خرداد ۱۳۷۸", .persian, nil, "دهمین سالگرد", "2009", false),
    ] as [(String, Language, String?, String, String, Bool)])
    func anniversaries(text: String, language: Language, reference: String?, phrase: String, timex: String, anchored: Bool) throws {
        let tagger = try #require(TimeTesting.tagger)
        let found = tagger.tag(text, language: language, reference: reference.flatMap { DayDate(iso: $0) })
        let anniversary = try #require(found.first { $0.text == phrase }, "\(found.map(\.text))")
        #expect(anniversary.value.timex == timex)
        #expect(anniversary.value.granularity == .year)
        #expect(anniversary.isInferred)
        #expect(anniversary.anchoredToReference == anchored)
        #expect(found.filter(\.isInferred).count == 1)
    }

    /// With no year to count from, an anniversary or an ordinal year of something yields nothing,
    /// and takes its ordinal away from the other scanners.
    @Test(arguments: [
        ("the 15th anniversary falls today", Language.english),
        ("In 1994 the programme began. Its fifteenth anniversary was marked in Baku.", .english),
        ("پانزدهمین سال برقراری مناسبات دو کشور", .persian),
        ("دومین سال متوالی رشد اقتصادی", .persian),
        ("سالگرد پانزدهم خرداد", .persian),
    ])
    func anniversariesWithoutAYear(text: String, language: Language) throws {
        let tagger = try #require(TimeTesting.tagger)
        // No reference date: only a year of the same sentence could be counted from.
        let found = tagger.tag(text, language: language, reference: nil)
        #expect(found.allSatisfy { !$0.isInferred && !$0.text.contains("anniversary") && !$0.text.contains("سال برقراری") })
        #expect(found.allSatisfy { $0.value.timex != "2009" })
    }

    /// What an anniversary marks has happened: a year after the reference is never counted from
    /// ("the 2012 Games" in a story of 2009), while one before it is.
    @Test(arguments: [
        ("Hopes rest on the 2012 Games and the 100th anniversary of the league.", "2009-05-06", nil),
        ("The league, founded in 1909, marks its 100th anniversary with the 2012 Games in view.", "2009-05-06", "2009"),
        ("تا المپیک ۲۰۱۲ و صدمین سالگرد این لیگ", "2009-05-06", nil),
    ] as [(String, String, String?)])
    func anniversariesOfAYearStillToCome(text: String, reference: String, timex: String?) throws {
        let tagger = try #require(TimeTesting.tagger)
        let found = tagger.tag(text, language: nil, reference: DayDate(iso: reference))
        #expect(found.filter(\.isInferred).map(\.value.timex) == (timex.map { [$0] } ?? []))
    }

    /// Odd input never traps: long runs of number words, huge numbers, lone marks.
    @Test(arguments: [
        String(repeating: "هزار ", count: 400), String(repeating: "thousand ", count: 400),
        "99999999999999999999999 May 2009", "9999-99-99", "0000-00-00", "1388/13/40", "-", "", "سال", "May",
        String(repeating: "از ", count: 50) + "۱۳۸۸", "from from to to", "between and", "12/31/99999",
    ])
    func oddInput(text: String) throws {
        let tagger = try #require(TimeTesting.tagger)
        for language in Language.allCases {
            _ = tagger.tag(text, language: language, reference: DayDate(year: 2009, month: 5, day: 6))
            _ = tagger.tag(text, language: language, reference: nil)
        }
    }

    /// The language is detected from the script when not given.
    @Test func detectsLanguage() throws {
        let tagger = try #require(TimeTesting.tagger)
        #expect(tagger.tag("۱۵ اردیبهشت ۱۳۸۸", language: nil, reference: nil).first?.value.timex == "2009-05-05")
        #expect(tagger.tag("May 5, 2009", language: nil, reference: nil).first?.value.timex == "2009-05-05")
    }

    @Test(arguments: [
        ("fa/time-extra.tsv", "phrase\tkind\tvalue\tcondition\nفلان\tmonth\tsolar-hijri:13\t\n", "fa/time-extra.tsv:2"),
        ("en/time-extra.tsv", "# a comment\nphrase\tkind\tvalue\tcondition\nblah\tnonsense\t\t\n", "en/time-extra.tsv:3"),
        ("en/time-extra.tsv", "phrase\tkind\tvalue\tcondition\nblah\tunit\tfortnight\t\n", "en/time-extra.tsv:2"),
        ("en/time-extra.tsv", "phrase\tkind\tvalue\tcondition\nblah\tweekday\t1\tsometimes\n", "en/time-extra.tsv:2"),
        ("fa/time-extra.tsv", "key\tvalue\nbare-year\t1300:solar-hijri\n", "fa/time-extra.tsv:2"),
        ("fa/time-extra.tsv", "phrase\tkind\n", "fa/time-extra.tsv:1"),
    ])
    func malformedDataNamesFileAndLine(path: String, contents: String, location: String) {
        var files = ResourceLibrary.embedded.files
        files[path] = contents
        do {
            _ = try TemporalTagger(resources: ResourceLibrary(files: files))
            Issue.record("no error for \(path)")
        } catch {
            #expect(String(describing: error).hasPrefix(location), "\(error)")
        }
    }

    /// Adding a language's data is enough for the tagger to use it: here an extra
    /// English word, supplied as a new `time-*.tsv` file.
    @Test func extraDataFilesAreLoaded() throws {
        var files = ResourceLibrary.embedded.files
        files["en/time-extra.tsv"] = "phrase\tkind\tvalue\tcondition\nfortnightly\tset\tP2W\t\n"
        let tagger = try TemporalTagger(resources: ResourceLibrary(files: files))
        #expect(tagger.tag("they meet fortnightly", language: .english, reference: nil).first?.value.timex == "P2W")
    }
}
