/// The calendar an export shows its dates in.
///
/// Stored dates stay Gregorian; this only changes the labels people read:
/// ```swift
/// let day = TimelineEvent.DateInfo(value: "1994-05-04", start: DayDate(year: 1994, month: 5, day: 4),
///                                  end: DayDate(year: 1994, month: 5, day: 4), granularity: .day, calendar: .solarHijri)
/// DisplayCalendar.persian.solarHijriLabel(for: day)   // "۱۴ اردیبهشت ۱۳۷۳"
/// ```
public enum DisplayCalendar: String, Sendable, Hashable, CaseIterable, Codable {
    /// Gregorian dates only, as the exports always wrote them.
    case gregorian
    /// Solar Hijri dates in Persian digits (the CSV and Markdown keep the Gregorian ones too, for sorting).
    case persian
    /// Both: the Gregorian date, then the Solar Hijri one.
    case both

    /// Whether Solar Hijri labels are shown.
    public var showsSolarHijri: Bool { self != .gregorian }
    /// Whether Gregorian labels are shown.
    public var showsGregorian: Bool { self != .persian }

    /// The Persian names of the Solar Hijri months, Farvardin first.
    public static let solarHijriMonthNames = [
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
        "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    ]

    /// `text` with its ASCII digits written as Persian digits (۰–۹).
    public static func persianDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            guard ("0"..."9").contains(scalar), let persian = Unicode.Scalar(scalar.value - 0x30 + 0x06F0) else { return scalar }
            return persian
        }))
    }

    /// The Solar Hijri label of a date at its own precision, in Persian digits: a day
    /// (`۱۴ اردیبهشت ۱۳۷۳`), a month (`اردیبهشت ۱۳۷۳`), a year (`۱۳۷۳`), or the span
    /// between two of them (`۱۳۷۰–۱۳۷۱` for the Gregorian year 1992). Nil for an unanchored date.
    public func solarHijriLabel(for date: TimelineEvent.DateInfo) -> String? {
        guard let start = date.start, let end = date.end else { return nil }
        let first = CalendarConverter.components(of: start, in: .solarHijri)
        let last = CalendarConverter.components(of: end, in: .solarHijri)
        func month(_ parts: (year: Int, month: Int, day: Int)) -> String {
            let names = Self.solarHijriMonthNames
            return (names.indices.contains(parts.month - 1) ? names[parts.month - 1] : String(parts.month)) + " " + String(parts.year)
        }
        func day(_ parts: (year: Int, month: Int, day: Int)) -> String {
            String(parts.day) + " " + month(parts)
        }
        let label: String
        switch date.granularity ?? .day {
        case .day, .week:
            label = start == end ? day(first) : day(first) + " – " + day(last)
        case .month, .season, .quarter:
            label = (first.year, first.month) == (last.year, last.month) ? month(first) : month(first) + " – " + month(last)
        case .year, .decade, .century, .none:
            label = first.year == last.year ? String(first.year) : String(first.year) + "–" + String(last.year)
        }
        return Self.persianDigits(label)
    }

    /// The Gregorian label of a date: its TIMEX3 value when it has one (`1992`, `2009-05`),
    /// else its interval.
    public static func gregorianLabel(for date: TimelineEvent.DateInfo) -> String {
        if let value = date.value, !value.isEmpty { return value }
        guard let start = date.start, let end = date.end else { return "undated" }
        return start == end ? start.iso : start.iso + " – " + end.iso
    }
}
