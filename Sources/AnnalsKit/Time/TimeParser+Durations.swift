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
        /// A half more was said: "2 1/2 years", "an hour and a half", "half an hour".
        var half = false
        /// Two amounts were said, a range of counts: "two to three weeks", "دو سه روز".
        var vague = false
        /// Quarters of one unit were said: "ربع ساعت" 1, "سه ربع ساعت" 3.
        var quarters = 0
        /// The unit and its shift word make a stretch up to the reference (both `span`: "the past decade").
        var span = false

        /// The amounts of units the phrase counts, with its half in smaller units.
        var parts: [(Int, TimeUnit)] {
            let whole = amount.map { [($0.value, unit)] } ?? []
            let fractions = (half ? unit.halfParts : []) + unit.quarterParts.map { ($0.0 * quarters, $0.1) }
            return (whole + fractions).filter { $0.0 > 0 }
        }
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
        var half = false
        var vague = false
        var quarters = 0
        let count = readNumber(at: position).flatMap { !$0.ordinal && (1...3).contains($0.value) ? $0 : nil }
        if let quarterOf = word(at: position + (count?.length ?? 0), .quarterOf) {
            // "ربع ساعت", "سه ربع ساعت", "ربع قرن".
            quarters = count?.value ?? 1
            position += (count?.length ?? 0) + quarterOf.length
        } else if let halfOf = word(at: position, .halfOf) {
            // "half an hour", "a half day".
            half = true
            position += halfOf.length
        } else if let reading = readNumber(at: position), reading.yearPair, reading.value / 100 < reading.value % 100,
                  reading.value % 100 <= 2 * (reading.value / 100) {
            // "ده دوازده سال", "بیست سی روز": two spelled amounts side by side, the second a little larger, are a
            // vague count (read as a pair only for years like "nineteen ninety", which never grows so).
            amount = reading
            vague = true
            position += reading.length
        } else if let reading = readNumber(at: position), !reading.ordinal, reading.value >= 0, reading.value <= 1000 {
            amount = reading
            position += reading.length
            // "two to three weeks", "12 or 18 months", "دو سه روز": a range of counts.
            let joiner = word(at: position, .countRange)?.length ?? 0
            if !reading.weak, let second = readNumber(at: position + joiner), !second.ordinal, !second.weak,
               second.value > reading.value, second.value <= 1000, joiner > 0 || second.value == reading.value + 1
                || reading.digits == 0 && second.digits == 0 && second.value <= 2 * reading.value
                    && !isHyphen(min(position + second.length, tokens.count - 1)) {
                vague = true
                position += joiner + second.length
            }
            // "2 1/2 years", "two and a half years"; "two more weeks", "eight trading days".
            if !vague, let fraction = word(at: position, .half) {
                half = true
                position += fraction.length
            }
            if let filler = word(at: position, .amountFiller) { position += filler.length }
            // "two-year", "16-hour": an amount joined to its unit.
            if position < tokens.count, isHyphen(position), touches(position - 1), touches(position),
               word(at: position + 1, .unit) != nil {
                position += 1
                joined = true
            }
        }
        guard let unit = word(at: position, .unit), let value = unit.word.unit, !(joined && unit.word.plural) else { return nil }
        // "will last two weeks", "to last months": the verb, not the shift word.
        if let prefixShift, prefixShift.verb, amount != nil || unit.word.plural, word(at: index - 1, .modal) != nil { return nil }
        // "a 6-year-old", "30 years old": an age, not a time.
        var after = position + unit.length
        if after < tokens.count, isHyphen(after), touches(after - 1) { after += 1 }
        if word(at: after, .age) != nil { return nil }
        var end = position + unit.length
        // "a quarter of the market", "three quarters of them": a share, not three months.
        let share = amount.map { $0.value == 1 || $0.value == 3 } ?? (prefixShift == nil && readNumber(at: index - 1) != nil)
        if value == .quarter, share, let of = word(at: end, .of),
           readYear(at: end + of.length, afterMonth: false) == nil { return nil }
        // "a minute and a half": the half after its unit.
        if amount != nil, !half, !vague, let fraction = word(at: end, .half) {
            half = true
            end += fraction.length
        }
        // "a week or so ago", "the next two years or so": an amount said roughly.
        if amount != nil, !vague, let tail = word(at: end, .approxTail) { end += tail.length }
        // No unit smaller than a second to say half of one in; "half a years" is no phrase.
        if half, value.halfParts.isEmpty || amount == nil && unit.word.plural { return nil }
        if quarters > 0, value.quarterParts.isEmpty || unit.word.plural { return nil }
        return UnitPhrase(prefixShift: prefixShift, amount: amount, unit: value, plural: unit.word.plural, end: end, half: half,
                          vague: vague, quarters: quarters, span: unit.word.span && prefixShift?.span == true)
    }

    /// The word after an amount and unit that makes it a point in time ("two years ago"), if any.
    func agoWord(at index: Int) -> (length: Int, word: TimeWord)? {
        if let ago = word(at: index, .ago) { return ago }
        // "three days later" counts from the story, not the reference: "three days" is a duration.
        guard let later = word(at: index, .later), !later.word.fromStory else { return nil }
        return later
    }

    /// The end of a length word joined by a hyphen to the unit ending at `end` ("day-long", "a year-long"), if any.
    func lengthSuffixEnd(after end: Int) -> Int? {
        guard end + 1 < tokens.count, isHyphen(end), touches(end - 1), touches(end),
              let length = word(at: end + 1, .lengthSuffix) else { return nil }
        return end + 1 + length.length
    }

    /// "15 years", "the past 15 years", "طی ۱۵ سال گذشته", "two weeks": an amount of a unit
    /// that is not counted from the reference ("two years ago" is read by ``scanRelativeUnit(at:)``).
    func scanDuration(at index: Int) -> Outcome? {
        guard let phrase = readUnitPhrase(at: index) else { return nil }
        guard let amount = phrase.amount else {
            // "half an hour".
            if phrase.half || phrase.quarters > 0, phrase.prefixShift == nil, agoWord(at: phrase.end) == nil {
                var end = phrase.end
                // "ربع قرن گذشته": the past quarter of a century, as "۱۵ سال گذشته".
                if phrase.quarters > 0, let shift = word(at: end, .shift), shift.word.suffix, shift.word.number != 0 {
                    end += shift.length
                }
                return .found(Found(tokens: index..<end, mention: .period(TimeUnit.period(of: phrase.parts))))
            }
            // "a day-long meeting", "decades-long": a unit joined to a length word is one of it, or some.
            let joined = index > 0 && isHyphen(index - 1) && !tokens[index].followsSpace
            if phrase.prefixShift == nil, !joined, let end = lengthSuffixEnd(after: phrase.end) {
                return .found(Found(tokens: index..<end, mention: .duration(phrase.plural ? 0 : 1, phrase.unit)))
            }
            // "for years", "decades": a plural unit alone is an unsaid number of them.
            // Not the end of a hyphenated word ("three-quarters").
            // Not "the years 1990 to 1995", "سال‌های ۱۳۶۰": years named after it.
            guard phrase.plural, !joined, phrase.prefixShift == nil, agoWord(at: phrase.end) == nil,
                  word(at: phrase.end, .shift) == nil, readNumber(at: phrase.end) == nil else { return nil }
            return .found(Found(tokens: index..<phrase.end, mention: .duration(0, phrase.unit)))
        }
        if phrase.prefixShift == nil, agoWord(at: phrase.end) != nil { return nil }
        // "a year-earlier loss": the unit begins a listed word of its own, not an amount of it.
        if phrase.end < tokens.count, isHyphen(phrase.end), touches(phrase.end - 1),
           words[phrase.end - 1].contains(where: { $0.length > 2 && $0.word.kind == .relativeYear }) { return nil }
        if phrase.vague { return .found(Found(tokens: index..<phrase.end, mention: .duration(0, phrase.unit))) }
        var end = lengthSuffixEnd(after: phrase.end) ?? phrase.end
        if phrase.prefixShift == nil, let shift = word(at: end, .shift), shift.word.suffix, shift.word.number != 0 {
            end += shift.length
        }
        // "۳ ساعت و ۱۵ دقیقه", "2 hours and 30 minutes": smaller units joined on make one period.
        var parts = phrase.parts
        if end == phrase.end, phrase.prefixShift == nil, amount.value > 0, !phrase.half {
            while let joiner = word(at: end, .joiner), let next = readUnitPhrase(at: end + joiner.length),
                  next.prefixShift == nil, let nextAmount = next.amount, nextAmount.value > 0,
                  let last = parts.last?.1, next.unit.rawOrder < last.rawOrder, agoWord(at: next.end) == nil {
                parts.append((nextAmount.value, next.unit))
                end = next.end
            }
        }
        if parts.count > 1 || phrase.half {
            return .found(Found(tokens: index..<end, mention: .period(TimeUnit.period(of: parts))))
        }
        // "will one day be": "one day" between a modal and its verb is some day to come, no amount of time.
        if phrase.unit == .day, amount.value == 1, tokens[index].text.lowercased() == "one", end == phrase.end,
           word(at: index - 1, .modal) != nil, end < tokens.count, tokens[end].kind == .word {
            return .found(Found(tokens: index..<end, mention: .vague(1)))
        }
        return .found(Found(tokens: index..<end, mention: .duration(amount.value, phrase.unit)))
    }
}

extension TimeUnit {
    /// Half of one of this unit in smaller units: a year is six months, an hour thirty minutes;
    /// empty for a second.
    var halfParts: [(Int, TimeUnit)] {
        switch self {
        case .century: [(50, .year)]
        case .decade: [(5, .year)]
        case .year: [(6, .month)]
        case .quarter: [(1, .month), (15, .day)]
        case .month: [(15, .day)]
        case .week: [(3, .day), (12, .hour)]
        case .day: [(12, .hour)]
        case .hour: [(30, .minute)]
        case .minute: [(30, .second)]
        case .second: []
        }
    }

    /// A quarter of one of this unit in smaller units, for the units a quarter of which is said ("ربع ساعت"
    /// fifteen minutes, "ربع قرن" twenty-five years); empty for the others.
    var quarterParts: [(Int, TimeUnit)] {
        switch self {
        case .century: [(25, .year)]
        case .year: [(3, .month)]
        case .day: [(6, .hour)]
        case .hour: [(15, .minute)]
        case .minute: [(15, .second)]
        default: []
        }
    }

    /// The place of the unit from the smallest (seconds) to the largest (centuries).
    var rawOrder: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The TIMEX3 period of several amounts of units, largest first: "PT3H15M", "P1Y6M"; decades and
    /// centuries count as years, and weeks as days when other units come with them.
    static func period(of parts: [(Int, TimeUnit)]) -> String {
        var amounts: [TimeUnit: Int] = [:]
        for (amount, unit) in parts {
            switch unit {
            case .decade: amounts[.year, default: 0] += amount * 10
            case .century: amounts[.year, default: 0] += amount * 100
            case .quarter: amounts[.month, default: 0] += amount * 3
            case .week where parts.count > 1: amounts[.day, default: 0] += amount * 7
            default: amounts[unit, default: 0] += amount
            }
        }
        var text = "P"
        for unit in [TimeUnit.year, .month, .week, .day] { if let amount = amounts[unit] { text += "\(amount)\(unit.durationCode)" } }
        let clock = [TimeUnit.hour, .minute, .second].filter { amounts[$0] != nil }
        if !clock.isEmpty {
            text += "T"
            for unit in clock { text += "\(amounts[unit]!)\(unit.durationCode)" }
        }
        return text
    }
}
