// Days and periods known by name: "نوروز", "دهه فجر" (12 to 22 Bahman), "شب‌های قدر".
extension TemporalResolver {
    /// The value of a day known by name that begins on `first`: the day itself; for a period known by name
    /// ("دهه فجر"), its days from the first to the last, as the month of its calendar that holds its first
    /// day with the mod of the third of the month it begins in (START, MID, END: no TIMEX3 unit fits some
    /// ten days, as for "دهه دوم بهمن"), stored with granularity `day`, the unit its bounds fall on.
    func namedValue(_ named: NamedDay, first: DayDate) -> TimeValue? {
        guard named.last != nil else { return dayValue(first, calendar: named.calendar) }
        let year = CalendarConverter.components(of: first, in: named.calendar).year
        guard let last = named.lastDate(in: year),
              let month = CalendarConverter.monthInterval(year: year, month: named.month, in: named.calendar) else { return nil }
        var value = monthValue(month, calendar: named.calendar)
        value.start = first
        value.end = last
        value.granularity = .day
        value.mod = (named.day <= 10 ? TimeMod.start : named.day <= 20 ? .mid : .end).rawValue
        return value
    }
}
