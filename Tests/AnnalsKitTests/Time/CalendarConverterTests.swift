import Foundation
import Testing
@testable import AnnalsKit

@Suite struct CalendarConverterTests {
    @Test func fixtureIsThere() {
        #expect(TimeTesting.monthStarts.count > 4_000)
    }

    /// Every first day of every Solar Hijri month 1300–1500 converts back and agrees
    /// with the independent table (jdatetime). Every Lunar Hijri month 1300–1500
    /// converts back and agrees exactly with the Umm al-Qura table (hijridate, 1343–1500).
    @Test(arguments: [CalendarSystem.solarHijri, .lunarHijri])
    func monthStartsAgreeWithIndependentTable(calendar: CalendarSystem) {
        var checked = 0
        var mismatches: [String] = []
        for year in 1300...1500 {
            for month in 1...12 {
                let converted = CalendarConverter.gregorian(year: year, month: month, day: 1, in: calendar)
                guard let converted else {
                    mismatches.append("\(year)-\(month): no conversion")
                    continue
                }
                let back = CalendarConverter.components(of: converted, in: calendar)
                if back != (year, month, 1) { mismatches.append("\(year)-\(month): back to \(back)") }
                if let expected = TimeTesting.monthStart(calendar, year, month) {
                    checked += 1
                    let difference = abs(CalendarConverter.dayNumber(expected) - CalendarConverter.dayNumber(converted))
                    if difference != 0 { mismatches.append("\(year)-\(month): \(converted) ≠ \(expected)") }
                }
            }
        }
        #expect(checked >= (calendar == .solarHijri ? 201 * 12 : 158 * 12))
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// Solar Hijri by arithmetic gives Foundation's answers for every day of its range, both ways,
    /// and rejects the days Foundation rolls over (31 Mehr, 30 Esfand of a common year).
    @Test func solarHijriArithmeticAgreesWithFoundation() throws {
        var persian = Calendar(identifier: .persian)
        var gregorian = Calendar(identifier: .gregorian)
        let utc = try #require(TimeZone(identifier: "UTC"))
        persian.timeZone = utc
        gregorian.timeZone = utc
        func foundation(_ year: Int, _ month: Int, _ day: Int) -> DayDate? {
            guard let date = persian.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) else { return nil }
            let back = persian.dateComponents([.year, .month, .day], from: date)
            guard back.year == year, back.month == month, back.day == day else { return nil }
            let parts = gregorian.dateComponents([.year, .month, .day], from: date)
            return DayDate(year: parts.year!, month: parts.month!, day: parts.day!)
        }
        var mismatches: [String] = []
        for year in SolarHijriArithmetic.years {
            for month in 1...12 {
                for day in [1, 2, 15, 28, 29, 30, 31] {
                    let expected = foundation(year, month, day)
                    let found = SolarHijriArithmetic.dayNumber(year: year, month: month, day: day).map { CalendarConverter.date(dayNumber: $0) }
                    if found != expected { mismatches.append("\(year)-\(month)-\(day): \(String(describing: found)) ≠ \(String(describing: expected))") }
                }
            }
        }
        let first = SolarHijriArithmetic.firstDay(ofYear: SolarHijriArithmetic.years.lowerBound)
        let last = SolarHijriArithmetic.firstDay(ofYear: SolarHijriArithmetic.years.upperBound + 1) - 1
        for number in first...last {
            let day = CalendarConverter.date(dayNumber: number)
            let instant = try #require(gregorian.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)))
            let parts = persian.dateComponents([.year, .month, .day], from: instant)
            let found = SolarHijriArithmetic.components(ofDayNumber: number)
            if found?.year != parts.year || found?.month != parts.month || found?.day != parts.day {
                mismatches.append("\(day): \(String(describing: found))")
            }
        }
        #expect(SolarHijriArithmetic.components(ofDayNumber: first - 1) == nil)
        #expect(SolarHijriArithmetic.components(ofDayNumber: last + 1) == nil)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// The shipped table loads, covers 1300–1500, and its tabular part (1300–1342) is the
    /// arithmetic calendar: 1 Muharram 1300 was 1882-11-12, 1 Ramadan 1341 1923-04-17.
    @Test func lunarTableCoversItsRange() throws {
        let table = try LunarHijriTable(resources: .embedded)
        #expect(table.years == 1300...1500)
        #expect(CalendarConverter.gregorian(year: 1300, month: 1, day: 1, in: .lunarHijri)?.iso == "1882-11-12")
        #expect(CalendarConverter.gregorian(year: 1341, month: 9, day: 1, in: .lunarHijri)?.iso == "1923-04-17")
        // Each day of the range converts there and back.
        var number = try #require(table.starts.first)
        while number < table.starts.last! {
            let day = CalendarConverter.date(dayNumber: number)
            let parts = CalendarConverter.components(of: day, in: .lunarHijri)
            if CalendarConverter.gregorian(year: parts.year, month: parts.month, day: parts.day, in: .lunarHijri) != day {
                Issue.record("no round trip at \(day)")
            }
            number += 1
        }
    }

    @Test(arguments: [
        "year\tmonth\tgregorian\n1300\t1\t1882-11-12\n1300\t3\t1883-01-10\n",
        "year\tmonth\tgregorian\n1300\t1\t1882-11-12\n1300\t2\t1882-11-20\n",
        "year\tmonth\tgregorian\n1300\t1\t1882-13-12\n",
    ])
    func malformedLunarTablesAreRejected(text: String) {
        let resources = ResourceLibrary(files: ["time/lunar-hijri-months.tsv": text])
        #expect(throws: ResourceError.self) { try LunarHijriTable(resources: resources) }
    }

    @Test func yearIntervals() throws {
        let solar = try #require(CalendarConverter.yearInterval(1373, in: .solarHijri))
        #expect(solar.lowerBound.iso == "1994-03-21")
        #expect(solar.upperBound.iso == "1995-03-20")
        let gregorian = try #require(CalendarConverter.yearInterval(1994, in: .gregorian))
        #expect(gregorian.lowerBound.iso == "1994-01-01" && gregorian.upperBound.iso == "1994-12-31")
        let month = try #require(CalendarConverter.monthInterval(year: 1388, month: 2, in: .solarHijri))
        #expect(month.lowerBound.iso == "2009-04-21" && month.upperBound.iso == "2009-05-21")
    }

    @Test(arguments: [
        (1387, 12, 30, CalendarSystem.solarHijri, "2009-03-20"),
        (1388, 12, 30, .solarHijri, nil),
        (1388, 2, 15, .solarHijri, "2009-05-05"),
        (1403, 12, 30, .solarHijri, "2025-03-20"),
        (2009, 2, 29, .gregorian, nil),
        (2008, 2, 29, .gregorian, "2008-02-29"),
        (2009, 2, 31, .gregorian, nil),
        (1388, 7, 31, .solarHijri, nil),
        (1430, 9, 15, .lunarHijri, "2009-09-05"),
        (1430, 13, 1, .lunarHijri, nil),
    ] as [(Int, Int, Int, CalendarSystem, String?)])
    func dayConversions(year: Int, month: Int, day: Int, calendar: CalendarSystem, expected: String?) {
        #expect(CalendarConverter.gregorian(year: year, month: month, day: day, in: calendar)?.iso == expected)
    }

    /// The hand-written day arithmetic agrees with Foundation for weekdays and day counts.
    @Test func dayArithmeticAgreesWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var date = try #require(calendar.date(from: DateComponents(year: 1899, month: 12, day: 25, hour: 12)))
        var previous: Int?
        for _ in 0..<(366 * 130) {
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let day = DayDate(year: parts.year!, month: parts.month!, day: parts.day!)
            let number = CalendarConverter.dayNumber(day)
            if let previous, number != previous + 1 { Issue.record("day number jumps at \(day)") }
            previous = number
            if CalendarConverter.date(dayNumber: number) != day { Issue.record("no round trip at \(day)") }
            // Foundation: Sunday = 1; ISO: Monday = 1.
            if CalendarConverter.isoWeekday(of: day) != (parts.weekday! + 5) % 7 + 1 { Issue.record("weekday at \(day)") }
            date = date.addingTimeInterval(86_400)
        }
    }

    @Test func isoWeeks() {
        #expect(CalendarConverter.isoWeek(of: DayDate(year: 2009, month: 5, day: 6)) == (2009, 19))
        #expect(CalendarConverter.isoWeek(of: DayDate(year: 2010, month: 1, day: 3)) == (2009, 53))
        #expect(CalendarConverter.isoWeek(of: DayDate(year: 2008, month: 12, day: 29)) == (2009, 1))
    }

    @Test func addingMonths() {
        #expect(CalendarConverter.adding(months: 1, to: DayDate(year: 2009, month: 1, day: 31)).iso == "2009-02-28")
        #expect(CalendarConverter.adding(months: -13, to: DayDate(year: 2009, month: 1, day: 15)).iso == "2007-12-15")
    }
}
