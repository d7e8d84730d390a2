/// One listed time word or phrase and what it is.
struct TimeWord: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable, CaseIterable {
        case month, weekday, era, present, unit, shift, ago, later, mod, set, future, past, untensed, article, of, season
        case anniversary, number, ordinal, multiplier, joiner, quarter
        case yearWord = "year-word", monthWord = "month-word", dayWord = "day-word"
        case relativeDay = "relative-day", relativeYear = "relative-year"
        case relativeMonth = "relative-month", relativeWeek = "relative-week"
        case durationLead = "duration-lead", rangeFrom = "range-from", rangeTo = "range-to", rangeAnd = "range-and"
        case setEvery = "set-every", countNoun = "count-noun", ordinalSuffix = "ordinal-suffix"
        case monthLead = "month-lead", decadeWord = "decade-word", decadeSuffix = "decade-suffix", centuryWord = "century-word"
        case decadeName = "decade-name", anniversaryOf = "anniversary-of"
        case clockLead = "clock-lead", meridiem, clockJoiner = "clock-joiner"
        case partOfDay = "part-of-day", pastRef = "past-ref", futureRef = "future-ref"
        case relativeQuarter = "relative-quarter", fiscal, age
        case nameLead = "name-lead", nameTail = "name-tail", clockMinutes = "clock-minutes", once
        case timeZone = "time-zone", clockWord = "clock-word", weekend, namedDay = "named-day"
        case half, halfOf = "half-of", amountFiller = "amount-filler", periodClose = "period-close", possessive, modal, determiner, anaphor, pluperfect, countRange = "count-range"
        case deadline, adverb, seasonLead = "season-lead", generic, dayLead = "day-lead", dayBeside = "day-beside"
        case halfYear = "half-year", storyShift = "story-shift", storyQuarter = "story-quarter"
        case partOfDayLead = "part-of-day-lead", reportedFuture = "reported-future", approxTail = "approx-tail"
        case ageLead = "age-lead"
        case gameNoun = "game-noun", quarterOf = "quarter-of", clockBefore = "clock-before", lengthSuffix = "length-suffix"
    }

    let kind: Kind
    /// The value, checked at load time for the kinds that need one.
    let value: String
    /// For months: the calendar; for eras, the calendar named.
    let calendar: CalendarSystem?
    /// For months, weekdays, shifts, relative words, numbers: the number.
    let number: Int
    /// For units: the unit.
    let unit: TimeUnit?
    /// For meridiem words, seasons and mods: their closed value.
    let meridiem: Meridiem?
    let season: Season?
    let mod: TimeMod?
    let partOfDay: PartOfDay?
    /// Units: a plural form, which alone is a vague duration ("for years").
    let plural: Bool
    /// Needs a day, year or month word next to it (ambiguous month names).
    let needsContext: Bool
    /// English: only counts when written with a capital letter.
    let needsCapital: Bool
    /// English: only counts when written in lower case (the modal "may", not the month).
    let needsLowercase: Bool
    /// Shift words: where they stand relative to the unit.
    let prefix: Bool
    let suffix: Bool
    /// Numbers that count only before a unit ("a year ago").
    let weak: Bool
    /// Relative years: a comparison with the same stretch a year before ("year-earlier"), which in a
    /// text about a quarter means that quarter a year before.
    var comparative = false
    /// Shift words that are also a verb ("last"): after a `modal` word and before an amount, the verb.
    var verb = false
    /// Relative words that name the end of their stretch ("year-end"): the stretch with mod END.
    var atEnd = false
    /// `later` words that count from the time the story has reached, not from the reference ("three days
    /// later"): the amount before them is a duration of its own.
    var fromStory = false
    /// Words that, first in their sentence and before a comma, are a discourse marker and no time
    /// ("Now, he says, …").
    var discourse = false
    /// `part-of-day-lead` words that, before a named day, name the night before it ("شب جمعه" is Thursday night).
    var eve = false
    /// Units, and shift words, such that one such unit counted by such a shift word is a stretch of its length
    /// up to the reference, not the calendar unit ("the past decade" P10Y, not the 1980s when written in 1998;
    /// "the last decade" is the 1980s).
    var span = false
    /// `mod` words that also take in a time of day after them ("حدود ساعت ۱۰ شب", APPROX).
    var withClock = false

    /// For clock words: the time they name ("noon" 12:00), kept as minutes in `number` (the word is
    /// copied at every look-up, so it stays small).
    var clock: Clock? { kind == .clockWord ? Clock(hour: number / 60, minute: number % 60) : nil }
    /// For named days: the day ("Christmas" 12-25), kept in `calendar` and `number` (a period's last day
    /// above the millions).
    var namedDay: NamedDay? {
        guard kind == .namedDay, let calendar else { return nil }
        let last = number / 1_000_000
        return NamedDay(calendar: calendar, month: number / 100 % 100, day: number % 100,
                        weekday: number % 1_000_000 >= 10_000 ? number % 1_000_000 / 10_000 : nil,
                        last: last == 0 ? nil : (last / 100, last % 100))
    }
}

/// The per-language settings of the tagger (from `time-settings.tsv`).
struct TimeSettings: Sendable {
    var defaultCalendar: CalendarSystem = .gregorian
    /// True when a slashed date with the year last reads month/day/year.
    var monthFirst = true
    var bareYears: [(range: ClosedRange<Int>, calendar: CalendarSystem)] = []
    var twoDigitDecade: (century: Int, calendar: CalendarSystem)?
    /// "سال ۸۸": a two-digit year after a year word is CC88 of that calendar.
    var twoDigitYear: (century: Int, calendar: CalendarSystem)?
    /// Word endings that mark the past tense ("-ed"); listed `untensed` words are exempt.
    var pastEndings: [String] = []
    /// Word endings that mark an adverb ("-ly"), which may stand between a determiner and a past form
    /// that is then an adjective ("the hastily planned trip"); listed `adverb` words count too.
    var adverbEndings: [String] = []
    /// A day or month without a year starting at most this many days after the reference is the coming
    /// one whatever the tense (`near-future-days`).
    var nearFutureDays = 0
    /// "11/30/98": the hundred years a two-digit year of a numeric date falls in, and their calendar
    /// (`numeric-two-digit-years`); nil when the language reads no such dates.
    var numericTwoDigitYears: ClosedRange<Int>?
    var numericTwoDigitYearCalendar: CalendarSystem = .gregorian
    /// The days of the weekend, ISO weekdays (1 = Monday): Saturday and Sunday unless `weekend` says otherwise.
    var weekend: ClosedRange<Int> = 6...7
    /// Whether the language's verbs mostly follow the time expressions of their clause (Persian).
    var verbsAfter = false
    /// How many months just before the reference's month "last <month>" passes over
    /// (`last-month-name-skips`): news calls the month just gone "last month", so "last October"
    /// written in November names the October a year before.
    var lastMonthNameSkips = 0
    /// Whether a slashed date may start with a two-digit year ("۹۹/۱۰/۱", `numeric-two-digit-year-first`), read
    /// in the window of `numeric-two-digit-years` when the first number cannot be a day or the last no year.
    var twoDigitYearFirst = false
}

/// The words and settings of one language, loaded from its `time-*.tsv` files.
struct TimeLexicon: Sendable {
    private var phrases = PhraseLexicon<TimeWord>()
    var settings = TimeSettings()

    init() {}

    /// Loads every `LANG/time-*.tsv` file of `resources`.
    init(language: Language, resources: ResourceLibrary) throws(ResourceError) {
        let paths = resources.paths(in: language.rawValue).filter {
            let name = $0.split(separator: "/").last.map(String.init) ?? $0
            return name.hasPrefix("time-") && name.hasSuffix(".tsv")
        }
        for path in paths {
            let table = try resources.table(path)
            if table.columns.contains("key") {
                try loadSettings(table)
            } else {
                for column in ["phrase", "kind", "value", "condition"] where !table.columns.contains(column) {
                    throw .malformed(file: path, line: 1, reason: "missing column '\(column)'")
                }
                for row in table.rows { try add(row) }
            }
        }
    }

    private mutating func loadSettings(_ table: ResourceTable) throws(ResourceError) {
        for row in table.rows {
            let key = try row.value("key")
            let value = try row.value("value")
            switch key {
            case "default-calendar":
                guard let calendar = CalendarSystem(rawValue: value) else { throw row.error("unknown calendar '\(value)'") }
                settings.defaultCalendar = calendar
            case "numeric-date-order":
                guard value == "mdy" || value == "dmy" else { throw row.error("numeric-date-order is mdy or dmy, not '\(value)'") }
                settings.monthFirst = value == "mdy"
            case "bare-year":
                let parts = value.split(separator: ":")
                let bounds = parts.first?.split(separator: "-").compactMap { Int($0) } ?? []
                guard parts.count == 2, bounds.count == 2, bounds[0] <= bounds[1],
                      let calendar = CalendarSystem(rawValue: String(parts[1])) else {
                    throw row.error("bare-year is FIRST-LAST:calendar, not '\(value)'")
                }
                settings.bareYears.append((bounds[0]...bounds[1], calendar))
            case "two-digit-decade-century", "two-digit-year-century":
                let parts = value.split(separator: ":")
                guard parts.count == 2, let century = Int(parts[0]),
                      let calendar = CalendarSystem(rawValue: String(parts[1])) else {
                    throw row.error("\(key) is CC:calendar, not '\(value)'")
                }
                if key == "two-digit-year-century" { settings.twoDigitYear = (century, calendar) }
                else { settings.twoDigitDecade = (century, calendar) }
            case "past-ending":
                guard !value.isEmpty, !value.contains(" ") else { throw row.error("past-ending is one word ending, not '\(value)'") }
                settings.pastEndings.append(value)
            case "adverb-ending":
                guard !value.isEmpty, !value.contains(" ") else { throw row.error("adverb-ending is one word ending, not '\(value)'") }
                settings.adverbEndings.append(value)
            case "near-future-days":
                guard let days = Int(value), (0...366).contains(days) else { throw row.error("near-future-days is 0...366, not '\(value)'") }
                settings.nearFutureDays = days
            case "numeric-two-digit-years":
                let parts = value.split(separator: ":")
                let bounds = parts.first?.split(separator: "-").compactMap { Int($0) } ?? []
                guard parts.count == 2, bounds.count == 2, bounds[1] - bounds[0] == 99,
                      let calendar = CalendarSystem(rawValue: String(parts[1])) else {
                    throw row.error("numeric-two-digit-years is FIRST-LAST:calendar over 100 years, not '\(value)'")
                }
                settings.numericTwoDigitYears = bounds[0]...bounds[1]
                settings.numericTwoDigitYearCalendar = calendar
            case "weekend":
                let days = value.split(separator: "-").compactMap { Int($0) }
                guard days.count == 2, (1...7).contains(days[0]), (days[0]...7).contains(days[1]) else {
                    throw row.error("weekend is FIRST-LAST, ISO weekdays 1-7, not '\(value)'")
                }
                settings.weekend = days[0]...days[1]
            case "last-month-name-skips":
                guard let months = Int(value), (0...11).contains(months) else {
                    throw row.error("last-month-name-skips is 0...11, not '\(value)'")
                }
                settings.lastMonthNameSkips = months
            case "numeric-two-digit-year-first":
                guard value == "yes" || value == "no" else { throw row.error("numeric-two-digit-year-first is yes or no, not '\(value)'") }
                settings.twoDigitYearFirst = value == "yes"
            case "verb-side":
                guard value == "before" || value == "after" else { throw row.error("verb-side is before or after, not '\(value)'") }
                settings.verbsAfter = value == "after"
            default:
                throw row.error("unknown setting '\(key)'")
            }
        }
    }

    private mutating func add(_ row: ResourceTable.Row) throws(ResourceError) {
        let phrase = try row.value("phrase")
        let kindText = try row.value("kind")
        guard let kind = TimeWord.Kind(rawValue: kindText) else { throw row.error("unknown kind '\(kindText)'") }
        let value = row.optionalValue("value") ?? ""
        let conditions = Set((row.optionalValue("condition") ?? "").split(separator: ",").map {
            $0.trimming { $0 == " " }
        })
        for condition in conditions where !["context", "capitalized", "prefix", "suffix", "weak", "plural", "lowercase", "comparative", "verb", "end", "story", "discourse", "eve", "clock", "span"].contains(condition) {
            throw row.error("unknown condition '\(condition)'")
        }
        var calendar: CalendarSystem?
        var number = 0
        var unit: TimeUnit?
        var meridiem: Meridiem?
        var season: Season?
        var mod: TimeMod?
        var partOfDay: PartOfDay?
        func integer(_ text: String, _ allowed: ClosedRange<Int>) throws(ResourceError) -> Int {
            guard let parsed = Int(text), allowed.contains(parsed) else {
                throw row.error("\(kindText) needs a value in \(allowed.lowerBound)...\(allowed.upperBound), not '\(text)'")
            }
            return parsed
        }
        switch kind {
        case .month:
            let parts = value.split(separator: ":")
            guard parts.count == 2, let system = CalendarSystem(rawValue: String(parts[0])) else {
                throw row.error("month value is calendar:N, not '\(value)'")
            }
            calendar = system
            number = try integer(String(parts[1]), 1...12)
        case .weekday: number = try integer(value, 1...7)
        case .era:
            guard let system = CalendarSystem(rawValue: value) else { throw row.error("unknown calendar '\(value)'") }
            calendar = system
        case .partOfDay, .partOfDayLead:
            guard let parsed = PartOfDay(rawValue: value) else { throw row.error("part-of-day is MO, MI, AF, EV, NI or DT, not '\(value)'") }
            partOfDay = parsed
        case .relativeDay, .relativeYear, .relativeMonth, .relativeWeek, .relativeQuarter, .shift, .ago, .later, .dayBeside, .storyShift:
            number = try integer(value, -10...10)
        case .clockMinutes: number = try integer(value, 0...59)
        case .halfYear: number = value.isEmpty ? 0 : try integer(value, 1...2)
        case .clockWord:
            guard let parsed = Clock(listed: value) else { throw row.error("clock-word is HH:MM, not '\(value)'") }
            number = parsed.hour * 60 + parsed.minute
        case .namedDay:
            guard let parsed = NamedDay(listed: value) else {
                throw row.error("named-day is calendar:M-D, calendar:M-D+Wd (the first weekday d on or after), calendar:M-D..M-D (a period) or gregorian:easter±N, not '\(value)'")
            }
            calendar = parsed.calendar
            number = (parsed.last.map { $0.month * 100 + $0.day } ?? 0) * 1_000_000 + (parsed.weekday ?? 0) * 10_000 + parsed.month * 100 + parsed.day
        case .timeZone:
            guard !value.isEmpty else { throw row.error("time-zone needs the zone's name") }
        case .number, .ordinal, .multiplier:
            number = try integer(value, 0...1_000_000)
        case .decadeName:
            number = try integer(value, 10...90)
            guard number % 10 == 0 else { throw row.error("decade-name is a multiple of ten, not '\(value)'") }
        case .meridiem:
            guard let parsed = Meridiem(rawValue: value) else { throw row.error("meridiem is AM, PM, NIGHT, NOON or ANY, not '\(value)'") }
            meridiem = parsed
        case .unit:
            guard let parsed = TimeUnit(rawValue: value) else { throw row.error("unknown unit '\(value)'") }
            unit = parsed
        case .anaphor:
            let parts = value.split(separator: ":")
            guard parts.count == 2, let parsed = TimeUnit(rawValue: String(parts[0])), [.day, .month, .year].contains(parsed),
                  let shift = Int(parts[1]) else { throw row.error("anaphor needs day|month|year:SHIFT, not '\(value)'") }
            unit = parsed
            number = shift
        case .mod:
            guard let parsed = TimeMod(rawValue: value) else { throw row.error("unknown mod '\(value)'") }
            mod = parsed
        case .set:
            guard value.hasPrefix("P"), value.count >= 3 else { throw row.error("set value is a TIMEX3 period like P1Y, not '\(value)'") }
        case .season:
            guard let parsed = Season(rawValue: value) else { throw row.error("season is SP, SU, FA or WI, not '\(value)'") }
            season = parsed
        default: break
        }
        var word = TimeWord(kind: kind, value: value, calendar: calendar, number: number, unit: unit, meridiem: meridiem, season: season, mod: mod, partOfDay: partOfDay, plural: conditions.contains("plural"),
                            needsContext: conditions.contains("context"), needsCapital: conditions.contains("capitalized"),
                            needsLowercase: conditions.contains("lowercase"),
                            prefix: conditions.contains("prefix") || !conditions.contains("suffix"),
                            suffix: conditions.contains("suffix") || !conditions.contains("prefix"),
                            weak: conditions.contains("weak"), comparative: conditions.contains("comparative"),
                            verb: conditions.contains("verb"), atEnd: conditions.contains("end"),
                            fromStory: conditions.contains("story"), discourse: conditions.contains("discourse"),
                            eve: conditions.contains("eve"))
        word.withClock = conditions.contains("clock")
        word.span = conditions.contains("span")
        let words = Self.words(of: phrase)
        guard !words.isEmpty else { throw row.error("phrase '\(phrase)' has no words") }
        phrases.insert(words: words, value: word)
    }

    static func words(of phrase: String) -> [String] {
        Tokenizer().tokens(of: TextNormalizer().normalizedScalars(phrase)).map(\.text)
    }

    /// Appends every listed phrase starting at token `index` to `found`.
    func appendMatches(in tokens: [Token], at index: Int, to found: inout [(length: Int, word: TimeWord)]) {
        phrases.forEachPrefixMatch(in: tokens, at: index) { length, words in
            for word in words { found.append((length, word)) }
        }
    }
}
