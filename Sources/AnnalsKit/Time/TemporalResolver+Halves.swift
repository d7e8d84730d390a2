// Halves of a year, and a limit just gone.
extension TemporalResolver {
    /// Half 1 or 2 of `year` in `calendar`: `2014-H1`, January to June. Another calendar's half is named after
    /// the Gregorian half holding its middle. Its granularity is `quarter`, the unit its bounds fall on, as a
    /// range's granularity is its points' ("from Q1 to Q2 2014").
    func halfValue(_ half: Int, of year: Int, calendar: CalendarSystem) -> TimeValue? {
        guard let first = CalendarConverter.monthInterval(year: year, month: half * 6 - 5, in: calendar),
              let last = CalendarConverter.monthInterval(year: year, month: half * 6, in: calendar) else { return nil }
        let middle = midpoint(first.lowerBound...last.upperBound)
        let timex = calendar == .gregorian ? "\(year)-H\(half)" : "\(middle.year)-H\((middle.month - 1) / 6 + 1)"
        return TimeValue(timex: timex, start: first.lowerBound, end: last.upperBound, granularity: .quarter, calendar: calendar)
    }

    /// A half with no year ("the first half"): of the year `yearShift` years from the reference's; without a
    /// shift, like a quarter, the reference's year's, or last year's for one still to come unless the clause
    /// speaks of the future. Without a reference, `XXXX-H1` (or a reference word when shifted).
    func halfOfYear(_ half: Int, calendar: CalendarSystem, yearShift: Int?, tense: Tense) -> (value: TimeValue, anchored: Bool)? {
        guard let reference else {
            if let yearShift, yearShift != 0 { return (referenceWord(yearShift), false) }
            return (TimeValue(timex: calendar == .gregorian ? "XXXX-H\(half)" : "XXXX-HX", granularity: .quarter, calendar: calendar), false)
        }
        let year = CalendarConverter.components(of: reference, in: calendar).year
        if let yearShift { return halfValue(half, of: year + yearShift, calendar: calendar).map { ($0, true) } }
        guard let this = halfValue(half, of: year, calendar: calendar), let start = this.start else { return nil }
        if start > reference, tense != .future { return halfValue(half, of: year - 1, calendar: calendar).map { ($0, true) } }
        return (this, true)
    }

    /// The last of `candidates` that begins on or before `reference` and at most ``nearFutureDays`` before it:
    /// a limit set in a past clause that is just gone ("ordered him back by Jan. 14" on Jan. 15).
    func recent(_ candidates: [ClosedRange<DayDate>], before reference: DayDate) -> ClosedRange<DayDate>? {
        let day = CalendarConverter.dayNumber(reference)
        return candidates.last {
            let first = CalendarConverter.dayNumber($0.lowerBound)
            return first <= day && day - first <= nearFutureDays
        }
    }
}
