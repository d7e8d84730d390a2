/// Turns parsed ``TimeMention``s into ``TimeValue``s, using the reference
/// (publication) date when there is one.
///
/// Rules for what a relative expression means:
/// - A weekday, a day-and-month or a month alone is the most recent such day or
///   month on or before the reference date, unless the sentence speaks of the
///   future (a marker such as "will", "planned" or "خواهد", listed as `future` in
///   `time-words.tsv`), when it is the next one on or after the reference date.
/// - "last/this/next week|month|year" and "N units ago/later" count whole
///   calendar units from the reference's unit; years and months use the
///   language's default calendar (Solar Hijri for Persian: "سال گذشته" in a
///   Persian article is the previous Solar Hijri year).
/// - Without a reference date nothing relative is resolved to a day:
///   a weekday becomes `XXXX-WXX-d` (Monday = 1), a month `XXXX-MM`, a day and
///   month `XXXX-MM-DD` (`XXXX-XX`/`XXXX-XX-XX` in other calendars), and
///   "yesterday", "last week", "two years ago" become `PAST_REF`, "today" and
///   "this year" `PRESENT_REF`, "tomorrow" and "next month" `FUTURE_REF`; all
///   without an interval.
/// - "now" is `PRESENT_REF` with granularity `none` and no interval, reference or not.
/// - A time of day with no day ("at 10:30") is `XXXX-XX-XXT10:30`, type `TIME`, with no interval:
///   it is never pinned to the reference day. With its day ("10 a.m. on Tuesday") the
///   tagger makes the day's value a `TIME` (`2009-05-05T10:00`), keeping the day's interval
///   and granularity `day`.
struct TemporalResolver {
    let reference: DayDate?
    let defaultCalendar: CalendarSystem
    /// A day or month without a year that begins at most this many days after the reference is
    /// the coming one even in a past-tense clause ("the offer was extended to Nov. 20"): news gives
    /// the year of a date that far back.
    var nearFutureDays = 0
    /// The ISO weekdays of the weekend (Saturday and Sunday, or Thursday and Friday in Iran).
    var weekend: ClosedRange<Int> = 6...7
    /// The months just before the reference's month that "last <month>" passes over ("last
    /// October" in November is the October of the year before; the month just gone is "last month").
    var lastMonthNameSkips = 0

    /// The value of `mention` and whether it was worked out from the reference date.
    func resolve(_ mention: TimeMention, mod: TimeMod? = nil, tense: Tense = .unmarked) -> (value: TimeValue, anchored: Bool)? {
        guard var result = resolveUnmodified(mention, tense: tense) else { return nil }
        if let mod { result.value.mod = mod.rawValue }
        return result
    }

    private func resolveUnmodified(_ mention: TimeMention, tense: Tense) -> (value: TimeValue, anchored: Bool)? {
        switch mention {
        case .date(let calendar, let year?, let month?, let day?):
            guard let date = CalendarConverter.gregorian(year: year, month: month, day: day, in: calendar) else { return nil }
            return (dayValue(date, calendar: calendar), false)
        case .date(let calendar, let year?, let month?, nil):
            guard let interval = CalendarConverter.monthInterval(year: year, month: month, in: calendar) else { return nil }
            return (monthValue(interval, calendar: calendar), false)
        case .date(let calendar, let year?, nil, _):
            guard let interval = CalendarConverter.yearInterval(year, in: calendar) else { return nil }
            return (yearValue(interval, calendar: calendar), false)
        case .date(let calendar, nil, let month?, let day?):
            guard let reference else {
                let timex = calendar == .gregorian ? "XXXX-\(pad(month))-\(pad(day))" : "XXXX-XX-XX"
                return (TimeValue(timex: timex, granularity: .day, calendar: calendar), false)
            }
            let year = CalendarConverter.components(of: reference, in: calendar).year
            let candidates = [year - 1, year, year + 1].compactMap {
                CalendarConverter.gregorian(year: $0, month: month, day: day, in: calendar)
            }
            guard let chosen = chooseDay(candidates, tense: tense, reference: reference) else { return nil }
            return (dayValue(chosen, calendar: calendar), true)
        case .date(let calendar, nil, let month?, nil):
            guard let reference else {
                let timex = calendar == .gregorian ? "XXXX-\(pad(month))" : "XXXX-XX"
                return (TimeValue(timex: timex, granularity: .month, calendar: calendar), false)
            }
            let year = CalendarConverter.components(of: reference, in: calendar).year
            let candidates = [year - 1, year, year + 1].compactMap {
                CalendarConverter.monthInterval(year: $0, month: month, in: calendar)
            }
            let chosen: ClosedRange<DayDate>?
            switch tense {
            case .past: chosen = soon(candidates, after: reference) ?? candidates.last { $0.lowerBound <= reference }
            case .future: chosen = candidates.first { $0.upperBound >= reference }
            case .unmarked: chosen = nearest(candidates, to: reference)
            case .nearest: chosen = recent(candidates, before: reference) ?? candidates.first { $0.upperBound >= reference }
            }
            guard let chosen else { return nil }
            return (monthValue(chosen, calendar: calendar), true)
        case .date(_, nil, nil, _):
            return nil
        case .dateOfRelativeYear(let calendar, let month, let day, let yearShift):
            guard let reference else { return (referenceWord(yearShift), false) }
            let year = CalendarConverter.components(of: reference, in: calendar).year + yearShift
            if let day {
                guard let date = CalendarConverter.gregorian(year: year, month: month, day: day, in: calendar) else { return nil }
                return (dayValue(date, calendar: calendar), true)
            }
            guard let interval = CalendarConverter.monthInterval(year: year, month: month, in: calendar) else { return nil }
            return (monthValue(interval, calendar: calendar), true)
        case .dayOfMonth(let calendar, let day, let monthShift, let weekday):
            return dayOfMonth(day, calendar: calendar, monthShift: monthShift, weekday: weekday, tense: tense)
        case .shiftedMonth(let calendar, let month, let direction):
            guard let reference else { return (referenceWord(direction), false) }
            let year = CalendarConverter.components(of: reference, in: calendar).year
            let candidates = [year - 2, year - 1, year, year + 1].compactMap {
                CalendarConverter.monthInterval(year: $0, month: month, in: calendar)
            }
            // "this September": the month of the reference's year.
            let now = CalendarConverter.components(of: reference, in: calendar)
            let monthsBefore = { (interval: ClosedRange<DayDate>) -> Int in
                let start = CalendarConverter.components(of: interval.lowerBound, in: calendar)
                return (now.year - start.year) * 12 + now.month - start.month
            }
            let chosen = direction > 0 ? candidates.first { $0.lowerBound > reference }
                : direction < 0 ? candidates.last { $0.upperBound < reference && monthsBefore($0) > lastMonthNameSkips }
                : candidates.count == 4 ? candidates[2] : nil
            guard let chosen else { return nil }
            return (monthValue(chosen, calendar: calendar), true)
        case .weekday(let weekday, let direction):
            guard let reference else { return (TimeValue(timex: "XXXX-WXX-\(weekday)", granularity: .day), false) }
            let today = CalendarConverter.isoWeekday(of: reference)
            let shift: Int
            switch direction {
            // "Tuesday before last" (-2), "Tuesday after next" (2): a week further for each step past one.
            case let direction? where direction < 0: shift = -((today - weekday + 6) % 7 + 1) + 7 * (direction + 1)
            case let direction? where direction > 0: shift = (weekday - today + 6) % 7 + 1 + 7 * (direction - 1)
            default: shift = tense == .future || tense == .nearest ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7)
            }
            return (dayValue(CalendarConverter.adding(days: shift, to: reference), calendar: .gregorian), true)
        case .namedDay(let named, let year?, _):
            guard let date = named.date(in: year), let value = namedValue(named, first: date) else { return nil }
            return (value, false)
        case .namedDay(let named, nil, let direction):
            guard let reference else {
                let timex = named.calendar == .gregorian && named.weekday == nil && named.easterOffset == nil ? "XXXX-\(pad(named.month))-\(pad(named.day))" : "XXXX-XX-XX"
                return (TimeValue(timex: timex, granularity: .day, calendar: named.calendar), false)
            }
            let year = CalendarConverter.components(of: reference, in: named.calendar).year
            let candidates = [year - 1, year, year + 1].compactMap { named.date(in: $0) }
            let chosen: DayDate?
            switch direction {
            case let direction? where direction < 0: chosen = candidates.last { $0 < reference }
            case _?: chosen = candidates.first { $0 > reference }
            case nil: chosen = chooseDay(candidates, tense: tense, reference: reference)
            }
            guard let chosen, let value = namedValue(named, first: chosen) else { return nil }
            return (value, true)
        case .weekend(let direction):
            guard let reference else { return (referenceWord(direction ?? -1), false) }
            let today = CalendarConverter.isoWeekday(of: reference)
            let thisWeekend = CalendarConverter.adding(days: weekend.lowerBound - today, to: reference)
            let previous = CalendarConverter.adding(days: -7, to: thisWeekend)
            let started = today >= weekend.lowerBound
            let first: DayDate
            switch direction {
            case let direction? where direction < 0: first = previous
            case 0?: first = thisWeekend
            case _? where started: first = CalendarConverter.adding(days: 7, to: thisWeekend)
            case _?: first = thisWeekend
            case nil where started: first = thisWeekend
            case nil:
                switch tense {
                case .past: first = previous
                case .future, .nearest: first = thisWeekend
                // The nearer of the two: the one just past early in the week, the coming one late in it.
                case .unmarked: first = weekend.lowerBound - today > today + 7 - weekend.upperBound ? previous : thisWeekend
                }
            }
            let week = CalendarConverter.isoWeek(of: first)
            return (TimeValue(timex: "\(week.year)-W\(pad(week.week))-WE", start: first,
                              end: CalendarConverter.adding(days: weekend.count - 1, to: first), granularity: .week), true)
        case .relativeDay(let days):
            guard let reference else { return (referenceWord(days), false) }
            return (dayValue(CalendarConverter.adding(days: days, to: reference), calendar: .gregorian), true)
        case .relative(let unit, let count):
            guard let reference else { return (referenceWord(count), false) }
            return relative(unit, count, from: reference).map { ($0, true) }
        case .vague(let direction):
            return (referenceWord(direction), false)
        case .present:
            return (TimeValue(timex: "PRESENT_REF", granularity: .none), false)
        case .duration(let amount, let unit):
            let count = amount > 0 ? String(amount) : "X"
            // "a decade" is ten years, as TIMEX3 writes it ("P10Y"); "decades" stays vague ("PXDE").
            if amount > 0, unit == .decade || unit == .century {
                let years = amount * (unit == .decade ? 10 : 100)
                return (TimeValue(timex: "P\(years)Y", type: .duration, granularity: .none), false)
            }
            return (TimeValue(timex: unit.period(count), type: .duration, granularity: .none), false)
        case .decade(let calendar, let first):
            guard let interval = CalendarConverter.yearsInterval(first, first + 9, in: calendar) else { return nil }
            let timex = calendar == .gregorian ? String(first / 10) : String(midpoint(interval).year / 10)
            return (TimeValue(timex: timex, start: interval.lowerBound, end: interval.upperBound, granularity: .decade, calendar: calendar), false)
        case .century(let calendar, let ordinal):
            let first = (ordinal - 1) * 100
            guard let interval = CalendarConverter.yearsInterval(max(first, 1), first + 99, in: calendar) else { return nil }
            let timex = calendar == .gregorian ? pad(ordinal - 1) : pad(midpoint(interval).year / 100)
            return (TimeValue(timex: timex, start: interval.lowerBound, end: interval.upperBound, granularity: .century, calendar: calendar), false)
        case .season(let calendar, let year, let season):
            guard let interval = seasonInterval(season, year: year, calendar: calendar) else { return nil }
            return (TimeValue(timex: "\(interval.lowerBound.year)-\(season.rawValue)", start: interval.lowerBound, end: interval.upperBound,
                              granularity: .season, calendar: calendar), false)
        case .relativeSeason(let calendar, let season, let yearShift, let direction):
            guard let reference else { return (referenceWord(yearShift ?? direction), false) }
            let year = CalendarConverter.components(of: reference, in: calendar).year
            // A Gregorian winter starts in December: the one holding January of year Y is Y-1's.
            let base = calendar == .gregorian && season == .winter && reference.month <= 3 ? year - 1 : year
            let chosen: ClosedRange<DayDate>?
            if let yearShift {
                chosen = seasonInterval(season, year: base + yearShift, calendar: calendar)
            } else {
                let candidates = [base - 1, base, base + 1].compactMap { seasonInterval(season, year: $0, calendar: calendar) }
                switch direction {
                case ..<0: chosen = candidates.last { $0.upperBound < reference }
                case 1...: chosen = candidates.first { $0.lowerBound > reference }
                default: chosen = candidates.count > 1 ? candidates[1] : candidates.first
                }
            }
            guard let chosen else { return nil }
            return (TimeValue(timex: "\(chosen.lowerBound.year)-\(season.rawValue)", start: chosen.lowerBound, end: chosen.upperBound,
                              granularity: .season, calendar: calendar), true)
        case .seasonOfTense(let calendar, let season):
            guard let reference else {
                return (TimeValue(timex: "XXXX-\(season.rawValue)", granularity: .season, calendar: calendar), false)
            }
            let year = CalendarConverter.components(of: reference, in: calendar).year
            let candidates = [year - 2, year - 1, year, year + 1].compactMap { seasonInterval(season, year: $0, calendar: calendar) }
            let chosen: ClosedRange<DayDate>?
            switch tense {
            case .past: chosen = candidates.last { $0.lowerBound <= reference }
            case .future: chosen = candidates.first { $0.upperBound >= reference }
            case .unmarked: chosen = nearest(candidates, to: reference)
            case .nearest: chosen = recent(candidates, before: reference) ?? candidates.first { $0.upperBound >= reference }
            }
            guard let chosen else { return nil }
            return (TimeValue(timex: "\(chosen.lowerBound.year)-\(season.rawValue)", start: chosen.lowerBound, end: chosen.upperBound,
                              granularity: .season, calendar: calendar), true)
        case .quarter(let calendar, let year, let quarter):
            guard let first = CalendarConverter.monthInterval(year: year, month: quarter * 3 - 2, in: calendar),
                  let last = CalendarConverter.monthInterval(year: year, month: quarter * 3, in: calendar) else { return nil }
            // Another calendar's quarter is named after the Gregorian quarter holding its middle.
            let middle = midpoint(first.lowerBound...last.upperBound)
            let timex = calendar == .gregorian ? "\(year)-Q\(quarter)" : "\(middle.year)-Q\((middle.month - 1) / 3 + 1)"
            return (TimeValue(timex: timex, start: first.lowerBound, end: last.upperBound,
                              granularity: .quarter, calendar: calendar), false)
        case .quarterOfYear(let calendar, let quarter, let yearShift):
            guard let reference else {
                if let yearShift, yearShift != 0 { return (referenceWord(yearShift), false) }
                return (TimeValue(timex: calendar == .gregorian ? "XXXX-Q\(quarter)" : "XXXX-QX", granularity: .quarter, calendar: calendar), false)
            }
            let year = CalendarConverter.components(of: reference, in: calendar).year
            if let yearShift {
                return resolveUnmodified(.quarter(calendar: calendar, year: year + yearShift, quarter: quarter), tense: tense).map { ($0.value, true) }
            }
            guard let this = resolveUnmodified(.quarter(calendar: calendar, year: year, quarter: quarter), tense: tense)?.value,
                  let start = this.start else { return nil }
            // A quarter still to come is last year's unless the clause speaks of the future; one over
            // stays this year's even then ("will report third-quarter results" in October).
            if start > reference, tense != .future {
                return resolveUnmodified(.quarter(calendar: calendar, year: year - 1, quarter: quarter), tense: tense).map { ($0.value, true) }
            }
            return (this, true)
        case .half(let calendar, let year, let half):
            return halfValue(half, of: year, calendar: calendar).map { ($0, false) }
        case .halfOfYear(let calendar, let half, let yearShift):
            return halfOfYear(half, calendar: calendar, yearShift: yearShift, tense: tense)
        case .period(let period):
            return (TimeValue(timex: period, type: .duration, granularity: .none), false)
        case .set(let period):
            return (TimeValue(timex: period, type: .set, granularity: .none), false)
        case .clock(let clock):
            return (TimeValue(timex: "XXXX-XX-XXT" + clock.timex, type: .time, granularity: .none), false)
        case .anniversary, .anaphor:
            // Read from the text around them, by the tagger.
            return nil
        }
    }

    /// The value of a range's two resolved points.
    static func rangeValue(from begin: TimeValue, to end: TimeValue) -> TimeValue? {
        guard let first = begin.start, let lastStart = end.start, let last = end.end, first <= last else { return nil }
        let timex: String
        switch begin.granularity {
        case .year: timex = "P\(max(1, lastStart.year - first.year))Y"
        case .month:
            timex = "P\(max(1, (lastStart.year * 12 + lastStart.month) - (first.year * 12 + first.month)))M"
        case .day: timex = "P\(CalendarConverter.dayNumber(last) - CalendarConverter.dayNumber(first) + 1)D"
        case .decade: timex = "P\(max(1, (last.year - first.year + 1) / 10))DE"
        default: timex = "PX"
        }
        return TimeValue(timex: timex, type: .duration, start: first, end: last, granularity: begin.granularity, calendar: begin.calendar)
    }

    // MARK: - Pieces

    private func relative(_ unit: TimeUnit, _ count: Int, from reference: DayDate) -> TimeValue? {
        switch unit {
        case .second, .minute, .hour:
            return referenceWord(count)
        case .quarter:
            let parts = CalendarConverter.components(of: reference, in: defaultCalendar)
            let index = parts.year * 4 + (parts.month - 1) / 3 + count
            return resolveUnmodified(.quarter(calendar: defaultCalendar, year: index / 4, quarter: index % 4 + 1), tense: .unmarked)?.value
        case .day:
            return dayValue(CalendarConverter.adding(days: count, to: reference), calendar: .gregorian)
        case .week:
            let monday = CalendarConverter.adding(days: 1 - CalendarConverter.isoWeekday(of: reference) + 7 * count, to: reference)
            let week = CalendarConverter.isoWeek(of: monday)
            return TimeValue(timex: "\(week.year)-W\(pad(week.week))", start: monday,
                             end: CalendarConverter.adding(days: 6, to: monday), granularity: .week)
        case .month:
            let parts = CalendarConverter.components(of: reference, in: defaultCalendar)
            let index = parts.year * 12 + parts.month - 1 + count
            guard let interval = CalendarConverter.monthInterval(year: index / 12, month: index % 12 + 1, in: defaultCalendar) else { return nil }
            return monthValue(interval, calendar: defaultCalendar)
        case .year:
            let year = CalendarConverter.components(of: reference, in: defaultCalendar).year + count
            guard let interval = CalendarConverter.yearInterval(year, in: defaultCalendar) else { return nil }
            return yearValue(interval, calendar: defaultCalendar)
        case .decade:
            let first = (reference.year / 10 + count) * 10
            return resolveUnmodified(.decade(calendar: .gregorian, firstYear: first), tense: .unmarked)?.value
        case .century:
            return resolveUnmodified(.century(calendar: .gregorian, ordinal: reference.year / 100 + 1 + count), tense: .unmarked)?.value
        }
    }

    /// The day of `candidates` (in order) a day without a year means: the last on or before the reference
    /// in a past clause (or one soon after it), the first on or after it in a future one, else the nearest.
    private func chooseDay(_ candidates: [DayDate], tense: Tense, reference: DayDate) -> DayDate? {
        switch tense {
        case .past: soon(candidates.map { $0...$0 }, after: reference)?.lowerBound ?? candidates.last { $0 <= reference }
        case .future: candidates.first { $0 >= reference }
        case .unmarked: nearest(candidates.map { $0...$0 }, to: reference)?.lowerBound
        case .nearest: recent(candidates.map { $0...$0 }, before: reference)?.lowerBound ?? candidates.first { $0 >= reference }
        }
    }

    /// The first of `candidates` that begins after `reference` but within ``nearFutureDays`` of it.
    private func soon(_ candidates: [ClosedRange<DayDate>], after reference: DayDate) -> ClosedRange<DayDate>? {
        let day = CalendarConverter.dayNumber(reference)
        return candidates.first {
            let first = CalendarConverter.dayNumber($0.lowerBound)
            return first > day && first - day <= nearFutureDays
        }
    }

    /// The interval of `candidates` nearest to `reference` (one holding it is nearest); on a tie the earlier.
    func nearest(_ candidates: [ClosedRange<DayDate>], to reference: DayDate) -> ClosedRange<DayDate>? {
        let day = CalendarConverter.dayNumber(reference)
        func distance(_ interval: ClosedRange<DayDate>) -> Int {
            let first = CalendarConverter.dayNumber(interval.lowerBound)
            let last = CalendarConverter.dayNumber(interval.upperBound)
            return day < first ? first - day : day > last ? day - last : 0
        }
        return candidates.min { distance($0) < distance($1) }
    }

    func referenceWord(_ direction: Int) -> TimeValue {
        TimeValue(timex: direction < 0 ? "PAST_REF" : direction > 0 ? "FUTURE_REF" : "PRESENT_REF", granularity: .none)
    }

    func dayValue(_ date: DayDate, calendar: CalendarSystem) -> TimeValue {
        TimeValue(timex: date.iso, start: date, end: date, granularity: .day, calendar: calendar)
    }

    func monthValue(_ interval: ClosedRange<DayDate>, calendar: CalendarSystem) -> TimeValue {
        let middle = calendar == .gregorian ? interval.lowerBound : midpoint(interval)
        return TimeValue(timex: "\(pad(middle.year, 4))-\(pad(middle.month))", start: interval.lowerBound, end: interval.upperBound,
                         granularity: .month, calendar: calendar)
    }

    private func yearValue(_ interval: ClosedRange<DayDate>, calendar: CalendarSystem) -> TimeValue {
        let year = calendar == .gregorian ? interval.lowerBound.year : midpoint(interval).year
        return TimeValue(timex: pad(year, 4), start: interval.lowerBound, end: interval.upperBound, granularity: .year, calendar: calendar)
    }

    func midpoint(_ interval: ClosedRange<DayDate>) -> DayDate {
        let first = CalendarConverter.dayNumber(interval.lowerBound)
        let last = CalendarConverter.dayNumber(interval.upperBound)
        return CalendarConverter.date(dayNumber: (first + last) / 2)
    }

    private func seasonInterval(_ season: Season, year: Int, calendar: CalendarSystem) -> ClosedRange<DayDate>? {
        if calendar != .gregorian {
            let firstMonth = season.firstMonthOfSpringYear
            guard let start = CalendarConverter.monthInterval(year: year, month: firstMonth, in: calendar),
                  let end = CalendarConverter.monthInterval(year: year, month: firstMonth + 2, in: calendar) else { return nil }
            return start.lowerBound...end.upperBound
        }
        // Northern-hemisphere astronomical seasons, to the usual day.
        switch season {
        case .spring: return DayDate(year: year, month: 3, day: 20)...DayDate(year: year, month: 6, day: 20)
        case .summer: return DayDate(year: year, month: 6, day: 21)...DayDate(year: year, month: 9, day: 22)
        case .fall: return DayDate(year: year, month: 9, day: 23)...DayDate(year: year, month: 12, day: 20)
        case .winter: return DayDate(year: year, month: 12, day: 21)...DayDate(year: year + 1, month: 3, day: 19)
        }
    }

    func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
