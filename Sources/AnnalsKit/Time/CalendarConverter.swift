import Foundation

/// Every conversion between the calendars Annals reads, in one place.
///
/// Solar Hijri uses Foundation's `.persian` calendar, counted by `SolarHijriArithmetic` for
/// 1200–1600 SH (the same answers, without Foundation's dates). Lunar Hijri uses the Umm al-Qura
/// table shipped in `Resources/time/lunar-hijri-months.tsv` for 1300–1500 AH (exact,
/// where Foundation's `.islamicUmmAlQura` is off by a day or two outside 1420–1449)
/// and Foundation's calendar outside that range. Gregorian arithmetic
/// (day counts, weekdays, adding days) is done here by hand so that the hot
/// path of the tagger does not go through `Date`.
///
/// ```swift
/// CalendarConverter.gregorian(year: 1388, month: 2, day: 15, in: .solarHijri)  // 2009-05-05
/// CalendarConverter.yearInterval(1373, in: .solarHijri)  // 1994-03-21...1995-03-20
/// ```
public enum CalendarConverter {
    private static let persian: Calendar = utcCalendar(.persian)
    private static let islamic: Calendar = utcCalendar(.islamicUmmAlQura)
    private static let gregorianCalendar: Calendar = utcCalendar(.gregorian)

    private static func utcCalendar(_ identifier: Calendar.Identifier) -> Calendar {
        var calendar = Calendar(identifier: identifier)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }

    private static func foundationCalendar(_ system: CalendarSystem) -> Calendar {
        switch system {
        case .gregorian: gregorianCalendar
        case .solarHijri: persian
        case .lunarHijri: islamic
        }
    }

    // MARK: - Between calendars

    /// The Gregorian day of `day`/`month`/`year` in `calendar`; nil for an impossible day
    /// (e.g. 30 Esfand of a common year, or 31 February).
    public static func gregorian(year: Int, month: Int, day: Int, in calendar: CalendarSystem) -> DayDate? {
        guard (1...12).contains(month), day >= 1 else { return nil }
        if calendar == .gregorian {
            guard day <= DayDate.daysIn(month: month, year: year) else { return nil }
            return DayDate(year: year, month: month, day: day)
        }
        guard day <= 31 else { return nil }
        if calendar == .lunarHijri, let table = LunarHijriTable.embedded, table.years.contains(year) {
            return table.dayNumber(year: year, month: month, day: day).map { date(dayNumber: $0) }
        }
        if calendar == .solarHijri, SolarHijriArithmetic.years.contains(year) {
            return SolarHijriArithmetic.dayNumber(year: year, month: month, day: day).map { date(dayNumber: $0) }
        }
        let source = foundationCalendar(calendar)
        guard let date = source.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) else { return nil }
        // Foundation rolls impossible days over into the next month: reject them.
        let back = source.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        let parts = gregorianCalendar.dateComponents([.year, .month, .day], from: date)
        guard let gYear = parts.year, let gMonth = parts.month, let gDay = parts.day else { return nil }
        return DayDate(year: gYear, month: gMonth, day: gDay)
    }

    /// The year, month and day that Gregorian `date` has in `calendar`.
    public static func components(of date: DayDate, in calendar: CalendarSystem) -> (year: Int, month: Int, day: Int) {
        if calendar == .gregorian { return (date.year, date.month, date.day) }
        if calendar == .lunarHijri, let table = LunarHijriTable.embedded,
           let parts = table.components(ofDayNumber: dayNumber(date)) {
            return parts
        }
        if calendar == .solarHijri, let parts = SolarHijriArithmetic.components(ofDayNumber: dayNumber(date)) {
            return parts
        }
        guard let instant = gregorianCalendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)) else {
            return (date.year, date.month, date.day)
        }
        let parts = foundationCalendar(calendar).dateComponents([.year, .month, .day], from: instant)
        return (parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    /// The number of days of `month` in `year` of `calendar`.
    public static func daysIn(month: Int, year: Int, in calendar: CalendarSystem) -> Int? {
        guard (1...12).contains(month) else { return nil }
        if calendar == .gregorian { return DayDate.daysIn(month: month, year: year) }
        guard let first = gregorian(year: year, month: month, day: 1, in: calendar) else { return nil }
        let next = month == 12 ? gregorian(year: year + 1, month: 1, day: 1, in: calendar)
                               : gregorian(year: year, month: month + 1, day: 1, in: calendar)
        guard let next else { return nil }
        return dayNumber(next) - dayNumber(first)
    }

    /// The Gregorian days of a whole month of `calendar`.
    public static func monthInterval(year: Int, month: Int, in calendar: CalendarSystem) -> ClosedRange<DayDate>? {
        guard let first = gregorian(year: year, month: month, day: 1, in: calendar),
              let length = daysIn(month: month, year: year, in: calendar) else { return nil }
        return first...adding(days: length - 1, to: first)
    }

    /// The Gregorian days of a whole year of `calendar`.
    public static func yearInterval(_ year: Int, in calendar: CalendarSystem) -> ClosedRange<DayDate>? {
        guard let first = gregorian(year: year, month: 1, day: 1, in: calendar),
              let next = gregorian(year: year + 1, month: 1, day: 1, in: calendar) else { return nil }
        return first...adding(days: -1, to: next)
    }

    /// The Gregorian days from the first day of `first` to the last day of `last`
    /// (years of `calendar`, inclusive).
    public static func yearsInterval(_ first: Int, _ last: Int, in calendar: CalendarSystem) -> ClosedRange<DayDate>? {
        guard let start = yearInterval(first, in: calendar), let end = yearInterval(last, in: calendar) else { return nil }
        return start.lowerBound...end.upperBound
    }

    // MARK: - Gregorian arithmetic

    /// Days since 0001-01-01 (proleptic Gregorian), the day numbering used for arithmetic.
    public static func dayNumber(_ date: DayDate) -> Int {
        // Count from March so the leap day is the last day of the counting year.
        let shifted = date.month <= 2 ? date.year - 1 : date.year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let monthIndex = (date.month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 306
    }

    /// The day with number `number` (see ``dayNumber(_:)``).
    public static func date(dayNumber number: Int) -> DayDate {
        let shiftedNumber = number + 306
        let era = (shiftedNumber >= 0 ? shiftedNumber : shiftedNumber - 146_096) / 146_097
        let dayOfEra = shiftedNumber - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return DayDate(year: year, month: month, day: day)
    }

    /// `date` moved by `days` (negative for earlier).
    public static func adding(days: Int, to date: DayDate) -> DayDate {
        self.date(dayNumber: dayNumber(date) + days)
    }

    /// `date` moved by whole Gregorian months, the day clamped to the month's length.
    public static func adding(months: Int, to date: DayDate) -> DayDate {
        let index = date.year * 12 + (date.month - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        let month = index - year * 12 + 1
        return DayDate(year: year, month: month, day: min(date.day, DayDate.daysIn(month: month, year: year)))
    }

    /// The ISO weekday of `date`: Monday is 1, Sunday 7.
    public static func isoWeekday(of date: DayDate) -> Int {
        // 0001-01-01 was a Monday.
        let remainder = dayNumber(date) % 7
        return (remainder < 0 ? remainder + 7 : remainder) + 1
    }

    /// The ISO week-numbering year and week of `date`.
    public static func isoWeek(of date: DayDate) -> (year: Int, week: Int) {
        let thursday = adding(days: 4 - isoWeekday(of: date), to: date)
        let firstOfYear = DayDate(year: thursday.year, month: 1, day: 1)
        let week = (dayNumber(thursday) - dayNumber(firstOfYear)) / 7 + 1
        return (thursday.year, week)
    }
}
