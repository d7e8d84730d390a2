/// Reads the time expressions of one analysed text, token by token.
///
/// The parser is a set of small hand-written scanners over tokens and the
/// per-language ``TimeLexicon``; it produces ``TimeMention``s with their token
/// spans and leaves their meaning to ``TemporalResolver``. Nothing here uses
/// regular expressions, so the cost grows with the number of tokens only.
struct TimeParser {
    /// A mention found at a token span.
    struct Found {
        var tokens: Range<Int>
        var mention: TimeMention
        var mod: String?
        /// For ranges: the two points.
        var begin: TimeMention?
        var end: TimeMention?
        var beginMod: String?
        var endMod: String?
        /// The time of day written with a day ("10 a.m. on Tuesday").
        var clock: Clock?
    }

    /// What a scanner reports: a mention, or a span that looked like a date but is impossible.
    enum Outcome {
        case found(Found)
        case rejected(end: Int)
    }

    let text: AnalyzedText
    let lexicon: TimeLexicon
    private let tokens: [Token]
    private let words: TimeWordTable
    /// The sentences (by index) that hold a future-tense marker.
    private let futureSentences: Set<Int>
    /// Whether an expression can start at each token: a number, or a listed word of a kind
    /// that begins one (not only a word that follows another, like "ago" or "a.m.").
    private let canStart: [Bool]
    /// The numbers read at the tokens that start one, read once (most scanners start by
    /// reading one), and for each token the place of its reading there, or -1: four bytes
    /// a token, since most tokens are not numbers.
    private var numberReadings: [NumberReading] = []
    private var numberReadingPlaces: [Int32] = []

    /// Kinds that never begin an expression.
    private static func isFollower(_ kind: TimeWord.Kind) -> Bool {
        switch kind {
        case .ago, .later, .ordinalSuffix, .decadeSuffix, .of, .joiner, .countNoun, .future, .article,
             .meridiem, .clockJoiner, .anniversaryOf: true
        default: false
        }
    }

    init(text: AnalyzedText, lexicon: TimeLexicon) {
        self.text = text
        self.lexicon = lexicon
        tokens = text.tokens
        let words = TimeWordTable(tokens: text.tokens, lexicon: lexicon)
        self.words = words
        var future: Set<Int> = []
        for index in text.tokens.indices where words[index].contains(where: { $0.word.kind == .future }) {
            if let sentence = text.sentenceIndex(ofToken: index) { future.insert(sentence) }
        }
        futureSentences = future
        canStart = text.tokens.indices.map { index in
            text.tokens[index].kind == .number || words[index].contains { !Self.isFollower($0.word.kind) }
        }
        var places = [Int32](repeating: -1, count: tokens.count)
        var readings: [NumberReading] = []
        for index in tokens.indices where tokens[index].kind == .number || !words[index].isEmpty {
            if let reading = readNumberUncached(at: index) {
                places[index] = Int32(readings.count)
                readings.append(reading)
            }
        }
        numberReadingPlaces = places
        numberReadings = readings
    }

    /// Every mention, left to right, not overlapping.
    func parse() -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < tokens.count {
            // Every scanner starts at a number or a listed word: skip the rest cheaply.
            if !canStart[index] {
                index += 1
                continue
            }
            switch scan(at: index) {
            case .found(var item)?:
                // A scanner may take a word before `index` ("last May"); never one already used.
                if let previous = found.last, item.tokens.lowerBound < previous.tokens.upperBound {
                    item.tokens = previous.tokens.upperBound..<item.tokens.upperBound
                }
                found.append(item)
                index = item.tokens.upperBound
            case .rejected(let end)?:
                index = max(end, index + 1)
            case nil:
                index += 1
            }
        }
        return found
    }

    /// Whether the sentence holding token `index` speaks of the future.
    func isFuture(at index: Int) -> Bool {
        guard let sentence = text.sentenceIndex(ofToken: index) else { return false }
        return futureSentences.contains(sentence)
    }

    // MARK: - Lexicon look-ups

    /// The longest listed phrase of `kind` at `index`.
    func word(at index: Int, _ kind: TimeWord.Kind) -> (length: Int, word: TimeWord)? {
        guard index >= 0, index < tokens.count else { return nil }
        let entries = words[index]
        // Indices, not copies of each entry: this is the tagger's innermost loop.
        var best = -1
        for position in entries.indices where entries[position].word.kind == kind {
            if entries[position].word.needsCapital && !isCapitalized(index) { continue }
            if best < 0 || entries[position].length > entries[best].length { best = position }
        }
        return best < 0 ? nil : entries[best]
    }

    private func isCapitalized(_ index: Int) -> Bool {
        let source = text.originalRange(ofTokens: index..<(index + 1))
        guard let first = text.text.originalScalars[source].first else { return false }
        return first.properties.isUppercase
    }

    private func number(at index: Int) -> Int? {
        guard index >= 0, index < tokens.count else { return nil }
        return tokens[index].integerValue
    }

    private func digits(at index: Int) -> Int {
        index < tokens.count && tokens[index].kind == .number ? tokens[index].text.unicodeScalars.count : 0
    }

    private func isPunctuation(_ index: Int, _ marks: Set<String>) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && marks.contains(tokens[index].text)
    }

    /// Whether tokens `index` and `index + 1` touch (no space between).
    private func touches(_ index: Int) -> Bool {
        index + 1 < tokens.count && !tokens[index + 1].followsSpace
    }

    // MARK: - Numbers

    struct NumberReading {
        var value: Int
        var length: Int
        var ordinal: Bool
        var digits: Int
        var weak: Bool
        /// Spelled "nineteen ninety-four": reads only as a year.
        var yearPair: Bool
    }

    /// A number at `index`: digits (with an ordinal suffix) or number words.
    func readNumber(at index: Int) -> NumberReading? {
        guard index >= 0, index < numberReadingPlaces.count else { return nil }
        let place = numberReadingPlaces[index]
        return place < 0 ? nil : numberReadings[Int(place)]
    }

    private func readNumberUncached(at index: Int) -> NumberReading? {
        guard index < tokens.count else { return nil }
        if let value = number(at: index) {
            var length = 1
            var ordinal = false
            if let suffix = word(at: index + 1, .ordinalSuffix), touches(index) {
                length += suffix.length
                ordinal = true
            }
            return NumberReading(value: value, length: length, ordinal: ordinal, digits: digits(at: index), weak: false, yearPair: false)
        }
        var total = 0
        var current = 0
        var position = index
        var ordinal = false
        var weak = false
        var yearPair = false
        var lastWasNumber = false
        var previousValue = 0
        // No spelled number in a date is longer than a dozen words ("هزار و سیصد و هفتاد و سه" is 9).
        while position < tokens.count, position - index < 16 {
            if let entry = word(at: position, .ordinal) {
                current += entry.word.number
                position += entry.length
                ordinal = true
                lastWasNumber = true
                break
            } else if let entry = word(at: position, .number) {
                let value = entry.word.number
                if lastWasNumber {
                    // "nineteen ninety-four" / "twenty ten": two numbers below 100 side by side.
                    guard (10...99).contains(current), (10...99).contains(value) || value < 10 && previousValue >= 20,
                          total == 0 else { break }
                    if (10...99).contains(value) {
                        current = current * 100 + value
                        yearPair = true
                    } else {
                        current += value
                    }
                } else {
                    current += value
                }
                previousValue = value
                weak = weak || entry.word.weak
                position += entry.length
                lastWasNumber = true
                if let suffix = word(at: position, .ordinalSuffix), suffix.length == 1, current < 100 {
                    position += suffix.length
                    ordinal = true
                    break
                }
            } else if let entry = word(at: position, .multiplier), total + current < 1_000_000 {
                let factor = entry.word.number
                if factor >= 1000 {
                    total += max(current, 1) * factor
                    current = 0
                } else {
                    current = max(current, 1) * factor
                }
                position += entry.length
                lastWasNumber = false
            } else if word(at: position, .joiner) != nil, position > index,
                      word(at: position + 1, .number) != nil || word(at: position + 1, .ordinal) != nil {
                position += 1
                lastWasNumber = false
            } else {
                break
            }
        }
        guard position > index else { return nil }
        // A trailing joiner is not part of the number.
        var length = position - index
        while length > 0, word(at: index + length - 1, .joiner) != nil { length -= 1 }
        guard length > 0 else { return nil }
        return NumberReading(value: total + current, length: length, ordinal: ordinal, digits: 0,
                             weak: weak && length == 1, yearPair: yearPair)
    }

    // MARK: - Scanners

    /// The longest expression starting at `index`.
    func scan(at index: Int) -> Outcome? {
        // The point at `index` is read once, both as itself and as a range's first point.
        let point = scanPoint(at: index)
        if let range = scanRange(at: index, point: point) { return range }
        return point
    }

    /// "from 1992 to 1994", "between May and July 2009", "از سال ۱۹۹۲ تا ۱۹۹۴", "1992-1994".
    private func scanRange(at index: Int, point: Outcome?) -> Outcome? {
        var opener: TimeWord?
        var firstPoint = point
        if let from = word(at: index, .rangeFrom) {
            opener = from.word
            firstPoint = scanPoint(at: index + from.length)
        }
        guard case .found(var first)? = firstPoint, isPoint(first.mention) else { return nil }
        let middle = first.tokens.upperBound
        // "from … to …", "between … and …", "… تا …", "1992-1994"; "and" only after an opener.
        guard let joiner = word(at: middle, .rangeTo) ?? (opener != nil ? word(at: middle, .rangeAnd) : nil),
              case .found(let second)? = scanPoint(at: middle + joiner.length), isPoint(second.mention) else { return nil }
        // "between May and July 2009": the first point borrows the second's year.
        if case .date(let calendar, nil, let month?, let day) = first.mention,
           case .date(let otherCalendar, let year?, _?, _) = second.mention, calendar == otherCalendar {
            first.mention = .date(calendar: calendar, year: year, month: month, day: day)
        }
        return .found(Found(tokens: index..<second.tokens.upperBound, mention: second.mention, mod: nil,
                            begin: first.mention, end: second.mention, beginMod: first.mod, endMod: second.mod))
    }

    private func isPoint(_ mention: TimeMention) -> Bool {
        switch mention {
        case .date, .decade, .century, .season, .weekday: true
        default: false
        }
    }

    /// One expression that is not a range.
    func scanPoint(at index: Int) -> Outcome? {
        guard index < tokens.count else { return nil }
        // "early May", "mid-1994", "اوایل اردیبهشت".
        if let mod = word(at: index, .mod) {
            var inner = index + mod.length
            if inner < tokens.count, tokens[inner].text == "-", touches(inner - 1) {
                inner += 1
            }
            if case .found(var item)? = scanPlain(at: inner), allowsMod(item.mention) {
                item.tokens = index..<item.tokens.upperBound
                item.mod = mod.word.value
                return .found(item)
            }
        }
        let plain = scanPlain(at: index)
        if case .found(let item)? = plain { return .found(withClockAfter(item)) }
        return plain
    }

    private func allowsMod(_ mention: TimeMention) -> Bool {
        switch mention {
        case .date(_, _, let month, let day): day == nil || month == nil
        case .decade, .century, .season, .relative, .relativeSeason, .quarter: true
        default: false
        }
    }

    /// The scanners, for the places that try a few of them in turn.
    private enum Scanner {
        case numericDate, weekday, dayFirst, monthFirst, season, quarter, decade, century
        case unitPhrase, words, year, clock, anniversary
    }

    private func run(_ scanner: Scanner, at index: Int) -> Outcome? {
        switch scanner {
        case .numericDate: scanNumericDate(at: index)
        case .weekday: scanWeekday(at: index)
        case .dayFirst: scanDayFirst(at: index)
        case .monthFirst: scanMonthFirst(at: index)
        case .season: scanSeason(at: index)
        case .quarter: scanQuarter(at: index)
        case .decade: scanDecade(at: index)
        case .century: scanCentury(at: index)
        case .unitPhrase: scanUnitPhrase(at: index)
        case .words: scanWords(at: index)
        case .year: scanYear(at: index)
        case .clock: scanClock(at: index)
        case .anniversary: scanAnniversary(at: index)
        }
    }

    /// The longest expression any scanner reads at `index`; on a tie, the scanner
    /// called first wins. The scanners are called directly, one after another: a
    /// table of closures or an array to iterate costs more than the scanning itself.
    private func scanPlain(at index: Int) -> Outcome? {
        var best: Outcome?
        var bestEnd = index
        func consider(_ outcome: Outcome?) {
            guard let outcome else { return }
            let end: Int
            switch outcome {
            case .found(let item): end = item.tokens.upperBound
            case .rejected(let stop): end = stop
            }
            if end > bestEnd {
                best = outcome
                bestEnd = end
            }
        }
        consider(scanNumericDate(at: index))
        consider(scanWeekday(at: index))
        consider(scanDayFirst(at: index))
        consider(scanMonthFirst(at: index))
        consider(scanSeason(at: index))
        consider(scanQuarter(at: index))
        consider(scanDecade(at: index))
        consider(scanCentury(at: index))
        consider(scanUnitPhrase(at: index))
        consider(scanWords(at: index))
        consider(scanYear(at: index))
        consider(scanClock(at: index))
        consider(scanAnniversary(at: index))
        return best
    }

    // MARK: Numeric dates

    /// "2009-05-05", "1388/02/15", "05/05/2009", "5.5.2009".
    private func scanNumericDate(at index: Int) -> Outcome? {
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

    // MARK: Weekdays

    /// "Tuesday", "روز سه شنبه", "Tuesday, May 5, 2009", "سه شنبه ۱۵ اردیبهشت ۱۳۸۸".
    private func scanWeekday(at index: Int) -> Outcome? {
        var position = index
        var direction: Int?
        // "last Tuesday", "next Friday".
        if let shift = word(at: position, .shift), shift.word.prefix, shift.word.number != 0,
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
        var next = end
        if isPunctuation(next, [","]) { next += 1 }
        for scanner in [Scanner.dayFirst, .monthFirst, .numericDate] {
            if case .found(var date)? = run(scanner, at: next), case .date(_, _, _?, _?) = date.mention {
                date.tokens = index..<date.tokens.upperBound
                return .found(date)
            }
        }
        end = max(end, position + weekday.length)
        return .found(Found(tokens: index..<end, mention: .weekday(weekday.word.number, direction: direction)))
    }

    // MARK: Day, month, year

    /// A day of the month at `index`: "5", "5th", "fifth", "پانزدهم", "۱۵ام".
    private func readDay(at index: Int) -> (day: Int, length: Int)? {
        guard let reading = readNumber(at: index), !reading.weak, !reading.yearPair,
              (1...31).contains(reading.value), reading.digits <= 2 else { return nil }
        return (reading.value, reading.length)
    }

    /// A month name at `index`; `context` says whether a day or year stands next to it.
    private func readMonth(at index: Int) -> (calendar: CalendarSystem, month: Int, length: Int, needsContext: Bool)? {
        guard let month = word(at: index, .month), let calendar = month.word.calendar else { return nil }
        var length = month.length
        // "Jan. 5": the full stop of an abbreviation belongs to the month.
        if isPunctuation(index + length, ["."]), touches(index + length - 1), number(at: index + length + 1) != nil {
            length += 1
        }
        return (calendar, month.word.number, length, month.word.needsContext)
    }

    /// A year after a month or day: "[,] [ماه] [سال] 1388 [era]". Returns the year, its calendar if
    /// an era was written, and where it ends.
    private func readYear(at index: Int, afterMonth: Bool) -> (year: Int, era: CalendarSystem?, end: Int)? {
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
    private func scanDayFirst(at index: Int) -> Outcome? {
        guard let day = readDay(at: index) else { return nil }
        var position = index + day.length
        if let of = word(at: position, .of) { position += of.length }
        guard let month = readMonth(at: position) else { return nil }
        // "یک تیر" (one arrow) is no date: an ambiguous month wants digits or an ordinal.
        if month.needsContext, number(at: index) == nil, readNumber(at: index)?.ordinal != true { return nil }
        position += month.length
        if let year = readYear(at: position, afterMonth: true) {
            let calendar = month.calendar
            guard CalendarConverter.gregorian(year: year.year, month: month.month, day: day.day, in: calendar) != nil else {
                return .rejected(end: year.end)
            }
            return .found(Found(tokens: index..<year.end,
                                mention: .date(calendar: calendar, year: year.year, month: month.month, day: day.day)))
        }
        if let monthWord = word(at: position, .monthWord) { position += monthWord.length }
        guard day.day <= maxDays(month: month.month, calendar: month.calendar) else { return .rejected(end: position) }
        return .found(Found(tokens: index..<position,
                            mention: .date(calendar: month.calendar, year: nil, month: month.month, day: day.day)))
    }

    /// "May 5, 2009", "May 5", "May 2009", "اردیبهشت ۱۳۸۸", "اردیبهشت ماه", "March".
    private func scanMonthFirst(at index: Int) -> Outcome? {
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
            // "May 5" but not "May 5 soldiers" nor "May 15 2009" with a year already taken.
            if word(at: afterDay, .countNoun) == nil, word(at: afterDay, .unit) == nil, lexicon.settings.monthFirst {
                guard day.day <= maxDays(month: month.month, calendar: month.calendar) else { return .rejected(end: afterDay) }
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
        } else if month.needsContext, word(at: index - 1, .mod) == nil, word(at: index - 1, .rangeFrom) == nil,
                  word(at: index - 1, .rangeTo) == nil, word(at: index - 1, .rangeAnd) == nil,
                  word(at: index - 1, .monthLead) == nil {
            return nil
        }
        // "last May", "next March".
        if index > 0, let shift = word(at: index - 1, .shift), shift.length == 1, shift.word.prefix, shift.word.number != 0 {
            return .found(Found(tokens: (index - 1)..<end,
                                mention: .shiftedMonth(calendar: month.calendar, month: month.month, direction: shift.word.number)))
        }
        return .found(Found(tokens: index..<end, mention: .date(calendar: month.calendar, year: nil, month: month.month, day: nil)))
    }

    private func maxDays(month: Int, calendar: CalendarSystem) -> Int {
        switch calendar {
        case .gregorian: month == 2 ? 29 : DayDate.daysIn(month: month, year: 2001)
        case .solarHijri: month <= 6 ? 31 : 30
        case .lunarHijri: 30
        }
    }

    // MARK: Years

    /// "1994", "سال ۱۳۷۳", "۱۳۷۳ شمسی", "in the year 1994", "سال دو هزار و نه".
    private func scanYear(at index: Int) -> Outcome? {
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
    private func calendarOfBareYear(_ year: Int) -> CalendarSystem? {
        lexicon.settings.bareYears.first { $0.range.contains(year) }?.calendar
    }

    /// Whether the digits at `index` stand alone: not "$1994", "1,994", "1994.5", "1994%", "1994 soldiers".
    private func isStandaloneNumber(_ index: Int) -> Bool {
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

    // MARK: Seasons, decades, centuries

    /// "spring 2009", "بهار ۱۳۸۸", "بهار سال ۱۳۸۸", "summer of 1994".
    private func scanSeason(at index: Int) -> Outcome? {
        // "last summer", "this spring".
        if let shift = word(at: index, .shift), shift.word.prefix, let season = word(at: index + shift.length, .season) {
            return .found(Found(tokens: index..<(index + shift.length + season.length),
                                mention: .relativeSeason(calendar: lexicon.settings.defaultCalendar, season: season.word.value,
                                                         yearShift: nil, direction: shift.word.number)))
        }
        guard let season = word(at: index, .season) else { return nil }
        var position = index + season.length
        // "بهار امسال", "تابستان سال گذشته", "پاییز گذشته".
        if let relative = word(at: position, .relativeYear) {
            return .found(Found(tokens: index..<(position + relative.length),
                                mention: .relativeSeason(calendar: lexicon.settings.defaultCalendar, season: season.word.value,
                                                         yearShift: relative.word.number, direction: 0)))
        }
        if let shift = word(at: position, .shift), shift.word.suffix, word(at: position + shift.length, .unit) == nil {
            return .found(Found(tokens: index..<(position + shift.length),
                                mention: .relativeSeason(calendar: lexicon.settings.defaultCalendar, season: season.word.value,
                                                         yearShift: nil, direction: shift.word.number)))
        }
        if let of = word(at: position, .of) { position += of.length }
        guard let year = readYear(at: position, afterMonth: false) else { return nil }
        let calendar = year.era ?? calendarOfBareYear(year.year) ?? lexicon.settings.defaultCalendar
        return .found(Found(tokens: index..<year.end, mention: .season(calendar: calendar, year: year.year, season: season.word.value)))
    }

    /// "the first quarter of 2009", "Q1 2009" is not read; "سه ماهه اول ۲۰۰۹".
    private func scanQuarter(at index: Int) -> Outcome? {
        var position = index
        var ordinal: Int?
        if let reading = readNumber(at: position), reading.ordinal, (1...4).contains(reading.value),
           let quarter = word(at: position + reading.length, .quarter) {
            ordinal = reading.value
            position += reading.length + quarter.length
        } else if let quarter = word(at: position, .quarter), let reading = readNumber(at: position + quarter.length),
                  reading.ordinal, (1...4).contains(reading.value) {
            ordinal = reading.value
            position += quarter.length + reading.length
        }
        guard let ordinal else { return nil }
        if let of = word(at: position, .of) { position += of.length }
        guard let year = readYear(at: position, afterMonth: false) else { return nil }
        let calendar = year.era ?? calendarOfBareYear(year.year) ?? lexicon.settings.defaultCalendar
        return .found(Found(tokens: index..<year.end, mention: .quarter(calendar: calendar, year: year.year, quarter: ordinal)))
    }

    /// "the 1990s", "1990's", "the 90s", "دهه ۹۰ میلادی", "دهه هفتاد شمسی", "دهه ۱۳۷۰".
    private func scanDecade(at index: Int) -> Outcome? {
        // "the nineties", "the nineties AD".
        if let name = word(at: index, .decadeName) {
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
              digits(at: index) == 4 || digits(at: index) == 2 else { return nil }
        var position = index + 1 + suffix.length
        var era: CalendarSystem?
        if let eraWord = word(at: position, .era) {
            era = eraWord.word.calendar
            position += eraWord.length
        }
        guard let decade = decadeStart(value, era: era) else { return nil }
        return .found(Found(tokens: index..<position, mention: .decade(calendar: decade.calendar, firstYear: decade.first)))
    }

    private func decadeStart(_ value: Int, era: CalendarSystem?) -> (first: Int, calendar: CalendarSystem)? {
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
    private func scanCentury(at index: Int) -> Outcome? {
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

    // MARK: Units: durations, relative and repeated times

    /// "last week", "next month", "this year", "هفته گذشته", "two years ago", "دو سال پیش",
    /// "15 years", "the past 15 years", "طی ۱۵ سال گذشته", "every year", "هر سال".
    private func scanUnitPhrase(at index: Int) -> Outcome? {
        // "every year".
        if let every = word(at: index, .setEvery), let unit = word(at: index + every.length, .unit), let value = unit.word.unit {
            return .found(Found(tokens: index..<(index + every.length + unit.length), mention: .set("P1" + value.durationCode)))
        }
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
        position += unit.length
        if let amount {
            if let ago = word(at: position, .ago) ?? word(at: position, .later), prefixShift == nil {
                let sign = ago.word.number
                guard amount.value > 0 else {
                    return .found(Found(tokens: index..<(position + ago.length), mention: .vague(sign)))
                }
                // "a decade ago", "دو قرن پیش": the year that many years before (after) the reference's.
                if value == .decade || value == .century {
                    let years = amount.value * (value == .decade ? 10 : 100)
                    return .found(Found(tokens: index..<(position + ago.length), mention: .relative(.year, sign * years)))
                }
                return .found(Found(tokens: index..<(position + ago.length), mention: .relative(value, sign * amount.value)))
            }
            var end = position
            if prefixShift == nil, let shift = word(at: position, .shift), shift.word.suffix, shift.word.number != 0 {
                end += shift.length
            }
            return .found(Found(tokens: index..<end, mention: .duration(amount.value, value)))
        }
        if let prefixShift {
            return .found(Found(tokens: index..<position, mention: .relative(value, prefixShift.number)))
        }
        if let shift = word(at: position, .shift), shift.word.suffix {
            return .found(Found(tokens: index..<(position + shift.length), mention: .relative(value, shift.word.number)))
        }
        return nil
    }

    // MARK: Clock times

    /// A time of day at `index`: "10:30", "10 a.m.", "10:30 pm", "ساعت ۱۰", "ساعت ۱۰:۳۰ صبح", "ساعت ده صبح".
    /// A bare hour needs a clock word before it or a meridiem after it.
    private func readClock(at index: Int) -> (hour: Int, minute: Int, end: Int)? {
        var position = index
        var lead = false
        if let word = word(at: position, .clockLead) {
            position += word.length
            lead = true
        }
        guard let reading = readNumber(at: position), !reading.ordinal, !reading.weak, reading.digits <= 2,
              (0...24).contains(reading.value) else { return nil }
        var hour = reading.value
        var minute = 0
        var hasMinutes = false
        position += reading.length
        if reading.digits > 0, isPunctuation(position, [":"]), touches(position - 1), touches(position),
           digits(at: position + 1) == 2, let minutes = number(at: position + 1), minutes < 60 {
            minute = minutes
            hasMinutes = true
            position += 2
        }
        var meridiem: String?
        if let word = word(at: position, .meridiem) {
            meridiem = word.word.value
            position += word.length
        }
        guard lead || hasMinutes || meridiem != nil else { return nil }
        switch meridiem {
        case "AM"?:
            guard (0...12).contains(hour) else { return nil }
            if hour == 12 { hour = 0 }
        case "PM"?:
            guard (0...12).contains(hour) else { return nil }
            if hour < 12 { hour += 12 }
        case "NIGHT"?:
            guard (0...12).contains(hour) else { return nil }
            if hour == 12 { hour = 0 } else if hour >= 6 { hour += 12 }
        default: break
        }
        guard hour < 24 || hour == 24 && minute == 0 else { return nil }
        return (hour % 24, minute, position)
    }

    /// A time of day, alone or before the day it falls on: "10:30", "10 a.m. on Tuesday",
    /// "ساعت ۱۰ صبح روز سه شنبه". (A day before its time, "Tuesday at 10 a.m.", is read by ``scanPoint(at:)``.)
    private func scanClock(at index: Int) -> Outcome? {
        guard let clock = readClock(at: index) else { return nil }
        var position = clock.end
        if let joiner = word(at: position, .clockJoiner) { position += joiner.length }
        if var day = day(at: position) {
            day.tokens = index..<day.tokens.upperBound
            day.clock = Clock(hour: clock.hour, minute: clock.minute)
            return .found(day)
        }
        return .found(Found(tokens: index..<clock.end, mention: .clock(hour: clock.hour, minute: clock.minute)))
    }

    /// A day at `index` that a time of day can belong to: a date with its day, a weekday, "tomorrow".
    private func day(at index: Int) -> Found? {
        guard index < tokens.count else { return nil }
        for scanner in [Scanner.weekday, .dayFirst, .monthFirst, .numericDate, .words] {
            if case .found(let item)? = run(scanner, at: index), item.clock == nil, Self.isDay(item.mention) { return item }
        }
        return nil
    }

    private static func isDay(_ mention: TimeMention) -> Bool {
        switch mention {
        case .date(_, _, _?, _?), .weekday, .relativeDay: true
        default: false
        }
    }

    /// `item` with the time of day written after it ("Tuesday at 10 a.m.", "سه شنبه ساعت ۱۰"), if any.
    private func withClockAfter(_ item: Found) -> Found {
        guard item.clock == nil, item.begin == nil, Self.isDay(item.mention) else { return item }
        var position = item.tokens.upperBound
        if let joiner = word(at: position, .clockJoiner) { position += joiner.length }
        guard let clock = readClock(at: position) else { return item }
        var extended = item
        extended.tokens = item.tokens.lowerBound..<clock.end
        extended.clock = Clock(hour: clock.hour, minute: clock.minute)
        return extended
    }

    // MARK: Anniversaries

    /// "the 15th anniversary", "پانزدهمین سالگرد", "پانزدهمین سال برقراری روابط": the Nth anniversary
    /// of something. Its year is worked out by ``TemporalTagger`` from a year nearby, if any.
    private func scanAnniversary(at index: Int) -> Outcome? {
        guard let reading = readNumber(at: index), reading.ordinal, (1...1000).contains(reading.value) else { return nil }
        let position = index + reading.length
        if let word = word(at: position, .anniversary) {
            return .found(Found(tokens: index..<(position + word.length), mention: .anniversary(reading.value)))
        }
        // "the 15th year of relations", "پانزدهمین سال برقراری": the ordinal year of something begun,
        // which news writes for its anniversary; only before a word of beginning.
        if let yearWord = word(at: position, .yearWord), yearWord.length == 1 {
            var next = position + 1
            if let of = word(at: next, .of) { next += of.length }
            if word(at: next, .anniversaryOf) != nil {
                return .found(Found(tokens: index..<(position + 1), mention: .anniversary(reading.value)))
            }
        }
        return nil
    }

    /// Single listed words: "yesterday", "امروز", "now", "در حال حاضر", "امسال", "annually".
    private func scanWords(at index: Int) -> Outcome? {
        var best: Found?
        for entry in words[index] {
            let mention: TimeMention
            switch entry.word.kind {
            case .relativeDay: mention = .relativeDay(entry.word.number)
            case .present: mention = .present
            case .relativeYear: mention = .relative(.year, entry.word.number)
            case .relativeMonth: mention = .relative(.month, entry.word.number)
            case .relativeWeek: mention = .relative(.week, entry.word.number)
            case .set: mention = .set(entry.word.value)
            default: continue
            }
            if entry.word.needsCapital && !isCapitalized(index) { continue }
            if best == nil || entry.length > best!.tokens.count {
                best = Found(tokens: index..<(index + entry.length), mention: mention)
            }
        }
        return best.map { .found($0) }
    }
}
