import Testing
@testable import AnnalsKit

@Suite struct DisplayCalendarTests {
    static func date(_ value: String, _ start: String, _ end: String, _ granularity: Granularity) -> TimelineEvent.DateInfo {
        .init(value: value, start: ExportFixture.day(start), end: ExportFixture.day(end), granularity: granularity, calendar: .gregorian)
    }

    static let labels: [(TimelineEvent.DateInfo, String)] = [
        (date("1994-05-04", "1994-05-04", "1994-05-04", .day), "۱۴ اردیبهشت ۱۳۷۳"),
        (date("2009-05-05", "2009-05-05", "2009-05-05", .day), "۱۵ اردیبهشت ۱۳۸۸"),
        (date("2011-03-20", "2011-03-20", "2011-03-20", .day), "۲۹ اسفند ۱۳۸۹"),
        (date("2011-03-21", "2011-03-21", "2011-03-21", .day), "۱ فروردین ۱۳۹۰"),
        (date("2011-03", "2011-03-01", "2011-03-31", .month), "اسفند ۱۳۸۹ – فروردین ۱۳۹۰"),
        (date("1373-02", "1994-04-21", "1994-05-21", .month), "اردیبهشت ۱۳۷۳"),
        (date("1992", "1992-01-01", "1992-12-31", .year), "۱۳۷۰–۱۳۷۱"),
        (date("1994", "1994-03-21", "1995-03-20", .year), "۱۳۷۳"),
        (date("2011-03-19/2011-03-22", "2011-03-19", "2011-03-22", .day), "۲۸ اسفند ۱۳۸۹ – ۲ فروردین ۱۳۹۰"),
    ]

    @Test(arguments: labels)
    func labelsSolarHijriDatesAtTheirPrecisionInPersianDigits(_ date: TimelineEvent.DateInfo, _ expected: String) {
        #expect(DisplayCalendar.persian.solarHijriLabel(for: date) == expected)
    }

    @Test func unanchoredDatesHaveNoSolarHijriLabel() {
        let tuesday = TimelineEvent.DateInfo(value: "XXXX-WXX-2", start: nil, end: nil, granularity: .day, calendar: .gregorian)
        #expect(DisplayCalendar.persian.solarHijriLabel(for: tuesday) == nil)
        #expect(DisplayCalendar.gregorianLabel(for: tuesday) == "XXXX-WXX-2")
        #expect(DisplayCalendar.gregorianLabel(for: .init(value: nil, start: nil, end: nil, granularity: nil, calendar: nil)) == "undated")
    }

    @Test(arguments: [("2011", "۲۰۱۱"), ("12 May 1994", "۱۲ May ۱۹۹۴"), ("no digits", "no digits"), ("۱۲", "۱۲")])
    func writesPersianDigits(_ text: String, _ expected: String) {
        #expect(DisplayCalendar.persianDigits(text) == expected)
    }

    @Test(arguments: [(DisplayCalendar.gregorian, true, false), (.persian, false, true), (.both, true, true)])
    func choosesWhichLabelsToShow(_ calendar: DisplayCalendar, _ gregorian: Bool, _ solar: Bool) {
        #expect(calendar.showsGregorian == gregorian)
        #expect(calendar.showsSolarHijri == solar)
    }

    @Test func axisTicksFollowTheChosenCalendar() {
        let from = ExportFixture.day("2011-02-15"), to = ExportFixture.day("2011-08-21")
        let gregorian = TimelineAxis(from: from, to: to, calendar: .gregorian)
        #expect(gregorian.years.map(\.label) == ["2011", "2012"])
        #expect(gregorian.years.first?.day == CalendarConverter.dayNumber(ExportFixture.day("2011-01-01")))
        #expect(gregorian.months.count == 24)
        let persian = TimelineAxis(from: from, to: to, calendar: .persian)
        #expect(persian.years.map(\.label) == ["۱۳۸۹", "۱۳۹۰", "۱۳۹۱"])
        #expect(persian.years[1].day == CalendarConverter.dayNumber(ExportFixture.day("2011-03-21")))
        #expect(persian.months.contains { $0.label == "فروردین" && $0.day == persian.years[1].day })
        let long = TimelineAxis(from: ExportFixture.day("1900-01-01"), to: to, calendar: .gregorian)
        #expect(long.months.isEmpty && long.years.count == 113)
        #expect(gregorian.json.hasPrefix("{\"from\":\(CalendarConverter.dayNumber(from)),"))
    }
}
