/// A unit of time words can name.
enum TimeUnit: String, Sendable, Hashable, CaseIterable {
    case second, minute, hour, day, week, month, quarter, year, decade, century

    /// The TIMEX3 duration letter(s).
    var durationCode: String {
        switch self {
        case .second: "S"
        case .minute: "M"
        case .hour: "H"
        case .day: "D"
        case .week: "W"
        case .month: "M"
        case .quarter: "Q"
        case .year: "Y"
        case .decade: "DE"
        case .century: "CE"
        }
    }

    /// Whether the unit is part of a day: its periods are written after a `T` ("PT4H").
    var isClockUnit: Bool { self == .second || self == .minute || self == .hour }

    /// The TIMEX3 period of `count` units ("X" when unsaid): "P15Y", "PT4H", "PXM".
    func period(_ count: String) -> String {
        "P" + (isClockUnit ? "T" : "") + count + durationCode
    }
}

/// What a stretch of tokens says about time, before it is resolved against a
/// reference date: the parser produces these, ``TemporalResolver`` turns them into values.
enum TimeMention: Sendable, Hashable {
    /// A calendar date, complete or not: a year, a month of a year, a day, a month and day, a month alone.
    case date(calendar: CalendarSystem, year: Int?, month: Int?, day: Int?)
    /// A month with no year after "last" (-1) or "next" (1): wholly before or after the reference.
    case shiftedMonth(calendar: CalendarSystem, month: Int, direction: Int)
    /// A month, or a day of it, of the year `yearShift` years from the reference's in
    /// `calendar` ("۱۷ دسامبر سال گذشته", "December last year", "مهر امسال").
    case dateOfRelativeYear(calendar: CalendarSystem, month: Int, day: Int?, yearShift: Int)
    /// A day of a month that is not named: of the month `monthShift` months from the reference's ("the 10th
    /// of next month"), or with no shift the one the tense points to ("on the 21st"); with `weekday`, a month
    /// whose such day falls on that weekday ("Friday the 13th").
    case dayOfMonth(calendar: CalendarSystem, day: Int, monthShift: Int?, weekday: Int?)
    /// A weekday, 1 = Monday; direction -1 for "last Tuesday", 1 for "next Tuesday", 2 for "Tuesday after next",
    /// nil to follow the tense.
    case weekday(Int, direction: Int?)
    /// A Saturday and Sunday: the last (-1), this week's (0) or the coming (1) one, or nil to follow the tense.
    case weekend(direction: Int?)
    /// A named day ("Thanksgiving", "نوروز", "عاشورا") of a year, or with no year the last (-1) or next (1)
    /// one, or nil to follow the tense.
    case namedDay(NamedDay, year: Int?, direction: Int?)
    /// Days from the reference: "yesterday" is -1.
    case relativeDay(Int)
    /// Units from the reference's unit: "last week" is (.week, -1), "two years ago" (.year, -2).
    case relative(TimeUnit, Int)
    /// Some time before (-1) or after (1) the reference, unsaid how long: "several years ago".
    case vague(Int)
    /// "now".
    case present
    /// "for 15 years".
    case duration(Int, TimeUnit)
    /// A period of several units, as TIMEX3 writes it: "۳ ساعت و ۱۵ دقیقه" `PT3H15M`.
    case period(String)
    /// A decade by its first year in `calendar` ("the 1990s": 1990).
    case decade(calendar: CalendarSystem, firstYear: Int)
    /// A century by its ordinal in `calendar` ("the 20th century": 20).
    case century(calendar: CalendarSystem, ordinal: Int)
    /// A season of a year (SP, SU, FA, WI).
    case season(calendar: CalendarSystem, year: Int, season: Season)
    /// A season of the year `yearShift` years from the reference's ("بهار امسال", "بهار سال گذشته"),
    /// or, when `yearShift` is nil, the last (-1), current (0) or next (1) such season ("last summer").
    case relativeSeason(calendar: CalendarSystem, season: Season, yearShift: Int?, direction: Int)
    /// A season with no year and no shift word ("over the summer", "in spring"): the one the tense of its
    /// clause points to, like a month alone.
    case seasonOfTense(calendar: CalendarSystem, season: Season)
    /// A quarter (1–4) of a year.
    case quarter(calendar: CalendarSystem, year: Int, quarter: Int)
    /// A quarter (1–4) with no year: of the reference's year, or the one before or after as the tense says;
    /// with `yearShift`, of the year that many years from the reference's ("next year's first quarter").
    case quarterOfYear(calendar: CalendarSystem, quarter: Int, yearShift: Int? = nil)
    /// A half (1 or 2) of a year: "the first half of 2014", "H2 2015". Its value is the TIMEX3 half
    /// (`2014-H1`); its granularity is `quarter`, the unit its bounds fall on.
    case half(calendar: CalendarSystem, year: Int, half: Int)
    /// A half with no year: of the reference's year, or the one before as ``quarterOfYear(calendar:quarter:yearShift:)``
    /// goes; with `yearShift`, of the year that many years from the reference's ("the first half of next year").
    case halfOfYear(calendar: CalendarSystem, half: Int, yearShift: Int?)
    /// The day, month or year of the last date the text named, or `shift` of them after it ("that year",
    /// "the following month"): ``TemporalTagger`` resolves it from the text, never from the reference.
    case anaphor(TimeUnit, shift: Int)
    /// A TIMEX3 SET value such as `P1Y`.
    case set(String)
    /// A time of day with no day: "10:30", "ساعت ۱۰ صبح".
    case clock(Clock)
    /// The Nth anniversary of something ("the 15th anniversary", "پانزدهمین سال برقراری"):
    /// no value of its own; ``TemporalTagger`` may infer its year from a year nearby.
    case anniversary(Int)
}

/// A time of day, 0:00–23:59 (24:00 for the midnight that ends a day).
struct Clock: Sendable, Hashable {
    var hour: Int
    var minute: Int
    var second: Int?

    init(hour: Int, minute: Int, second: Int? = nil) {
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Reads "HH:MM" (a `clock-word` value such as "12:00").
    init?(listed text: String) {
        let parts = text.split(separator: ":").map { Int($0) }
        guard parts.count == 2, let hour = parts[0], let minute = parts[1], (0...24).contains(hour), (0...59).contains(minute),
              hour < 24 || minute == 0 else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// "10:30", "07:10:20".
    var timex: String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return pad(hour) + ":" + pad(minute) + (second.map { ":" + pad($0) } ?? "")
    }
}

/// A day named after what it marks, fixed in its calendar: a day of a month ("Christmas" 12-25, "نوروز"
/// 1 Farvardin, "عاشورا" 10 Muharram) or the first given weekday on or after one ("Thanksgiving", the
/// Thursday on or after 22 November).
struct NamedDay: Sendable, Hashable {
    var calendar: CalendarSystem
    /// Month, day and weekday in one small number (mentions are copied often): weekday * 10000 + month * 100 + day.
    private var code: Int32
    /// For a period known by name ("دهه فجر", 12 to 22 Bahman), its last day as month * 100 + day; 0 for one day.
    private var lastCode: Int16 = 0
    /// The last month and day of a period known by name, in its calendar (the same year as its first day).
    var last: (month: Int, day: Int)? { lastCode == 0 ? nil : (Int(lastCode) / 100, Int(lastCode) % 100) }
    var month: Int { Int(code) / 100 % 100 }
    var day: Int { Int(code) % 100 }
    /// The ISO weekday (1 = Monday) of the first such day on or after `month`-`day`, if the day moves.
    var weekday: Int? { code >= 10_000 ? Int(code) / 10_000 : nil }
    /// Days from Easter Sunday (-49...49) for a day that moves with Easter, kept as month 0 and day offset + 50.
    var easterOffset: Int? { month == 0 ? day - 50 : nil }

    /// A day `offset` days from (Gregorian) Easter Sunday: "Good Friday" is -2.
    init(easterOffset offset: Int) {
        calendar = .gregorian
        code = Int32(offset + 50)
    }

    init(calendar: CalendarSystem, month: Int, day: Int, weekday: Int?, last: (month: Int, day: Int)? = nil) {
        self.calendar = calendar
        code = Int32((weekday ?? 0) * 10_000 + month * 100 + day)
        lastCode = last.map { Int16($0.month * 100 + $0.day) } ?? 0
    }

    /// Reads a `named-day` value: `calendar:M-D`, `calendar:M-D+Wd` for the first weekday d on or after it,
    /// `gregorian:easter`, `gregorian:easter-2`, `gregorian:easter+1` for a day that moves with Easter, or
    /// `calendar:M-D..M-D` for a period of days within one year of the calendar ("دهه فجر" `solar-hijri:11-12..11-22`).
    init?(listed text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let calendar = CalendarSystem(rawValue: String(parts[0])) else { return nil }
        if parts[1].hasPrefix("easter") {
            let rest = parts[1].dropFirst("easter".count)
            guard calendar == .gregorian, let offset = rest.isEmpty ? 0 : Int(rest.hasPrefix("+") ? rest.dropFirst() : rest),
                  (-49...49).contains(offset) else { return nil }
            self.init(easterOffset: offset)
            return
        }
        let span = parts[1].components(separatedBy: "..")
        if span.count == 2 {
            let first = span[0].split(separator: "-").compactMap { Int($0) }
            let last = span[1].split(separator: "-").compactMap { Int($0) }
            guard first.count == 2, last.count == 2, (1...12).contains(first[0]), (1...31).contains(first[1]),
                  (1...12).contains(last[0]), (1...31).contains(last[1]),
                  first[0] * 100 + first[1] < last[0] * 100 + last[1] else { return nil }
            self.init(calendar: calendar, month: first[0], day: first[1], weekday: nil, last: (last[0], last[1]))
            return
        }
        let rule = parts[1].split(separator: "+")
        let date = rule[0].split(separator: "-").compactMap { Int($0) }
        guard date.count == 2, (1...12).contains(date[0]), (1...31).contains(date[1]), rule.count <= 2 else { return nil }
        var weekday: Int?
        if rule.count == 2 {
            guard rule[1].hasPrefix("W"), let parsed = Int(rule[1].dropFirst()), (1...7).contains(parsed) else { return nil }
            weekday = parsed
        }
        self.init(calendar: calendar, month: date[0], day: date[1], weekday: weekday)
    }

    /// The Gregorian day it falls on in `year` of its calendar.
    func date(in year: Int) -> DayDate? {
        if let easterOffset { return CalendarConverter.adding(days: easterOffset, to: Self.easter(in: year)) }
        guard let fixed = CalendarConverter.gregorian(year: year, month: month, day: day, in: calendar) else { return nil }
        guard let weekday else { return fixed }
        return CalendarConverter.adding(days: (weekday - CalendarConverter.isoWeekday(of: fixed) + 7) % 7, to: fixed)
    }

    /// The Gregorian day a period known by name ends on, when it starts in `year` of its calendar.
    func lastDate(in year: Int) -> DayDate? {
        guard let last else { return nil }
        return CalendarConverter.gregorian(year: year, month: last.month, day: last.day, in: calendar)
    }

    /// Western Easter Sunday of a Gregorian year (the Gregorian computus, as the Meeus/Jones/Butcher algorithm).
    static func easter(in year: Int) -> DayDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return DayDate(year: year, month: month, day: day)
    }
}
