// Dates written in digits: "2009-05-05", "1388/02/15", "05/05/2009".
extension TimeParser {
    /// "2009-05-05", "1388/02/15", "05/05/2009", "5.5.2009".
    func scanNumericDate(at index: Int) -> Outcome? {
        guard index + 4 < tokens.count, let first = number(at: index), let second = number(at: index + 2),
              let third = number(at: index + 4) else { return nil }
        let separator = tokens[index + 1].text
        guard ["-", "/", "."].contains(separator), tokens[index + 3].text == separator,
              touches(index), touches(index + 1), touches(index + 2), touches(index + 3) else { return nil }
        // Part of a longer run of numbers (a phone number, a version): leave it.
        if index + 5 < tokens.count, touches(index + 4), tokens[index + 5].text == separator { return nil }
        var year: Int, month: Int, day: Int
        if digits(at: index) == 4 {
            (year, month, day) = (first, second, third)
        } else if digits(at: index + 4) == 4, separator != "-" || !lexicon.settings.monthFirst {
            // Slashes follow the language's order; dots are day.month.year everywhere.
            let monthFirst = lexicon.settings.monthFirst && separator == "/"
            (year, month, day) = monthFirst ? (third, first, second) : (third, second, first)
        } else {
            return nil
        }
        let calendar = calendarOfBareYear(year) ?? .gregorian
        let end = index + 5
        guard CalendarConverter.gregorian(year: year, month: month, day: day, in: calendar) != nil else {
            return .rejected(end: end)
        }
        return .found(Found(tokens: index..<end, mention: .date(calendar: calendar, year: year, month: month, day: day)))
    }
}
