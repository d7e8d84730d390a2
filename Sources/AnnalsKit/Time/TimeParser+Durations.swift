// Lengths of time: "15 years", "the past 15 years", "طی ۱۵ سال گذشته".
extension TimeParser {
    /// What a phrase built on a unit says: "[shift] [amount] unit", as in "the past 15 years",
    /// "two years", "last week".
    struct UnitPhrase {
        var prefixShift: TimeWord?
        var amount: NumberReading?
        var unit: TimeUnit
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
        if let reading = readNumber(at: position), !reading.ordinal, reading.value >= 0, reading.value <= 1000 {
            amount = reading
            position += reading.length
        }
        guard let unit = word(at: position, .unit), let value = unit.word.unit else { return nil }
        return UnitPhrase(prefixShift: prefixShift, amount: amount, unit: value, end: position + unit.length)
    }

    /// The word after an amount and unit that makes it a point in time ("two years ago"), if any.
    func agoWord(at index: Int) -> (length: Int, word: TimeWord)? {
        word(at: index, .ago) ?? word(at: index, .later)
    }

    /// "15 years", "the past 15 years", "طی ۱۵ سال گذشته", "two weeks": an amount of a unit
    /// that is not counted from the reference ("two years ago" is read by ``scanRelativeUnit(at:)``).
    func scanDuration(at index: Int) -> Outcome? {
        guard let phrase = readUnitPhrase(at: index), let amount = phrase.amount else { return nil }
        if phrase.prefixShift == nil, agoWord(at: phrase.end) != nil { return nil }
        var end = phrase.end
        if phrase.prefixShift == nil, let shift = word(at: end, .shift), shift.word.suffix, shift.word.number != 0 {
            end += shift.length
        }
        return .found(Found(tokens: index..<end, mention: .duration(amount.value, phrase.unit)))
    }
}
