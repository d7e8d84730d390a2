// Lengths of time: "15 years", "the past 15 years", "طی ۱۵ سال گذشته".
extension TimeParser {
    /// What a phrase built on a unit says: "[shift] [amount] unit", as in "the past 15 years",
    /// "two years", "last week".
    struct UnitPhrase {
        var prefixShift: TimeWord?
        var amount: NumberReading?
        var unit: TimeUnit
        /// The unit was written in a plural form ("years").
        var plural: Bool
        /// Where the unit ends.
        var end: Int
    }

    /// The "[shift] [amount] unit" phrase at `index`, if any.
    func readUnitPhrase(at index: Int) -> UnitPhrase? {
        var position = index
        var prefixShift: TimeWord?
        if let shift = word(at: position, .shift), shift.word.prefix {
            prefixShift = shift.word
            position += shift.length
        }
        var amount: NumberReading?
        var joined = false
        if let reading = readNumber(at: position), !reading.ordinal, reading.value >= 0, reading.value <= 1000 {
            amount = reading
            position += reading.length
            // "two-year", "16-hour": an amount joined to its unit.
            if position < tokens.count, tokens[position].text == "-", touches(position - 1), touches(position),
               word(at: position + 1, .unit) != nil {
                position += 1
                joined = true
            }
        }
        guard let unit = word(at: position, .unit), let value = unit.word.unit, !(joined && unit.word.plural) else { return nil }
        // "a 6-year-old", "30 years old": an age, not a time.
        var after = position + unit.length
        if after < tokens.count, tokens[after].text == "-", touches(after - 1) { after += 1 }
        if word(at: after, .age) != nil { return nil }
        return UnitPhrase(prefixShift: prefixShift, amount: amount, unit: value, plural: unit.word.plural, end: position + unit.length)
    }

    /// The word after an amount and unit that makes it a point in time ("two years ago"), if any.
    func agoWord(at index: Int) -> (length: Int, word: TimeWord)? {
        word(at: index, .ago) ?? word(at: index, .later)
    }

    /// "15 years", "the past 15 years", "طی ۱۵ سال گذشته", "two weeks": an amount of a unit
    /// that is not counted from the reference ("two years ago" is read by ``scanRelativeUnit(at:)``).
    func scanDuration(at index: Int) -> Outcome? {
        guard let phrase = readUnitPhrase(at: index) else { return nil }
        guard let amount = phrase.amount else {
            // "for years", "decades": a plural unit alone is an unsaid number of them.
            // Not the end of a hyphenated word ("three-quarters").
            let joined = index > 0 && tokens[index - 1].text == "-" && !tokens[index].followsSpace
            // Not "the years 1990 to 1995", "سال‌های ۱۳۶۰": years named after it.
            guard phrase.plural, !joined, phrase.prefixShift == nil, agoWord(at: phrase.end) == nil,
                  word(at: phrase.end, .shift) == nil, readNumber(at: phrase.end) == nil else { return nil }
            return .found(Found(tokens: index..<phrase.end, mention: .duration(0, phrase.unit)))
        }
        if phrase.prefixShift == nil, agoWord(at: phrase.end) != nil { return nil }
        var end = phrase.end
        if phrase.prefixShift == nil, let shift = word(at: end, .shift), shift.word.suffix, shift.word.number != 0 {
            end += shift.length
        }
        return .found(Found(tokens: index..<end, mention: .duration(amount.value, phrase.unit)))
    }
}
