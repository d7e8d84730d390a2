// A day of the month whose month is not named.
extension TimeParser {
    /// "on the 21st", "by the 3rd" (after a `day-lead` word and the article, with no noun after it: not "on
    /// the 21st floor"); "the 10th of next month", "the 5th of last month"; "Friday the 13th", "Wed 21st".
    /// Only a day written in digits: "the second" alone is no day.
    func scanDayOfMonth(at index: Int) -> Outcome? {
        var position = index
        var start = index
        var weekday: Int?
        var article: (length: Int, word: TimeWord)?
        if let named = word(at: position, .weekday), !named.word.plural {
            weekday = named.word.number
            position += named.length
            if isPunctuation(position, [","]) { position += 1 }
            article = word(at: position, .article)
            if let article { position += article.length }
        } else if index >= 1, let before = word(at: index - 1, .article), before.length == 1 {
            // The article never starts an expression: the day is read from its number, the article taken back.
            article = before
            start = index - 1
        }
        guard (1...2).contains(digits(at: position)), let day = readNumber(at: position), day.ordinal,
              (1...31).contains(day.value) else { return nil }
        let end = position + day.length
        let calendar = lexicon.settings.defaultCalendar
        // "the 10th of next month".
        if let of = word(at: end, .of), let month = readUnitPhrase(at: end + of.length), month.unit == .month,
           month.amount == nil, !month.plural, let shift = month.prefixShift {
            return .found(Found(tokens: start..<month.end,
                                mention: .dayOfMonth(calendar: calendar, day: day.value, monthShift: shift.number, weekday: weekday)))
        }
        // Not a day of a month named after it ("Friday the 13th of March" is read as a date).
        guard end >= tokens.count || tokens[end].kind != .word || word(at: end, .month) == nil && word(at: end, .of) == nil else { return nil }
        if weekday == nil {
            guard article != nil, word(at: start - 1, .dayLead) != nil,
                  end >= tokens.count || tokens[end].kind == .punctuation else { return nil }
        } else if end < tokens.count, tokens[end].kind == .word, word(at: end, .partOfDay) == nil,
                  word(at: end, .clockJoiner) == nil {
            return nil
        }
        return .found(Found(tokens: start..<end, mention: .dayOfMonth(calendar: calendar, day: day.value, monthShift: nil, weekday: weekday)))
    }
}
