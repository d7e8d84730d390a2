// Parts of a year: seasons, quarters and halves.
extension TimeParser {
    /// "spring 2009", "بهار ۱۳۸۸", "بهار سال ۱۳۸۸", "summer of 1994".
    func scanSeason(at index: Int) -> Outcome? {
        // "last summer", "this spring".
        if let shift = word(at: index, .shift), shift.word.prefix, let seasonWord = word(at: index + shift.length, .season),
           let season = seasonWord.word.season {
            return .found(Found(tokens: index..<(index + shift.length + seasonWord.length),
                                mention: .relativeSeason(calendar: lexicon.settings.defaultCalendar, season: season,
                                                         yearShift: nil, direction: shift.word.number)))
        }
        // "fall" the verb: a season word listed with `context` starts an expression only with a capital.
        guard let seasonWord = word(at: index, .season), let season = seasonWord.word.season,
              !seasonWord.word.needsContext || isCapitalized(index) else { return nil }
        var position = index + seasonWord.length
        // "بهار امسال", "تابستان سال گذشته", "پاییز گذشته".
        if let relative = word(at: position, .relativeYear) {
            return .found(Found(tokens: index..<(position + relative.length),
                                mention: .relativeSeason(calendar: lexicon.settings.defaultCalendar, season: season,
                                                         yearShift: relative.word.number, direction: 0)))
        }
        if let shift = word(at: position, .shift), shift.word.suffix, word(at: position + shift.length, .unit) == nil {
            return .found(Found(tokens: index..<(position + shift.length),
                                mention: .relativeSeason(calendar: lexicon.settings.defaultCalendar, season: season,
                                                         yearShift: nil, direction: shift.word.number)))
        }
        if let of = word(at: position, .of) { position += of.length }
        guard let year = readYear(at: position, afterMonth: false) else {
            // "over the summer", "in spring", "early summer", «در پاییز»: after the article, a word that leads a
            // date or a season (`month-lead`, `season-lead`) or a mod, the one the tense points to; not "the spring of discontent", nor a word that also names
            // something else ("the fall").
            guard position == index + seasonWord.length, !seasonWord.word.needsContext else { return nil }
            let article = word(at: index - 1, .article)
            guard article != nil || word(at: index - 1, .monthLead) != nil || word(at: index - 1, .seasonLead) != nil
                    || word(at: index - 1, .mod) != nil else { return nil }
            return .found(Found(tokens: (article != nil ? index - 1 : index)..<position,
                                mention: .seasonOfTense(calendar: lexicon.settings.defaultCalendar, season: season)))
        }
        let calendar = year.era ?? calendarOfBareYear(year.year) ?? lexicon.settings.defaultCalendar
        return .found(Found(tokens: index..<year.end, mention: .season(calendar: calendar, year: year.year, season: season)))
    }

    /// "the first quarter of 2009", "Q1 2009", "Q3", "سه ماهه اول ۲۰۰۹".
    func scanQuarter(at index: Int) -> Outcome? {
        // "the 1988 third quarter": the year first.
        if digits(at: index) == 4, let year = readYear(at: index, afterMonth: false), year.end > index,
           case .found(let quarter)? = scanQuarter(at: year.end), quarter.tokens.lowerBound == year.end,
           case .quarterOfYear(let calendar, let ordinal, nil) = quarter.mention {
            let yearCalendar = year.era ?? calendarOfBareYear(year.year) ?? calendar
            return .found(Found(tokens: index..<quarter.tokens.upperBound,
                                mention: .quarter(calendar: yearCalendar, year: year.year, quarter: ordinal)))
        }
        // "the 1988 quarter", "the 1989 period": the quarter the text is about, in that year (see
        // `TemporalTagger.countFromStory`); not "the 1988 period of unrest".
        if digits(at: index) == 4, let year = readYear(at: index, afterMonth: false), year.end > index,
           let noun = word(at: year.end, .storyQuarter), word(at: year.end + noun.length, .of) == nil,
           !(year.end + noun.length < tokens.count && isHyphen(year.end + noun.length) && touches(year.end + noun.length - 1)) {
            let calendar = year.era ?? calendarOfBareYear(year.year) ?? lexicon.settings.defaultCalendar
            var found = Found(tokens: index..<(year.end + noun.length), mention: .date(calendar: calendar, year: year.year, month: nil, day: nil))
            found.fromStory = true
            // A quarter of a year named by its number is not the one the text goes on about ("the quarter").
            found.comparesYear = true
            return .found(found)
        }
        // "this year's third quarter", "next year's first quarter": a year told relative to the reference's.
        if let (shift, after) = readRelativeYearPossessive(at: index),
           case .found(let quarter)? = scanQuarter(at: after),
           case .quarterOfYear(let calendar, let ordinal, nil) = quarter.mention {
            return .found(Found(tokens: index..<quarter.tokens.upperBound,
                                mention: .quarterOfYear(calendar: calendar, quarter: ordinal, yearShift: shift)))
        }
        var position = index
        // "fiscal third quarter": the company's own year, read as the calendar's.
        if let fiscal = word(at: position, .fiscal) { position += fiscal.length }
        var ordinal: Int?
        if let reading = readNumber(at: position), reading.ordinal, (1...4).contains(reading.value) {
            var next = position + reading.length
            // "third-quarter".
            if next < tokens.count, isHyphen(next), touches(next - 1), touches(next) { next += 1 }
            if let quarter = word(at: next, .quarter) {
                ordinal = reading.value
                position = next + quarter.length
            }
        } else if let quarter = word(at: position, .quarter), let reading = readNumber(at: position + quarter.length),
                  (1...4).contains(reading.value),
                  // "quarter 2" reads only as an ordinal, "Q2" with the digit written on.
                  reading.ordinal || digits(at: position + quarter.length) == 1 && touches(position + quarter.length - 1) {
            ordinal = reading.value
            position += quarter.length + reading.length
        }
        guard let ordinal else { return nil }
        let beforeYear = position
        if let of = word(at: position, .of) { position += of.length }
        // "the third quarter of last year".
        if position > beforeYear, let year = readUnitPhrase(at: position), year.unit == .year, year.amount == nil,
           !year.plural, let shift = year.prefixShift {
            return .found(Found(tokens: index..<year.end, mention: .quarterOfYear(
                calendar: lexicon.settings.defaultCalendar, quarter: ordinal, yearShift: shift.number)))
        }
        guard let year = readYear(at: position, afterMonth: false) else {
            return .found(Found(tokens: index..<beforeYear,
                                mention: .quarterOfYear(calendar: lexicon.settings.defaultCalendar, quarter: ordinal)))
        }
        let calendar = year.era ?? calendarOfBareYear(year.year) ?? lexicon.settings.defaultCalendar
        return .found(Found(tokens: index..<year.end, mention: .quarter(calendar: calendar, year: year.year, quarter: ordinal)))
    }
}

// Halves of a year.
extension TimeParser {
    /// A year told relative to the reference's, in the possessive ("next year's", "this year's") or by a word that
    /// compares with the year before ("year-ago"): how many years from the reference's, and the token after it;
    /// nil when none starts at `index`.
    func readRelativeYearPossessive(at index: Int) -> (shift: Int, after: Int)? {
        // "the year-ago third quarter": a `comparative` year word before the part of the year it compares.
        if let compared = word(at: index, .relativeYear), compared.word.comparative { return (compared.word.number, index + compared.length) }
        guard let year = readUnitPhrase(at: index), year.unit == .year, year.amount == nil, !year.plural,
              let shift = year.prefixShift, let possessive = word(at: year.end, .possessive) else { return nil }
        return (shift.number, year.end + possessive.length)
    }

    /// "the first half of 2014", "the second half", "first-half", "H1 2015", "the first half of next year",
    /// "next year's second half", "the last half of 1989", "the first two quarters of 1990". Not a half of something else: "the first half hour",
    /// "the second half of the match".
    func scanHalf(at index: Int) -> Outcome? {
        // "next year's second half": a year told relative to the reference's.
        if let (shift, after) = readRelativeYearPossessive(at: index),
           case .found(let half)? = scanHalf(at: after),
           case .halfOfYear(let calendar, let ordinal, nil) = half.mention {
            return .found(Found(tokens: index..<half.tokens.upperBound,
                                mention: .halfOfYear(calendar: calendar, half: ordinal, yearShift: shift)))
        }
        var position = index
        if let fiscal = word(at: position, .fiscal) { position += fiscal.length }
        var ordinal: Int?
        // "H2" alone may be hydrogen: the letter form needs its year.
        var letter = false
        if let named = word(at: position, .halfYear), named.word.number != 0 {
            // "the last half", "the latter half": a phrase that names its half.
            ordinal = named.word.number
            position += named.length
        } else if let reading = readNumber(at: position), reading.ordinal, reading.value == 1,
                  let two = readNumber(at: position + reading.length), !two.ordinal, two.value == 2,
                  let quarters = word(at: position + reading.length + two.length, .unit), quarters.word.unit == .quarter,
                  quarters.word.plural {
            // "the first two quarters of 1990": the first half.
            ordinal = 1
            position += reading.length + two.length + quarters.length
        } else if let reading = readNumber(at: position), reading.ordinal, (1...2).contains(reading.value) {
            var next = position + reading.length
            // "first-half".
            if next < tokens.count, isHyphen(next), touches(next - 1), touches(next) { next += 1 }
            guard let half = word(at: next, .halfYear), half.word.number == 0 else { return nil }
            ordinal = reading.value
            position = next + half.length
        } else if let written = word(at: position, .halfYear), written.word.number == 0, isCapitalized(position),
                  digits(at: position + written.length) == 1, touches(position + written.length - 1),
                  let reading = readNumber(at: position + written.length), (1...2).contains(reading.value) {
            // "H1", "H2 2015", with the digit written on; not "H1N1".
            let digit = position + written.length
            if touches(digit), tokens[digit + 1].kind != .punctuation { return nil }
            ordinal = reading.value
            position = digit + 1
            letter = true
        }
        guard let ordinal else { return nil }
        // "the first half hour", "the second half-century": a half of another unit.
        var after = position
        if after < tokens.count, isHyphen(after), touches(after - 1) { after += 1 }
        if word(at: after, .unit) != nil { return nil }
        // "a second-half goal", "first-half penalties": a half of a match.
        if word(at: position, .gameNoun) != nil { return nil }
        let beforeYear = position
        if let of = word(at: position, .of) {
            position += of.length
            // "the first half of next year", "the second half of this year".
            if let year = readUnitPhrase(at: position), year.unit == .year, year.amount == nil, !year.plural, let shift = year.prefixShift {
                return .found(Found(tokens: index..<year.end, mention: .halfOfYear(
                    calendar: lexicon.settings.defaultCalendar, half: ordinal, yearShift: shift.number)))
            }
            // "the first half of the year".
            if let year = word(at: position, .relativeYear), !year.word.comparative, !year.word.atEnd {
                return .found(Found(tokens: index..<(position + year.length), mention: .halfOfYear(
                    calendar: lexicon.settings.defaultCalendar, half: ordinal, yearShift: year.word.number)))
            }
            // "the second half of the match": only a year's half is a time.
            guard readYear(at: position, afterMonth: false) != nil else { return nil }
        }
        guard let year = readYear(at: position, afterMonth: false) else {
            if letter { return nil }
            return .found(Found(tokens: index..<beforeYear,
                                mention: .halfOfYear(calendar: lexicon.settings.defaultCalendar, half: ordinal, yearShift: nil)))
        }
        let calendar = year.era ?? calendarOfBareYear(year.year) ?? lexicon.settings.defaultCalendar
        return .found(Found(tokens: index..<year.end, mention: .half(calendar: calendar, year: year.year, half: ordinal)))
    }
}
