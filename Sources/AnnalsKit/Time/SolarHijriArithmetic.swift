/// Solar Hijri dates by arithmetic, for the years 1200–1600 SH (1821–2222 CE).
///
/// Foundation's `.persian` calendar counts its years by the arithmetic 33-year cycle:
/// months 1–6 have 31 days, 7–11 have 30, the twelfth 29 or 30. The same counting here
/// gives its answers without building a `Date` and its components for every Persian date
/// the tagger resolves (the commonest dates of Persian news). `CalendarConverterTests`
/// holds every day of the range against Foundation; ``CalendarConverter`` asks Foundation
/// outside it.
enum SolarHijriArithmetic {
    /// The years read by arithmetic.
    static let years = 1200...1600

    /// The day number (``CalendarConverter/dayNumber(_:)``) of 1 Farvardin of `year`.
    static func firstDay(ofYear year: Int) -> Int {
        // From the day number of the calendar's epoch, 365 days a year and a leap day for each
        // leap year of the cycle before it.
        226_894 + 365 * (year - 1) + floorDivide(8 * year + 21, 33)
    }

    /// The days of `month` of `year`.
    static func length(ofMonth month: Int, year: Int) -> Int {
        if month <= 6 { return 31 }
        if month <= 11 { return 30 }
        return firstDay(ofYear: year + 1) - firstDay(ofYear: year) - 336
    }

    /// The day number of `day`/`month`/`year`; nil for a day the month does not have.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int? {
        guard (1...12).contains(month), day >= 1, day <= length(ofMonth: month, year: year) else { return nil }
        let before = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30
        return firstDay(ofYear: year) + before + day - 1
    }

    /// The year, month and day of day number `number`, if its year is in ``years``.
    static func components(ofDayNumber number: Int) -> (year: Int, month: Int, day: Int)? {
        // A year is 365.2424… days on average: start near it, then step to the year holding the day.
        var year = floorDivide((number - firstDay(ofYear: 1)) * 33, 12_053) + 1
        while firstDay(ofYear: year + 1) <= number { year += 1 }
        while firstDay(ofYear: year) > number { year -= 1 }
        guard years.contains(year) else { return nil }
        let dayOfYear = number - firstDay(ofYear: year)
        let month = dayOfYear < 186 ? dayOfYear / 31 + 1 : (dayOfYear - 186) / 30 + 7
        let before = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30
        return (year, month, dayOfYear - before + 1)
    }

    private static func floorDivide(_ numerator: Int, _ denominator: Int) -> Int {
        numerator >= 0 ? numerator / denominator : (numerator - denominator + 1) / denominator
    }
}
