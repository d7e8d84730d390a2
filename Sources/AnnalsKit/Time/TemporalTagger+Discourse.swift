// Readings that depend on the rest of the text: a comparison with last year in a text about a quarter,
// a time of day whose day is said elsewhere.
extension TemporalTagger {
    /// A comparison with a year before ("a year ago", "year-earlier", "یک سال پیش") that follows a quarter
    /// ("the third quarter", "Q3 2009") or a half ("the first half") compares with it: it becomes the same quarter (half) a year
    /// before ("profit rose from a year earlier" after "third-quarter profit" is the third quarter of last
    /// year). Without a quarter before it, or after a stretch of months named since ("for the nine months"), it
    /// stays the year before the reference's.
    func compareWithQuarters(_ expressions: inout [TemporalExpression], comparisons: Set<Int>, resolver: TemporalResolver) {
        var quarter: TimeValue?
        for index in expressions.indices {
            let expression = expressions[index]
            // "the year-ago quarter" is a quarter already, and not the one the text is about.
            if comparisons.contains(index), expression.value.granularity == .quarter { continue }
            guard comparisons.contains(index) else {
                if expression.value.type == .date, expression.value.granularity == .quarter, expression.beginPoint == nil {
                    quarter = expression.value
                } else if Self.isSpanOfMonths(expression.value) {
                    // "For the nine months, net rose from a year earlier": the stretch compared is no quarter,
                    // and the year before holds it.
                    quarter = nil
                }
                continue
            }
            guard let quarter, let start = quarter.start else { continue }
            let parts = CalendarConverter.components(of: start, in: quarter.calendar)
            // A half ("the first half", six months) compares with that half a year before.
            let mention: TimeMention = Self.months(of: quarter) == 6
                ? .half(calendar: quarter.calendar, year: parts.year - 1, half: (parts.month - 1) / 6 + 1)
                : .quarter(calendar: quarter.calendar, year: parts.year - 1, quarter: (parts.month - 1) / 3 + 1)
            guard let earlier = resolver.resolve(mention)?.value else { continue }
            expressions[index] = TemporalExpression(
                tokenRange: expression.tokenRange, range: expression.range, text: expression.text, value: earlier,
                anchoredToReference: true)
        }
    }

    /// A time of day said without its day ("at 11:20 a.m.", "ساعت ۹ صبح") falls on the nearest day of its
    /// sentence ("… at 11:20 a.m. (local time) Friday"), else on the last day the text named before it,
    /// else on the reference day. Without any of them it stays `XXXX-XX-XXT…`.
    func anchorClockTimes(_ expressions: inout [TemporalExpression], in text: AnalyzedText, reference: DayDate?) {
        var lastDay: DayDate?
        for index in expressions.indices {
            let expression = expressions[index]
            let value = expression.value
            if value.granularity == .day, value.type != .duration, let start = value.start, start == value.end {
                lastDay = start
                continue
            }
            guard value.type == .time, value.timex.hasPrefix("XXXX-XX-XXT") else { continue }
            var day: DayDate?
            var anchored = false
            if let sentence = text.sentenceIndex(ofToken: expression.tokenRange.lowerBound) {
                let days = expressions.filter {
                    $0.value.granularity == .day && $0.value.type != .duration && $0.value.start != nil
                        && $0.value.start == $0.value.end && text.sentenceIndex(ofToken: $0.tokenRange.lowerBound) == sentence
                }
                if let nearest = Self.nearest(in: days, to: expression.tokenRange) {
                    day = nearest.value.start
                    anchored = nearest.anchoredToReference
                }
            }
            if day == nil, let lastDay { day = lastDay; anchored = true }
            if day == nil, let reference { day = reference; anchored = true }
            guard let day else { continue }
            var resolved = value
            resolved.timex = day.iso + value.timex.dropFirst("XXXX-XX-XX".count)
            resolved.start = day
            resolved.end = day
            resolved.granularity = .day
            expressions[index] = TemporalExpression(tokenRange: expression.tokenRange, range: expression.range, text: expression.text,
                                                    value: resolved, anchoredToReference: anchored)
        }
    }

    /// The value of a mention counted from where the story is rather than from the reference, nil when the
    /// text has not got there: "the previous Friday" is the Friday before the last single day the text named;
    /// "the quarter" the quarter the text is about, the first it named, and "the 1988 quarter" that quarter of
    /// 1988, or the year 1988 when a stretch of months was named after the last quarter ("for the nine months");
    /// comparisons with a year before, at `comparisons`, as "the year-ago quarter", are not the text's quarter.
    func countFromStory(_ found: TimeParser.Found, after expressions: [TemporalExpression], comparisons: Set<Int>,
                        resolver: TemporalResolver) -> TimeValue? {
        switch found.mention {
        case .weekday:
            guard let day = Self.storyDay(before: expressions) else { return nil }
            return TemporalResolver(reference: day, defaultCalendar: resolver.defaultCalendar).resolve(found.mention, mod: found.mod)?.value
        case .relative(.quarter, _), .date(_, _?, nil, nil):
            guard let index = expressions.indices.first(where: {
                !comparisons.contains($0) && expressions[$0].value.type == .date && expressions[$0].value.granularity == .quarter
                    && expressions[$0].beginPoint == nil && Self.months(of: expressions[$0].value) == 3
            }), let start = expressions[index].value.start else { return nil }
            let quarter = expressions[index].value
            guard case .date(let calendar, let year?, nil, nil) = found.mention else { return quarter }
            // "For the nine months, … in the 1988 period": after a stretch of months named since, that stretch, in the year.
            if let latest = expressions.last(where: { Self.isSpanOfMonths($0.value) }), latest.tokenRange.lowerBound > (expressions.last {
                $0.value.type == .date && $0.value.granularity == .quarter && $0.beginPoint == nil
            }?.tokenRange.lowerBound ?? -1) { return nil }
            let month = CalendarConverter.components(of: start, in: quarter.calendar).month
            return resolver.resolve(.quarter(calendar: calendar, year: year, quarter: (month - 1) / 3 + 1))?.value
        default:
            return nil
        }
    }

    /// Whether `value` is a length of some months other than a quarter's three ("the nine months", "the first
    /// eight months"): the stretch a report covers when it is not a quarter.
    static func isSpanOfMonths(_ value: TimeValue) -> Bool {
        guard value.type == .duration, value.timex.hasPrefix("P"), value.timex.hasSuffix("M"),
              let months = Int(value.timex.dropFirst().dropLast()) else { return false }
        return months > 1 && months != 3
    }

    /// The number of months a value's interval spans in its calendar (3 for a quarter, 6 for a half), or 0.
    static func months(of value: TimeValue) -> Int {
        guard let start = value.start, let end = value.end else { return 0 }
        let first = CalendarConverter.components(of: start, in: value.calendar)
        let last = CalendarConverter.components(of: end, in: value.calendar)
        return (last.year - first.year) * 12 + last.month - first.month + 1
    }

    /// The day the story has reached after `expressions` (in text order): the last single day they name,
    /// not a duration nor an inferred date; nil when they name none.
    static func storyDay(before expressions: [TemporalExpression]) -> DayDate? {
        expressions.last {
            $0.value.granularity == .day && $0.value.type != .duration && !$0.isInferred
                && $0.value.start != nil && $0.value.start == $0.value.end
        }?.value.start
    }

    /// "that year", "the following month", "the same day": the unit of the last date named before it, `shift`
    /// units on; nil when the text named none. After a coarser date the unit is left unknown within it
    /// ("that same day" after "last October" is `…-10-XX`).
    func resolveAnaphor(_ unit: TimeUnit, shift: Int, after expressions: [TemporalExpression],
                        resolver: TemporalResolver) -> TimeValue? {
        let dates: Set<Granularity> = [.day, .month, .season, .quarter, .year]
        guard let antecedent = expressions.last(where: {
            [.date, .time].contains($0.value.type) && dates.contains($0.value.granularity) && $0.value.start != nil
        }), let start = antecedent.value.start else { return nil }
        let fine: Set<Granularity> = switch unit {
        case .day: [.day]
        case .month: [.day, .month]
        default: dates
        }
        guard fine.contains(antecedent.value.granularity) else {
            // The same unit within a coarser date: a day of that month, a month of that year.
            guard shift == 0, unit == .day && antecedent.value.granularity == .month
                || unit == .month && antecedent.value.granularity == .year, antecedent.value.mod == nil else { return nil }
            var value = antecedent.value
            value.timex += "-XX"
            return value
        }
        let calendar = antecedent.value.calendar
        let mention: TimeMention
        switch unit {
        case .day:
            let day = CalendarConverter.components(of: CalendarConverter.adding(days: shift, to: start), in: calendar)
            mention = .date(calendar: calendar, year: day.year, month: day.month, day: day.day)
        case .month:
            let month = CalendarConverter.components(of: start, in: calendar)
            let index = month.year * 12 + month.month - 1 + shift
            mention = .date(calendar: calendar, year: index / 12, month: index % 12 + 1, day: nil)
        default:
            mention = .date(calendar: calendar, year: CalendarConverter.components(of: start, in: calendar).year + shift, month: nil, day: nil)
        }
        return resolver.resolve(mention)?.value
    }
}
