// Dates written in digits: "2009-05-05", "1388/02/15", "05/05/2009", "11/30/98", "4/17", "2016-07", "7/2016".
extension TimeParser {
    /// "2009-05-05", "1388/02/15", "05/05/2009", "5.5.2009", "11/30/98"; failing that, a month and day
    /// or a month of a year ("4/17", "2016/07", "2016-07", "7/2016").
    func scanNumericDate(at index: Int) -> Outcome? {
        guard index + 2 < tokens.count, let first = number(at: index), let second = number(at: index + 2) else { return nil }
        let separator = tokens[index + 1].text
        guard ["-", "/", "."].contains(separator), touches(index), touches(index + 1) else { return nil }
        // Part of a longer run of numbers before it ("1-800-555"): leave it.
        if index > 0, touches(index - 1), number(at: index - 1) != nil || ["-", "/", "."].contains(tokens[index - 1].text) {
            return nil
        }
        guard index + 4 < tokens.count, tokens[index + 3].text == separator, touches(index + 2), touches(index + 3),
              let third = number(at: index + 4) else {
            return scanShortNumericDate(at: index, first: first, second: second, separator: separator)
        }
        // Part of a longer run of numbers (a phone number, a version): leave it.
        if index + 5 < tokens.count, touches(index + 4), tokens[index + 5].text == separator { return nil }
        var year: Int, month: Int, day: Int
        let slashedMonthFirst = lexicon.settings.monthFirst && separator == "/"
        if digits(at: index) == 4 {
            (year, month, day) = (first, second, third)
        } else if digits(at: index + 4) == 4, separator != "-" || !lexicon.settings.monthFirst {
            // Slashes follow the language's order; dots are day.month.year everywhere.
            (year, month, day) = slashedMonthFirst ? (third, first, second) : (third, second, first)
        } else if lexicon.settings.twoDigitYearFirst, separator == "/", digits(at: index) == 2, digits(at: index + 2) <= 2,
                  (1...2).contains(digits(at: index + 4)), first > 31 || digits(at: index + 4) == 1,
                  let window = lexicon.settings.numericTwoDigitYears, word(at: index + 5, .countNoun) == nil {
            // "۹۹/۱۰/۱": a two-digit year first, where the first number cannot be a day or the last is no year.
            guard (1...12).contains(second) else { return .rejected(end: index + 5) }
            year = window.lowerBound + (first - window.lowerBound % 100 + 100) % 100
            (month, day) = (second, third)
        } else if digits(at: index + 4) == 2, separator != "-", let window = lexicon.settings.numericTwoDigitYears,
                  digits(at: index) <= 2, digits(at: index + 2) <= 2 {
            // "11/30/98", "۵/۲/۸۸": a two-digit year falls in the language's window.
            let twoDigit = third
            year = window.lowerBound + (twoDigit - window.lowerBound % 100 + 100) % 100
            (month, day) = slashedMonthFirst ? (first, second) : (second, first)
        } else {
            return nil
        }
        // "30/11/1998" in a month-first language: a first number over 12 can only be the day.
        if month > 12, day <= 12 { (month, day) = (day, month) }
        let calendar = calendarOfBareYear(year) ?? lexicon.settings.numericTwoDigitYearCalendar
        let end = index + 5
        guard CalendarConverter.gregorian(year: year, month: month, day: day, in: calendar) != nil else {
            return .rejected(end: end)
        }
        return .found(Found(tokens: index..<end, mention: .date(calendar: calendar, year: year, month: month, day: day)))
    }

    /// "on 4/17" (month first, in a month-first language, after a word that leads a date), "2016/07", "2016-07" (a month written with its
    /// zero), "7/2016". Not a fraction ("1/2", "3/4": a smaller number over one of at most ten), a
    /// score or a range ("2010-12").
    private func scanShortNumericDate(at index: Int, first: Int, second: Int, separator: String) -> Outcome? {
        // Followed by more digits or a unit ("1/2 hour") it is something else.
        if index + 3 < tokens.count, touches(index + 2), number(at: index + 3) != nil || ["-", "/", "."].contains(tokens[index + 3].text) {
            return nil
        }
        if word(at: index + 3, .unit) != nil { return nil }
        let end = index + 3
        if digits(at: index) == 4, separator != ".", digits(at: index + 2) == 2, (1...12).contains(second),
           separator == "/" || second < 10 {
            let calendar = calendarOfBareYear(first) ?? lexicon.settings.defaultCalendar
            guard calendarOfBareYear(first) != nil else { return nil }
            return .found(Found(tokens: index..<end, mention: .date(calendar: calendar, year: first, month: second, day: nil)))
        }
        guard separator == "/", digits(at: index) <= 2 else { return nil }
        if digits(at: index + 2) == 4, (1...12).contains(first), let calendar = calendarOfBareYear(second) {
            return .found(Found(tokens: index..<end, mention: .date(calendar: calendar, year: second, month: first, day: nil)))
        }
        // A month and day alone only after a word that leads a date ("on 4/17", "by 6/30"): "9/11" is a name.
        guard lexicon.settings.monthFirst, digits(at: index + 2) <= 2, (1...12).contains(first), (1...31).contains(second),
              !(first < second && second <= 10),
              index > 0, word(at: index - 1, .monthLead) != nil || word(at: index - 1, .clockJoiner) != nil
                || word(at: index - 1, .rangeTo) != nil else { return nil }
        guard second <= maxDays(month: first, calendar: .gregorian) else { return .rejected(end: end) }
        return .found(Found(tokens: index..<end, mention: .date(calendar: .gregorian, year: nil, month: first, day: second)))
    }
}
