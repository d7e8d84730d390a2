import Testing
@testable import AnnalsKit

/// English temporal corpus: phrases, a reference date (2009-05-06, a Wednesday)
/// or none, and the value each must get.
@Suite struct EnglishTimeCorpusTests {
    static let ref = "2009-05-06"

    static let explicit: [TimeCase] = [
        // Years.
        TimeCase("1994", nil, "1994", start: "1994-01-01", end: "1994-12-31", granularity: .year),
        TimeCase("in 1994", nil, "1994", start: "1994-01-01", text: "1994"),
        TimeCase("in the year 1994", nil, "1994", start: "1994-01-01"),
        TimeCase("1373 SH", nil, "1994", start: "1994-03-21", end: "1995-03-20"),
        TimeCase("1430 AH", nil, "2009", start: "2008-12-29"),
        TimeCase("AD 1066", nil, "1066", start: "1066-01-01"),
        TimeCase("nineteen ninety-four", nil, "1994", start: "1994-01-01"),
        TimeCase("in two thousand and nine", nil, "2009", text: "two thousand and nine"),
        // Full dates.
        TimeCase("5 May 2009", nil, "2009-05-05", start: "2009-05-05", granularity: .day),
        TimeCase("May 5, 2009", nil, "2009-05-05", start: "2009-05-05", granularity: .day),
        TimeCase("May 5 2009", nil, "2009-05-05"),
        TimeCase("5th May 2009", nil, "2009-05-05"),
        TimeCase("the 5th of May 2009", nil, "2009-05-05", text: "5th of May 2009"),
        TimeCase("May 5th, 2009", nil, "2009-05-05"),
        TimeCase("fifth of May 2009", nil, "2009-05-05"),
        TimeCase("2009-05-05", nil, "2009-05-05", start: "2009-05-05"),
        TimeCase("05/05/2009", nil, "2009-05-05"),
        TimeCase("12/25/2008", nil, "2008-12-25"),
        TimeCase("25.12.2008", nil, "2008-12-25"),
        TimeCase("2008/12/25", nil, "2008-12-25"),
        TimeCase("Sept 11, 2001", nil, "2001-09-11"),
        TimeCase("Tuesday, May 5, 2009", nil, "2009-05-05", start: "2009-05-05"),
        TimeCase("29 February 2008", nil, "2008-02-29"),
        TimeCase("15 Ramadan 1430 AH", nil, "2009-09-05", start: "2009-09-05"),
        TimeCase("Ramadan 1430", nil, "2009-09", granularity: .month),
        TimeCase("15 Ordibehesht 1388", nil, "2009-05-05", start: "2009-05-05"),
        TimeCase("Farvardin 1403", nil, "2024-04", start: "2024-03-20", end: "2024-04-19", granularity: .month),
        TimeCase("1 Muharram 1431", nil, "2009-12-18"),
        TimeCase("22 Bahman 1357", nil, "1979-02-11"),
        // Months.
        TimeCase("May 2009", nil, "2009-05", start: "2009-05-01", end: "2009-05-31", granularity: .month),
        TimeCase("in March 2003", nil, "2003-03", start: "2003-03-01", end: "2003-03-31"),
        TimeCase("February 2008", nil, "2008-02", start: "2008-02-01", end: "2008-02-29"),
        TimeCase("in January", ref, "2009-01", start: "2009-01-01", text: "January"),
        TimeCase("in June", ref, "2009-06", start: "2009-06-01", text: "June"),
        TimeCase("talks were held in June", "2009-12-20", "2009-06", start: "2009-06-01", text: "June"),
        TimeCase("talks will resume in June", ref, "2009-06", start: "2009-06-01", text: "June"),
        TimeCase("in June", nil, "XXXX-06", granularity: .month, text: "June"),
        TimeCase("May 5", ref, "2009-05-05"),
        TimeCase("talks held in May", ref, "2009-05", start: "2009-05-01", text: "May"),
        TimeCase("since March", ref, "2009-03", text: "March"),
        TimeCase("talks will resume next May", ref, "2010-05", text: "next May"),
        TimeCase("last May", ref, "2008-05", start: "2008-05-01", text: "last May"),
        TimeCase("last March", ref, "2009-03"),
        // The month just gone is "last month": "last April" written in May is a year back.
        TimeCase("last April", ref, "2008-04", start: "2008-04-01", text: "last April"),
        TimeCase("the accord signed last December", "2010-01-20", "2008-12", text: "last December"),
        TimeCase("the talks that opened last November", "2010-01-20", "2009-11", text: "last November"),
        TimeCase("next March", nil, "FUTURE_REF"),
        TimeCase("May 7", ref, "2009-05-07"),
        TimeCase("they voted on May 7", "2009-12-20", "2009-05-07", text: "May 7"),
        TimeCase("they will vote on May 7", "2009-12-20", "2010-05-07", text: "May 7"),
        TimeCase("they voted on May 7", ref, "2009-05-07", text: "May 7"),
        TimeCase("May 5", nil, "XXXX-05-05"),
        TimeCase("early May", ref, "2009-05", mod: "START"),
        TimeCase("mid-1994", nil, "1994", start: "1994-01-01", mod: "MID"),
        TimeCase("late 2008", nil, "2008", mod: "END"),
        TimeCase("the end of 2008", nil, "2008", mod: "END"),
        // Weekdays and relative days.
        TimeCase("on Tuesday", ref, "2009-05-05", start: "2009-05-05", granularity: .day, text: "Tuesday"),
        TimeCase("on Tuesday", nil, "XXXX-WXX-2", granularity: .day),
        TimeCase("He will arrive on Tuesday", ref, "2009-05-12"),
        TimeCase("Wednesday", ref, "2009-05-06"),
        TimeCase("on Sunday", ref, "2009-05-03"),
        TimeCase("yesterday", ref, "2009-05-05", start: "2009-05-05", granularity: .day),
        TimeCase("yesterday", nil, "PAST_REF", granularity: Granularity.none),
        TimeCase("today", ref, "2009-05-06"),
        TimeCase("today", nil, "PRESENT_REF"),
        TimeCase("tomorrow", ref, "2009-05-07"),
        TimeCase("tomorrow", nil, "FUTURE_REF"),
        TimeCase("the day before yesterday", ref, "2009-05-04"),
        TimeCase("last night", ref, "2009-05-05TNI", start: "2009-05-05", type: .time),
        TimeCase("He left last Tuesday", ref, "2009-05-05", text: "last Tuesday"),
        TimeCase("He will leave next Friday", ref, "2009-05-08", text: "next Friday"),
        TimeCase("last Wednesday", ref, "2009-04-29"),
        TimeCase("next Wednesday", ref, "2009-05-13"),
        TimeCase("He met her last Tuesday and will see her again", ref, "2009-05-05", text: "last Tuesday"),
        TimeCase("last Tuesday", nil, "XXXX-WXX-2"),
        // Quarters.
        TimeCase("the first quarter of 2009", nil, "2009-Q1", start: "2009-01-01", end: "2009-03-31", granularity: .quarter),
        TimeCase("the fourth quarter of 2008", nil, "2008-Q4", start: "2008-10-01", end: "2008-12-31"),
        TimeCase("Jan. 5, 2009", nil, "2009-01-05", start: "2009-01-05"),
        TimeCase("by mid-May", ref, "2009-05", mod: "MID", text: "mid-May"),
        TimeCase("December 31, 1999", nil, "1999-12-31"),
        TimeCase("1 January 2000", nil, "2000-01-01"),
        TimeCase("Monday, 4 May 2009", nil, "2009-05-04", start: "2009-05-04"),
        TimeCase("in the 1980s", nil, "198", start: "1980-01-01", end: "1989-12-31", text: "1980s"),
        TimeCase("the late 1980s", nil, "198", mod: "END", text: "the late 1980s"),
        TimeCase("the 19th century", nil, "18", start: "1800-01-01", end: "1899-12-31", text: "19th century"),
        TimeCase("between 2001 and 2003", nil, "P2Y", start: "2001-01-01", end: "2003-12-31"),
        TimeCase("from March to May 2009", nil, "P2M", start: "2009-03-01", end: "2009-05-31"),
        TimeCase("several years ago", ref, "PAST_REF", granularity: Granularity.none),
        TimeCase("within two weeks", nil, "P2W", type: .duration, text: "two weeks"),
        TimeCase("for several years", nil, "PXY", type: .duration, text: "several years"),
        TimeCase("for a year", nil, "P1Y", type: .duration, text: "a year"),
        TimeCase("twenty years", nil, "P20Y", type: .duration),
        TimeCase("in the past two decades", nil, "P20Y", type: .duration, text: "the past two decades"),
        // Durations.
        TimeCase("two days after the vote", ref, "P2D", type: .duration, text: "two days"),
        TimeCase("over the past 15 years", nil, "P15Y", granularity: Granularity.none, type: .duration, text: "the past 15 years"),
        TimeCase("for 15 years", nil, "P15Y", type: .duration, text: "15 years"),
        TimeCase("for 15 years", ref, "P15Y", type: .duration),
        TimeCase("for three months", nil, "P3M", type: .duration),
        TimeCase("two weeks", nil, "P2W", type: .duration),
        TimeCase("10 days", nil, "P10D", type: .duration),
        TimeCase("two decades", nil, "P20Y", type: .duration),
        TimeCase("in the next five years", nil, "P5Y", type: .duration),
        // Now.
        TimeCase("currently", nil, "PRESENT_REF", granularity: Granularity.none),
        TimeCase("now", ref, "PRESENT_REF"),
        TimeCase("at present", nil, "PRESENT_REF"),
        // Relative units.
        TimeCase("last week", ref, "2009-W18", start: "2009-04-27", end: "2009-05-03", granularity: .week),
        TimeCase("next week", ref, "2009-W20"),
        TimeCase("this week", ref, "2009-W19"),
        TimeCase("last month", ref, "2009-04", start: "2009-04-01", end: "2009-04-30", granularity: .month),
        TimeCase("next month", ref, "2009-06"),
        TimeCase("this year", ref, "2009", start: "2009-01-01", end: "2009-12-31"),
        TimeCase("last year", ref, "2008", start: "2008-01-01"),
        TimeCase("next year", ref, "2010"),
        TimeCase("two years ago", ref, "2007", start: "2007-01-01"),
        TimeCase("a year ago", ref, "2008"),
        TimeCase("three days ago", ref, "2009-05-03"),
        // "later" counts from the story, not the reference: the amount is a duration; "from now" counts from the reference.
        TimeCase("3 days later", ref, "P3D", type: .duration, text: "3 days"),
        TimeCase("3 days from now", ref, "2009-05-09"),
        TimeCase("two months ago", ref, "2009-03"),
        TimeCase("last week", nil, "PAST_REF"),
        TimeCase("next year", nil, "FUTURE_REF"),
        TimeCase("two years ago", nil, "PAST_REF"),
        // Decades, centuries, seasons.
        TimeCase("the 1990s", nil, "199", start: "1990-01-01", end: "1999-12-31", granularity: .decade, text: "1990s"),
        TimeCase("1990's", nil, "199"),
        TimeCase("the 90s", nil, "199", text: "90s"),
        TimeCase("the 20th century", nil, "19", start: "1900-01-01", end: "1999-12-31", granularity: .century, text: "20th century"),
        TimeCase("the twenty-first century", nil, "20", text: "twenty-first century"),
        TimeCase("spring 2009", nil, "2009-SP", granularity: .season),
        TimeCase("summer of 1994", nil, "1994-SU"),
        TimeCase("last summer", ref, "2008-SU", start: "2008-06-21", end: "2008-09-22", granularity: .season),
        TimeCase("next winter", ref, "2009-WI", start: "2009-12-21", end: "2010-03-19"),
        TimeCase("this spring", ref, "2009-SP", start: "2009-03-20"),
        TimeCase("last winter", ref, "2008-WI", start: "2008-12-21"),
        TimeCase("last summer", nil, "PAST_REF"),
        TimeCase("the early 1990s", nil, "199", mod: "START"),
        // Sets.
        TimeCase("every year", nil, "P1Y", type: .set),
        TimeCase("annually", nil, "P1Y", type: .set),
        TimeCase("every week", nil, "P1W", type: .set),
        TimeCase("daily", nil, "P1D", type: .set),
        // Ranges.
        TimeCase("from 1992 to 1994", nil, "P2Y", start: "1992-01-01", end: "1994-12-31", type: .duration),
        TimeCase("between 1992 and 1994", nil, "P2Y", start: "1992-01-01", end: "1994-12-31"),
        TimeCase("between May and July 2009", nil, "P2M", start: "2009-05-01", end: "2009-07-31"),
        TimeCase("1992-1994", nil, "P2Y", start: "1992-01-01", end: "1994-12-31"),
        // Times of day: with their day a TIME value on that day, alone never pinned to a day.
        TimeCase("10 a.m. on Tuesday", ref, "2009-05-05T10:00", start: "2009-05-05", granularity: .day, type: .time),
        TimeCase("Tuesday at 10 a.m.", ref, "2009-05-05T10:00", start: "2009-05-05", granularity: .day, type: .time),
        TimeCase("Tuesday at 10 a.m.", nil, "XXXX-WXX-2T10:00", type: .time),
        TimeCase("on May 5, 2009 at 9 o'clock", nil, "2009-05-05T09:00", start: "2009-05-05", type: .time,
                 text: "May 5, 2009 at 9 o'clock"),
        TimeCase("at 3:15 pm tomorrow", ref, "2009-05-07T15:15", start: "2009-05-07", type: .time, text: "3:15 pm tomorrow"),
        TimeCase("at 10:30", nil, "XXXX-XX-XXT10:30", granularity: Granularity.none, type: .time, text: "10:30"),
        TimeCase("at 10:30", ref, "2009-05-06T10:30", start: "2009-05-06", type: .time, text: "10:30"),
        TimeCase("12 a.m.", nil, "XXXX-XX-XXT00:00", type: .time),
        TimeCase("12 p.m.", nil, "XXXX-XX-XXT12:00", type: .time),
        TimeCase("at 9pm", nil, "XXXX-XX-XXT21:00", type: .time, text: "9pm"),
        // Decades by name; "a decade ago" is the year ten years before.
        TimeCase("the nineties", nil, "199", start: "1990-01-01", end: "1999-12-31", granularity: .decade, text: "nineties"),
        TimeCase("in the eighties", nil, "198", start: "1980-01-01", text: "eighties"),
        TimeCase("the early seventies", nil, "197", mod: "START"),
        TimeCase("a decade ago", ref, "1999", start: "1999-01-01", end: "1999-12-31", granularity: .year),
        TimeCase("two decades ago", ref, "1989", start: "1989-01-01", granularity: .year),
        TimeCase("a decade ago", nil, "PAST_REF"),
        TimeCase("a century ago", ref, "1909", granularity: .year),
    ]

    @Test(arguments: explicit)
    func explicitRows(row: TimeCase) throws {
        try TimeTesting.check(row, language: .english)
    }

    @Test func rangePointsKeepTheirMods() throws {
        let tagger = try #require(TimeTesting.tagger)
        let found = tagger.tag("from early 1992 to late 1994", language: .english, reference: nil)
        try #require(found.count == 1)
        #expect(found[0].beginPoint?.mod == "START")
        #expect(found[0].endPoint?.mod == "END")
    }

    @Test func rangeHasItsPoints() throws {
        let tagger = try #require(TimeTesting.tagger)
        let found = tagger.tag("from 1992 to 1994", language: .english, reference: nil)
        try #require(found.count == 1)
        #expect(found[0].beginPoint?.timex == "1992")
        #expect(found[0].endPoint?.timex == "1994")
        #expect(found[0].text == "from 1992 to 1994")
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]
    static let shortNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Every month in the main written forms, with a few days and years.
    static let days: [TimeCase] = monthNames.enumerated().flatMap { index, name in
        [(1, 2009), (14, 1994), (28, 2015)].flatMap { day, year -> [TimeCase] in
            let iso = "\(year)-\(TimeTesting.pad(index + 1))-\(TimeTesting.pad(day))"
            return [
                TimeCase("\(day) \(name) \(year)", nil, iso, start: iso, granularity: .day),
                TimeCase("\(name) \(day), \(year)", nil, iso, start: iso, granularity: .day),
                TimeCase("\(shortNames[index]). \(day), \(year)", nil, iso, text: nil),
                TimeCase("on \(name) \(day)th, \(year)", nil, iso, start: iso),
            ]
        }
    }

    @Test(arguments: days.filter { !$0.phrase.hasPrefix("May.") })
    func dayRows(row: TimeCase) throws {
        try TimeTesting.check(row, language: .english)
    }

    /// Days written as ordinal words: "the fifth of May 2009", "twenty-first of June 1994".
    static let ordinalDays: [TimeCase] = monthNames.enumerated().flatMap { index, name in
        [("first", 1), ("fifth", 5), ("twenty-first", 21)].map { word, day in
            let iso = "2009-\(TimeTesting.pad(index + 1))-\(TimeTesting.pad(day))"
            return TimeCase("\(word) of \(name) 2009", nil, iso, start: iso, granularity: .day)
        }
    }

    @Test(arguments: ordinalDays)
    func ordinalDayRows(row: TimeCase) throws {
        try TimeTesting.check(row, language: .english)
    }

    static let monthYears: [TimeCase] = monthNames.enumerated().flatMap { index, name in
        [1994, 2009, 2020].map { year in
            let end = DayDate.daysIn(month: index + 1, year: year)
            return TimeCase("\(name) \(year)", nil, "\(year)-\(TimeTesting.pad(index + 1))",
                            start: "\(year)-\(TimeTesting.pad(index + 1))-01",
                            end: "\(year)-\(TimeTesting.pad(index + 1))-\(TimeTesting.pad(end))", granularity: .month)
        }
    }

    @Test(arguments: monthYears)
    func monthYearRows(row: TimeCase) throws {
        try TimeTesting.check(row, language: .english)
    }

    static let years: [TimeCase] = stride(from: 1600, through: 2099, by: 7).map { year in
        TimeCase("in \(year)", nil, String(year), start: "\(year)-01-01", end: "\(year)-12-31", granularity: .year)
    }

    @Test(arguments: years)
    func yearRows(row: TimeCase) throws {
        try TimeTesting.check(row, language: .english)
    }

    static let weekdays: [TimeCase] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        .enumerated().flatMap { index, name -> [TimeCase] in
            let number = index + 1
            let back = (3 - number + 7) % 7
            let past = CalendarConverter.adding(days: -back, to: DayDate(year: 2009, month: 5, day: 6))
            let ahead = CalendarConverter.adding(days: (number - 3 + 7) % 7, to: DayDate(year: 2009, month: 5, day: 6))
            return [
                TimeCase("on \(name)", ref, past.iso, start: past.iso, granularity: .day),
                TimeCase("The minister will visit on \(name)", ref, ahead.iso, start: ahead.iso),
                TimeCase("on \(name)", nil, "XXXX-WXX-\(number)", granularity: .day),
            ]
        }

    @Test(arguments: weekdays)
    func weekdayRows(row: TimeCase) throws {
        try TimeTesting.check(row, language: .english)
    }

    static let negatives = [
        "15 soldiers", "2,000 troops", "$1994", "1994 people", "15th anniversary", "the 15th anniversary",
        "they may come", "it may rain", "the march was long", "31 February 2009", "30 February 2008", "31 April 2009",
        "1,994", "1994.5", "12345", "25%", "1994 percent", "route 66", "he is 15", "a march on the capital",
        "the may pole", "section 12", "Room 101", "about 1200 soldiers", "the first", "the second",
        "august company", "13 people killed", "1994 votes", "13/25/2008", "0912-123-4567", "version 1.2.3",
        "at 10", "25:30", "I am 10", "10:3", "they arrived at 10", "the 15th year of the war",
    ]

    @Test(arguments: negatives)
    func nothing(phrase: String) throws {
        try TimeTesting.checkNothing(phrase, language: .english)
    }
}
