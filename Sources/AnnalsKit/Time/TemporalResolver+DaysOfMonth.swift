extension TemporalResolver {
    /// The value of a day of the month whose month is not named (see ``TimeMention/dayOfMonth(calendar:day:monthShift:weekday:)``):
    /// of the month `monthShift` months from the reference's; else, among the month before, this one and the next
    /// (or, with a weekday, the months up to fourteen away where the day falls on it), the last on or before the
    /// reference in a past clause, the first on or after it in a future one, the nearest otherwise.
    func dayOfMonth(_ day: Int, calendar: CalendarSystem, monthShift: Int?, weekday: Int?,
                    tense: Tense) -> (value: TimeValue, anchored: Bool)? {
        guard let reference else {
            let timex = calendar == .gregorian && weekday == nil ? "XXXX-XX-\(pad(day))" : "XXXX-XX-XX"
            return (TimeValue(timex: timex, granularity: .day, calendar: calendar), false)
        }
        let now = CalendarConverter.components(of: reference, in: calendar)
        let base = now.year * 12 + now.month - 1
        // A weekday may put the day a year away ("Friday the 13th"); otherwise the month before, this one or the next.
        let shifts = monthShift.map { [$0] } ?? Array(weekday == nil ? -1...1 : -14...14)
        let candidates = shifts.compactMap { shift -> DayDate? in
            let index = base + shift
            guard let date = CalendarConverter.gregorian(year: index / 12, month: index % 12 + 1, day: day, in: calendar),
                  weekday == nil || CalendarConverter.isoWeekday(of: date) == weekday else { return nil }
            return date
        }
        let chosen: DayDate? = switch tense {
        case _ where monthShift != nil: candidates.first
        case .past: candidates.last { $0 <= reference }
        case .future: candidates.first { $0 >= reference }
        case .unmarked: nearest(candidates.map { $0...$0 }, to: reference)?.lowerBound
        case .nearest: recent(candidates.map { $0...$0 }, before: reference)?.lowerBound ?? candidates.first { $0 >= reference }
        }
        guard let chosen else { return nil }
        return (dayValue(chosen, calendar: calendar), true)
    }
}
