// Dates with a month or weekday name: "Tuesday, May 5, 2009", "۱۵ اردیبهشت ۱۳۸۸", "March".
extension TimeParser {
    // MARK: - Weekdays

    /// "Tuesday", "روز سه شنبه", "Tuesday, May 5, 2009", "سه شنبه ۱۵ اردیبهشت ۱۳۸۸".
    func scanWeekday(at index: Int) -> Outcome? {
        // "two Mondays from now", "three Fridays ago": that many of them on (back).
        if let amount = readNumber(at: index), !amount.ordinal, (1...52).contains(amount.value),
           let weekday = word(at: index + amount.length, .weekday), weekday.word.plural {
            let end = index + amount.length + weekday.length
            guard let ago = agoWord(at: end) else { return nil }
            return .found(Found(tokens: index..<(end + ago.length),
                                mention: .weekday(weekday.word.number, direction: ago.word.number * amount.value)))
        }
        // "on Mondays", "Tuesday nights": each of them; not "two Mondays".
        if let weekday = word(at: index, .weekday), weekday.word.plural {
            guard readNumber(at: index - 1) == nil else { return nil }
            var end = index + weekday.length
            var set = "XXXX-WXX-\(weekday.word.number)"
            if let part = word(at: end, .partOfDay), let value = part.word.partOfDay {
                set += "T" + value.rawValue
                end += part.length
            }
            return .found(Found(tokens: index..<end, mention: .set(set)))
        }
        var position = index
        var direction: Int?
        var fromStory = false
        // "the previous Friday", "the following Monday": from the day the story has reached.
        if let story = word(at: position, .storyShift), story.word.prefix, word(at: position + story.length, .weekday) != nil {
            direction = story.word.number
            fromStory = true
            position += story.length
        // "last Tuesday", "next Friday".
        } else if let shift = word(at: position, .shift), shift.word.prefix, shift.word.number != 0,
           word(at: position + shift.length, .weekday) != nil {
            direction = shift.word.number
            position += shift.length
        }
        if let dayWord = word(at: position, .dayWord), word(at: position + dayWord.length, .weekday) != nil {
            position += dayWord.length
        }
        guard let weekday = word(at: position, .weekday) else { return nil }
        var end = position + weekday.length
        // "سه شنبه گذشته", "جمعه آینده".
        if direction == nil, let shift = word(at: end, .shift), shift.word.suffix, shift.word.number != 0,
           word(at: end + shift.length, .unit) == nil {
            direction = shift.word.number
            return .found(Found(tokens: index..<(end + shift.length), mention: .weekday(weekday.word.number, direction: direction)))
        }
        // "the Friday before", "the Monday after", closing their clause: from the day the story has reached.
        if direction == nil, word(at: position - 1, .article) != nil, let story = word(at: end, .storyShift), story.word.suffix,
           end + story.length == tokens.count || tokens[end + story.length].kind == .punctuation {
            var found = Found(tokens: index..<(end + story.length), mention: .weekday(weekday.word.number, direction: story.word.number))
            found.fromStory = true
            return .found(found)
        }
        var next = end
        // "Sun., Oct. 4": an abbreviated name keeps its full stop.
        if isPunctuation(next, ["."]), tokens[position].range.count <= 4 { next += 1 }
        if isPunctuation(next, [","]) { next += 1 }
        for scanner in Scanner.dates {
            if case .found(var date)? = run(scanner, at: next), case .date(_, let year, _?, _?) = date.mention {
                date.tokens = index..<date.tokens.upperBound
                if year == nil, direction == nil { date.weekday = weekday.word.number }
                return .found(date)
            }
        }
        // "Sat", "Sun" (listed with `context`) are weekdays only with a date after them, a shift word or a
        // word that leads a day before them ("on Sat"): not "the Sun", nor "Sat down".
        if weekday.word.needsContext, direction == nil, word(at: index - 1, .dayLead) == nil { return nil }
        end = max(end, position + weekday.length)
        var found = Found(tokens: index..<end, mention: .weekday(weekday.word.number, direction: direction))
        found.fromStory = fromStory
        return .found(found)
    }

    // MARK: - Day, month, year

    /// A day of the month at `index`: "5", "5th", "fifth", "پانزدهم", "۱۵ام".
    func readDay(at index: Int) -> (day: Int, length: Int)? {
        guard let reading = readNumber(at: index), !reading.weak, !reading.yearPair,
              (1...31).contains(reading.value), reading.digits <= 2 else { return nil }
        return (reading.value, reading.length)
    }

    /// A month name at `index`; `context` says whether a day or year stands next to it.
    /// The word for month may stand before it ("ماه ژوئن", "دهم ماه محرم"), which gives an ambiguous name its context.
    func readMonth(at index: Int) -> (calendar: CalendarSystem, month: Int, length: Int, needsContext: Bool)? {
        var lead = 0
        if let monthWord = word(at: index, .monthWord), word(at: index + monthWord.length, .month) != nil {
            lead = monthWord.length
        }
        guard let month = word(at: index + lead, .month), let calendar = month.word.calendar else { return nil }
        var length = lead + month.length
        // "Jan. 5": the full stop of an abbreviation belongs to the month.
        if isPunctuation(index + length, ["."]), touches(index + length - 1), number(at: index + length + 1) != nil {
            length += 1
        }
        return (calendar, month.word.number, length, month.word.needsContext && lead == 0)
    }

    /// A year after a month or day: "[,] [ماه] [سال] 1388 [era]". Returns the year, its calendar if
    /// an era was written, and where it ends.
    func readYear(at index: Int, afterMonth: Bool) -> (year: Int, era: CalendarSystem?, end: Int)? {
        var position = index
        if isPunctuation(position, [","]) { position += 1 }
        if afterMonth, let monthWord = word(at: position, .monthWord) { position += monthWord.length }
        if let yearWord = word(at: position, .yearWord) { position += yearWord.length }
        guard let reading = readNumber(at: position), !reading.ordinal, !reading.weak,
              reading.digits == 4 || reading.digits == 0 && reading.value >= 1000 else { return nil }
        if reading.digits == 4, !isStandaloneNumber(position) { return nil }
        position += reading.length
        var era: CalendarSystem?
        if let eraWord = word(at: position, .era) {
            era = eraWord.word.calendar
            position += eraWord.length
        }
        return (reading.value, era, position)
    }

    /// "5 May 2009", "15 اردیبهشت 1388", "5th of May", "۵ مه ۲۰۰۹", "5 May".
    func scanDayFirst(at index: Int) -> Outcome? {
        guard let day = readDay(at: index) else { return nil }
        var position = index + day.length
        if let of = word(at: position, .of) { position += of.length }
        guard let month = readMonth(at: position) else { return nil }
        // "یک تیر" (one arrow), "دو تیر" is no date: an ambiguous month wants digits, an ordinal, or a spelled
        // number over ten ("شونزده مهر"), which counts things far less often.
        if month.needsContext, number(at: index) == nil, readNumber(at: index)?.ordinal != true, day.day <= 10 { return nil }
        position += month.length
        if let year = readYear(at: position, afterMonth: true) ?? readTwoDigitYear(at: position, calendar: month.calendar) {
            let calendar = month.calendar
            guard CalendarConverter.gregorian(year: year.year, month: month.month, day: day.day, in: calendar) != nil else {
                return .rejected(end: year.end)
            }
            return .found(Found(tokens: index..<year.end,
                                mention: .date(calendar: calendar, year: year.year, month: month.month, day: day.day)))
        }
        if let monthWord = word(at: position, .monthWord) { position += monthWord.length }
        guard day.day <= maxDays(month: month.month, calendar: month.calendar) else { return .rejected(end: position) }
        // "۱۷ دسامبر سال گذشته", "17 December last year": the year told relative to the reference's.
        if let relative = relativeYearAfter(position) {
            return .found(Found(tokens: index..<relative.end,
                                mention: .dateOfRelativeYear(calendar: month.calendar, month: month.month, day: day.day,
                                                             yearShift: relative.shift)))
        }
        return .found(Found(tokens: index..<position,
                            mention: .date(calendar: month.calendar, year: nil, month: month.month, day: day.day)))
    }

    /// "May 5, 2009", "May 5", "May 2009", "اردیبهشت ۱۳۸۸", "اردیبهشت ماه", "March".
    func scanMonthFirst(at index: Int) -> Outcome? {
        guard let month = readMonth(at: index) else { return nil }
        let afterName = index + month.length
        // Month, day, year.
        if let day = readDay(at: afterName), digits(at: afterName) > 0 || readNumber(at: afterName)?.ordinal == true {
            let afterDay = afterName + day.length
            if let year = readYear(at: afterDay, afterMonth: false) {
                guard CalendarConverter.gregorian(year: year.year, month: month.month, day: day.day, in: month.calendar) != nil else {
                    return .rejected(end: year.end)
                }
                return .found(Found(tokens: index..<year.end,
                                    mention: .date(calendar: month.calendar, year: year.year, month: month.month, day: day.day)))
            }
            // "May 5" but not "May 5 soldiers" nor "May 15 2009" with a year already taken; an abbreviation
            // with its full stop ("Aug. 7 killed") leads a day whatever follows.
            let abbreviated = isPunctuation(afterName - 1, ["."])
            if abbreviated || word(at: afterDay, .countNoun) == nil, word(at: afterDay, .unit) == nil, lexicon.settings.monthFirst {
                guard day.day <= maxDays(month: month.month, calendar: month.calendar) else { return .rejected(end: afterDay) }
                // "June 5 last year".
                if let relative = relativeYearAfter(afterDay) {
                    return .found(Found(tokens: index..<relative.end,
                                        mention: .dateOfRelativeYear(calendar: month.calendar, month: month.month, day: day.day,
                                                                     yearShift: relative.shift)))
                }
                return .found(Found(tokens: index..<afterDay,
                                    mention: .date(calendar: month.calendar, year: nil, month: month.month, day: day.day)))
            }
        }
        // Month and year.
        if let year = readYear(at: afterName, afterMonth: true) {
            return .found(Found(tokens: index..<year.end,
                                mention: .date(calendar: month.calendar, year: year.year, month: month.month, day: nil)))
        }
        // Month alone: only unambiguous names, or with "ماه" after it.
        var end = afterName
        if let monthWord = word(at: afterName, .monthWord) {
            end += monthWord.length
        } else if month.needsContext, word(at: index - 1, .mod) == nil, word(at: index - 2, .mod)?.length != 2,
                  word(at: index - 1, .rangeFrom) == nil,
                  !followsMonthAndJoiner(index), word(at: index - 1, .monthLead) == nil {
            return nil
        }
        // "دسامبر سال گذشته", "مهر امسال", "February this year".
        if let relative = relativeYearAfter(end) {
            return .found(Found(tokens: index..<relative.end,
                                mention: .dateOfRelativeYear(calendar: month.calendar, month: month.month, day: nil,
                                                             yearShift: relative.shift)))
        }
        // "نوامبر گذشته", "مهر آینده": a shift word after the month, not one of a unit ("دسامبر گذشته").
        if let shift = word(at: end, .shift), shift.word.suffix, shift.word.number != 0, word(at: end + shift.length, .unit) == nil {
            return .found(Found(tokens: index..<(end + shift.length),
                                mention: .shiftedMonth(calendar: month.calendar, month: month.month, direction: shift.word.number)))
        }
        // "last May", "next March", "this September".
        if index > 0, let shift = word(at: index - 1, .shift), shift.length == 1, shift.word.prefix {
            return .found(Found(tokens: (index - 1)..<end,
                                mention: .shiftedMonth(calendar: month.calendar, month: month.month, direction: shift.word.number)))
        }
        return .found(Found(tokens: index..<end, mention: .date(calendar: month.calendar, year: nil, month: month.month, day: nil)))
    }

    /// A year told relative to the reference's right after a month or a day: a listed word ("سال گذشته",
    /// "امسال") or a shift and the unit year ("this year", "last year"). Returns the shift and where it ends.
    func relativeYearAfter(_ position: Int) -> (shift: Int, end: Int)? {
        if let relative = word(at: position, .relativeYear), !relative.word.comparative {
            return (relative.word.number, position + relative.length)
        }
        guard let phrase = readUnitPhrase(at: position), phrase.unit == .year, phrase.amount == nil, !phrase.plural,
              !phrase.half, let shift = phrase.prefixShift, word(at: phrase.end, .possessive) == nil else { return nil }
        return (shift.number, phrase.end)
    }

    /// "between March and May", "March to May", "mid-May": a joiner after another month (or a mod) lets an
    /// ambiguous name stand alone; after anything else ("Hungary and Jan Kavan") it does not.
    private func followsMonthAndJoiner(_ index: Int) -> Bool {
        guard index >= 2, word(at: index - 1, .rangeTo) != nil || word(at: index - 1, .rangeAnd) != nil else { return false }
        return word(at: index - 2, .month) != nil || word(at: index - 2, .monthWord) != nil || word(at: index - 2, .mod) != nil
    }

    func maxDays(month: Int, calendar: CalendarSystem) -> Int {
        switch calendar {
        case .gregorian: month == 2 ? 29 : DayDate.daysIn(month: month, year: 2001)
        case .solarHijri: month <= 6 ? 31 : 30
        case .lunarHijri: 30
        }
    }

    /// "۱۲ مهر ۹۸": a two-digit year right after a day and month, in the language's two-digit-year
    /// calendar (`two-digit-year-century`), when the month is of that calendar.
    func readTwoDigitYear(at index: Int, calendar: CalendarSystem) -> (year: Int, era: CalendarSystem?, end: Int)? {
        guard let setting = lexicon.settings.twoDigitYear, setting.calendar == calendar, digits(at: index) == 2,
              let value = number(at: index), isStandaloneNumber(index), word(at: index + 1, .unit) == nil else { return nil }
        return (setting.century * 100 + value, nil, index + 1)
    }
}
