// Years, decades and centuries: "1994", "سال ۱۳۷۳", "the 1990s", "قرن بیستم".
extension TimeParser {
    /// "1994", "سال ۱۳۷۳", "۱۳۷۳ شمسی", "in the year 1994", "سال دو هزار و نه".
    func scanYear(at index: Int) -> Outcome? {
        var position = index
        var yearWord = false
        var era: CalendarSystem?
        // "AD 1066".
        if let eraWord = word(at: position, .era), number(at: position + eraWord.length) != nil {
            era = eraWord.word.calendar
            position += eraWord.length
        }
        if let entry = word(at: position, .yearWord) {
            position += entry.length
            yearWord = true
        }
        guard let reading = readNumber(at: position), !reading.ordinal, !reading.weak else { return nil }
        let numberAt = position
        position += reading.length
        if era == nil, let eraWord = word(at: position, .era) {
            era = eraWord.word.calendar
            position += eraWord.length
        }
        // Counts, money and parts of longer numbers are not years.
        if reading.digits > 0, !isStandaloneNumber(numberAt) { return nil }
        if era == nil, word(at: position, .countNoun) != nil || word(at: position, .unit) != nil { return nil }
        if word(at: position, .anniversary) != nil { return nil }
        let calendar: CalendarSystem
        if let era {
            guard (1...2200).contains(reading.value) else { return nil }
            calendar = era
        } else if reading.digits == 0 {
            // Spelled years: "nineteen ninety-four" alone, anything else after a year word.
            // ("two thousand and nine" alone counts; a round "two thousand" is a count).
            guard reading.yearPair || yearWord || reading.value % 100 != 0 && reading.length > 2,
                  reading.value >= 1000 else { return nil }
            calendar = calendarOfBareYear(reading.value) ?? lexicon.settings.defaultCalendar
        } else if let bare = calendarOfBareYear(reading.value), reading.digits == 4 {
            calendar = bare
        } else if yearWord, reading.digits == 4 {
            calendar = lexicon.settings.defaultCalendar
        } else if yearWord, reading.digits == 2, era == nil, let twoDigit = lexicon.settings.twoDigitYear,
                  word(at: position, .shift) == nil {
            // "سال ۸۸" is 1388.
            let year = twoDigit.century * 100 + reading.value
            guard CalendarConverter.yearInterval(year, in: twoDigit.calendar) != nil else { return nil }
            return .found(Found(tokens: index..<position, mention: .date(calendar: twoDigit.calendar, year: year, month: nil, day: nil)))
        } else {
            return nil
        }
        guard CalendarConverter.yearInterval(reading.value, in: calendar) != nil else { return nil }
        return .found(Found(tokens: index..<position, mention: .date(calendar: calendar, year: reading.value, month: nil, day: nil)))
    }

    /// The calendar a 4-digit year with no era reads in, per the language's `bare-year` settings.
    func calendarOfBareYear(_ year: Int) -> CalendarSystem? {
        lexicon.settings.bareYears.first { $0.range.contains(year) }?.calendar
    }

    /// Whether the digits at `index` stand alone: not "$1994", "1,994", "1994.5", "1994%", "1994 soldiers".
    func isStandaloneNumber(_ index: Int) -> Bool {
        if index > 0, !tokens[index].followsSpace {
            let previous = tokens[index - 1]
            if word(at: index - 1, .countNoun) != nil { return false }
            if [",", ".", "/"].contains(previous.text), index >= 2, tokens[index - 2].kind == .number, !previous.followsSpace { return false }
        }
        if index > 0, word(at: index - 1, .countNoun) != nil, tokens[index - 1].kind == .punctuation { return false }
        if index + 2 < tokens.count, touches(index), [",", ".", "/"].contains(tokens[index + 1].text),
           tokens[index + 2].kind == .number, touches(index + 1) { return false }
        return word(at: index + 1, .countNoun) == nil
    }

    /// "the 1990s", "1990's", "the 90s", "دهه ۹۰ میلادی", "دهه هفتاد شمسی", "دهه ۱۳۷۰".
    func scanDecade(at index: Int) -> Outcome? {
        // "in his thirties", "in their 20s": a decade of someone's life, an age and no time.
        func isAge() -> Bool { index > 0 && word(at: index - 1, .ageLead) != nil }
        // "the nineties", "the nineties AD".
        if let name = word(at: index, .decadeName) {
            if isAge() { return nil }
            var position = index + name.length
            var era: CalendarSystem?
            if let eraWord = word(at: position, .era) {
                era = eraWord.word.calendar
                position += eraWord.length
            }
            guard let decade = decadeStart(name.word.number, era: era) else { return nil }
            return .found(Found(tokens: index..<position, mention: .decade(calendar: decade.calendar, firstYear: decade.first)))
        }
        if let decadeWord = word(at: index, .decadeWord) {
            var position = index + decadeWord.length
            guard let reading = readNumber(at: position), !reading.weak, !reading.ordinal else { return nil }
            position += reading.length
            var era: CalendarSystem?
            if let eraWord = word(at: position, .era) {
                era = eraWord.word.calendar
                position += eraWord.length
            }
            guard let decade = decadeStart(reading.value, era: era) else { return nil }
            return .found(Found(tokens: index..<position, mention: .decade(calendar: decade.calendar, firstYear: decade.first)))
        }
        guard let value = number(at: index), touches(index) || word(at: index + 1, .decadeSuffix)?.length == 2,
              let suffix = word(at: index + 1, .decadeSuffix), value % 10 == 0,
              digits(at: index) == 4 || digits(at: index) == 2 && !isAge() else { return nil }
        var position = index + 1 + suffix.length
        var era: CalendarSystem?
        if let eraWord = word(at: position, .era) {
            era = eraWord.word.calendar
            position += eraWord.length
        }
        guard let decade = decadeStart(value, era: era) else { return nil }
        return .found(Found(tokens: index..<position, mention: .decade(calendar: decade.calendar, firstYear: decade.first)))
    }

    func decadeStart(_ value: Int, era: CalendarSystem?) -> (first: Int, calendar: CalendarSystem)? {
        guard value % 10 == 0 else { return nil }
        if value >= 1000 {
            guard value <= 2100 else { return nil }
            return (value, era ?? calendarOfBareYear(value) ?? lexicon.settings.defaultCalendar)
        }
        guard (10...90).contains(value) else { return nil }
        if let era {
            return (era == .gregorian ? 1900 + value : 1300 + value, era)
        }
        guard let setting = lexicon.settings.twoDigitDecade else { return nil }
        return (setting.century * 100 + value, setting.calendar)
    }

    /// "the 20th century", "the twentieth century", "قرن بیستم", "قرن ۱۴ شمسی".
    func scanCentury(at index: Int) -> Outcome? {
        var position = index
        var ordinal: Int?
        if let word = word(at: position, .centuryWord) {
            position += word.length
            guard let reading = readNumber(at: position), !reading.weak, (1...21).contains(reading.value) else { return nil }
            ordinal = reading.value
            position += reading.length
        } else if let reading = readNumber(at: position), reading.ordinal, (1...21).contains(reading.value),
                  let word = word(at: position + reading.length, .centuryWord) {
            ordinal = reading.value
            position += reading.length + word.length
        }
        guard let ordinal else { return nil }
        var calendar = CalendarSystem.gregorian
        if let eraWord = word(at: position, .era), let era = eraWord.word.calendar {
            calendar = era
            position += eraWord.length
        }
        return .found(Found(tokens: index..<position, mention: .century(calendar: calendar, ordinal: ordinal)))
    }
}
