// Times counted from the reference: "last week", "two years ago", "هفته گذشته", "yesterday", "now".
extension TimeParser {
    /// "last week", "next month", "this year", "هفته گذشته", "two years ago", "دو سال پیش".
    func scanRelativeUnit(at index: Int) -> Outcome? {
        guard let phrase = readUnitPhrase(at: index) else { return nil }
        // "the next day" told of the story is a listed anaphor, read by `scanWords(at:)`.
        if let anaphor = word(at: index, .anaphor), anaphor.length >= phrase.end - index { return nil }
        let value = phrase.unit
        let position = phrase.end
        if let amount = phrase.amount {
            guard phrase.prefixShift == nil, let ago = agoWord(at: position) else { return nil }
            let sign = ago.word.number
            guard amount.value > 0, !phrase.vague else {
                return .found(Found(tokens: index..<(position + ago.length), mention: .vague(sign)))
            }
            // "a decade ago", "دو قرن پیش": the year that many years before (after) the reference's.
            if value == .decade || value == .century {
                let years = amount.value * (value == .decade ? 10 : 100)
                return .found(Found(tokens: index..<(position + ago.length), mention: .relative(.year, sign * years)))
            }
            var found = Found(tokens: index..<(position + ago.length), mention: .relative(value, sign * amount.value))
            found.comparesYear = value == .year && amount.value == 1 && sign < 0
            return .found(found)
        }
        // "half an hour later": too little to count whole units from the reference.
        if phrase.half || phrase.quarters > 0, phrase.prefixShift == nil, let ago = agoWord(at: position) {
            return .found(Found(tokens: index..<(position + ago.length), mention: .vague(ago.word.number)))
        }
        // "ربع قرن گذشته": quarters of a unit are an amount of time, not the unit counted from the reference.
        if phrase.quarters > 0 { return nil }
        // "recent years", "the coming months", "ماه‌های آینده": a plural unit after a shift is an unsaid
        // number of them, not one unit counted from the reference.
        // "the past decade": a stretch of that length up to the reference (`span` unit and shift word).
        if let prefixShift = phrase.prefixShift {
            let mention: TimeMention = phrase.plural ? .duration(0, value)
                : phrase.span ? .duration(1, value) : .relative(value, prefixShift.number)
            return .found(Found(tokens: index..<position, mention: mention))
        }
        if let shift = word(at: position, .shift), shift.word.suffix {
            let mention: TimeMention = phrase.plural ? .duration(0, value) : .relative(value, shift.word.number)
            return .found(Found(tokens: index..<(position + shift.length), mention: mention))
        }
        return nil
    }

    /// Single listed words: "yesterday", "امروز", "now", "در حال حاضر", "امسال", "annually".
    func scanWords(at index: Int) -> Outcome? {
        // Most tokens list none of these kinds: one bit test instead of copying their words.
        guard words.hasAny(of: Self.wordKinds, at: index) else { return nil }
        var best: Found?
        for entry in words[index] {
            let mention: TimeMention
            switch entry.word.kind {
            case .relativeDay: mention = .relativeDay(entry.word.number)
            case .present: mention = .present
            case .relativeYear: mention = .relative(.year, entry.word.number)
            case .relativeMonth: mention = .relative(.month, entry.word.number)
            case .relativeWeek: mention = .relative(.week, entry.word.number)
            case .relativeQuarter: mention = .relative(.quarter, entry.word.number)
            case .pastRef: mention = .vague(-1)
            case .futureRef: mention = .vague(1)
            case .set: mention = .set(entry.word.value)
            case .anaphor: mention = .anaphor(entry.word.unit ?? .year, shift: entry.word.number)
            default: continue
            }
            if entry.word.needsCapital && !isCapitalized(index) { continue }
            let end = index + entry.length
            // "Now, he says, …": first in its sentence and before a comma, a discourse marker.
            if entry.word.discourse, isPunctuation(end, [","]), opensSentence(index) { continue }
            // "today's youth": the present age in general, not the day.
            if case .relativeDay(0) = mention, let possessive = word(at: end, .possessive),
               word(at: end + possessive.length, .generic) != nil { continue }
            // "the year-ago quarter": the first part of a hyphenated word is not the word alone.
            if case .relative = mention, end < tokens.count, isHyphen(end), touches(end - 1) { continue }
            // "the year before last" is read as a unit and its shift.
            if case .relative = mention, let shift = word(at: end, .shift), shift.word.suffix { continue }
            // "the week of March 6" is the week holding that day, "the month of Ramadan" that month, "the latest
            // period of unrest" no quarter.
            if case .relative(let unit, _) = mention, [.week, .month, .quarter].contains(unit), word(at: end, .of) != nil { continue }
            // "the future of the alliance": what becomes of it, not a time.
            if case .vague = mention, word(at: end, .of) != nil { continue }
            // "the year-earlier nine months": the stretch compared, a length of its own.
            if entry.word.kind == .relativeYear, entry.word.comparative, let stretch = readUnitPhrase(at: end), stretch.prefixShift == nil,
               let amount = stretch.amount, amount.value > 1, !stretch.vague, !stretch.half {
                return .found(Found(tokens: index..<stretch.end, mention: .duration(amount.value, stretch.unit)))
            }
            if best == nil || entry.length > best!.tokens.count {
                // "the year ended June 30": a stretch of one year closing on that day, not the current year.
                let closed = entry.word.kind == .relativeYear && entry.word.number == 0 && word(at: end, .periodClose) != nil
                best = Found(tokens: index..<end, mention: closed ? .duration(1, .year) : mention)
                best?.comparesYear = entry.word.comparative
                best?.fromStory = entry.word.fromStory
                if entry.word.atEnd { best?.mod = .end }
                // "tonight", "دیشب": a day word that names its part of the day too.
                best?.partOfDay = words[index].first { $0.length == entry.length && $0.word.kind == .partOfDay }?.word.partOfDay
            }
        }
        return best.map { .found($0) }
    }

    /// The kinds ``scanWords(at:)`` reads.
    private static let wordKinds = TimeWord.Kind.Set([.relativeDay, .present, .relativeYear, .relativeMonth, .relativeWeek,
                                                      .relativeQuarter, .pastRef, .futureRef, .set, .anaphor])

    /// "the weekend", "this weekend", "last weekend", "the coming weekend", "آخر هفته", "آخر هفته گذشته".
    func scanWeekend(at index: Int) -> Outcome? {
        var position = index
        var direction: Int?
        if let shift = word(at: position, .shift), shift.word.prefix {
            direction = shift.word.number
            position += shift.length
        } else if let article = word(at: position, .article), word(at: position + article.length, .weekend) != nil {
            position += article.length
        }
        guard let weekend = word(at: position, .weekend) else { return nil }
        position += weekend.length
        if direction == nil, let shift = word(at: position, .shift), shift.word.suffix {
            direction = shift.word.number
            position += shift.length
        }
        return .found(Found(tokens: index..<position, mention: .weekend(direction: direction)))
    }

    /// Whether only punctuation (an opening quote) stands between the start of its sentence and `index`.
    func opensSentence(_ index: Int) -> Bool {
        guard let sentence = text.sentenceIndex(ofToken: index) else { return false }
        return (text.sentences[sentence].tokenRange.lowerBound..<index).allSatisfy { tokens[$0].kind == .punctuation }
    }
}
