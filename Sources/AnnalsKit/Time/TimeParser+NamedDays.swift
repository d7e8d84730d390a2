// Days known by name: holidays and feasts ("Thanksgiving", "Christmas 2008", "نوروز ۱۴۰۰", "شب یلدا").
extension TimeParser {
    /// A listed `named-day`, with the year after it in its own calendar ("نوروز ۱۴۰۰", "عید فطر ۱۴۳۰",
    /// "Christmas of 2008") or a shift word
    /// before it ("last Thanksgiving"); a named day that is also a part of the day ("شب یلدا") keeps it.
    func scanNamedDay(at index: Int) -> Outcome? {
        var position = index
        var direction: Int?
        // "روز عاشورا": the word for day before it.
        if let dayWord = word(at: position, .dayWord), word(at: position + dayWord.length, .namedDay) != nil {
            position += dayWord.length
        }
        if let shift = word(at: position, .shift), shift.word.prefix, shift.word.number != 0 {
            direction = shift.word.number
            position += shift.length
        }
        guard let entry = word(at: position, .namedDay), let named = entry.word.namedDay,
              !entry.word.needsCapital || isCapitalized(position) else { return nil }
        let partOfDay = words[position].first { $0.length == entry.length && $0.word.kind == .partOfDay }?.word.partOfDay
        position += entry.length
        var year: Int?
        if direction == nil {
            var yearStart = position
            if let of = word(at: yearStart, .of) { yearStart += of.length }
            if let read = readYear(at: yearStart, afterMonth: false), read.era == nil || read.era == named.calendar {
                year = read.year
                position = read.end
            }
        }
        var found = Found(tokens: index..<position, mention: .namedDay(named, year: year, direction: direction))
        found.partOfDay = partOfDay
        return .found(found)
    }

    /// "the week of March 6": the week holding the day named after "the week of".
    func scanWeekHolding(at index: Int) -> Outcome? {
        guard let week = word(at: index, .relativeWeek), week.word.number == 0,
              let of = word(at: index + week.length, .of),
              case .found(var day)? = scanPoint(at: index + week.length + of.length), Self.isDay(day.mention),
              day.clock == nil, day.partOfDay == nil else { return nil }
        day.tokens = index..<day.tokens.upperBound
        day.weekHolding = true
        return .found(day)
    }

    /// `item` read as the week holding it when it is a day known by name followed by "week" ("Easter week");
    /// not a weekday ("Monday week" is a week from Monday).
    func withWeekAfter(_ item: Found) -> Found {
        guard case .namedDay = item.mention, item.clock == nil, item.partOfDay == nil,
              let unit = word(at: item.tokens.upperBound, .unit), unit.word.unit == .week, !unit.word.plural else { return item }
        var week = item
        week.tokens = item.tokens.lowerBound..<(item.tokens.upperBound + unit.length)
        week.weekHolding = true
        return week
    }

    /// A weekday with the week it falls in after it ("دوشنبه هفته آینده", "جمعه هفته گذشته"): that day of that week.
    func withRelativeWeekAfter(_ item: Found) -> Found {
        guard case .weekday(_, nil) = item.mention, item.clock == nil, item.partOfDay == nil, item.weekShift == nil,
              let week = word(at: item.tokens.upperBound, .relativeWeek) else { return item }
        var extended = item
        extended.tokens = item.tokens.lowerBound..<(item.tokens.upperBound + week.length)
        extended.weekShift = week.word.number
        return extended
    }
}
