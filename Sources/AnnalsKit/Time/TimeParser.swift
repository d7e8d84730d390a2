/// Reads the time expressions of one analysed text, token by token.
///
/// The parser is a set of small hand-written scanners over tokens and the
/// per-language ``TimeLexicon``, one file per kind of expression (`TimeParser+NumericDates`,
/// `+NamedDates`, `+Years`, `+Periods`, `+Relative`, `+Durations`, `+Sets`, `+ClockTimes`,
/// `+Anniversaries`); this file only drives them. It produces ``TimeMention``s with their token
/// spans and leaves their meaning to ``TemporalResolver``. Nothing here uses
/// regular expressions, so the cost grows with the number of tokens only.
struct TimeParser {
    /// A mention found at a token span.
    struct Found {
        var tokens: Range<Int>
        var mention: TimeMention
        var mod: TimeMod?
        /// For ranges: the two points.
        var begin: TimeMention?
        var end: TimeMention?
        var beginMod: TimeMod?
        var endMod: TimeMod?
        /// For ranges: the tokens of each point ("1992" and "1994" in "from 1992 to 1994").
        var beginTokens: Range<Int>?
        var endTokens: Range<Int>?
        /// The time of day written with a day ("10 a.m. on Tuesday").
        var clock: Clock?
        /// The part of the day written with a day ("Tuesday evening", "last night").
        var partOfDay: PartOfDay?
        /// A year before, said as a comparison ("a year ago", "year-earlier"): after a quarter in the
        /// same text it means that quarter a year before (see `TemporalTagger.compareWithQuarters`).
        var comparesYear = false
        /// The time zone written after its time of day ("EST", "به وقت تهران").
        var zone: String?
        /// The week holding the day read, not the day ("the week of March 6", "Easter week").
        var weekHolding = false
        /// Days on from the day read: "the day before last Tuesday" is -1.
        var dayShift = 0
        /// Counted from where the story is, not from the reference: a weekday from the last day the text
        /// named ("the previous Friday", "the Friday before"), "the quarter" as the quarter the text is about (the first it named),
        /// "the 1988 quarter" as that quarter of 1988 (see `TemporalTagger.countFromStory`).
        var fromStory = false
        /// The weekday written before a day and month without a year ("Wed., Oct. 7"): of the years around the
        /// reference, the one where the day falls on it.
        var weekday: Int?
        /// For a weekday: the week it falls in, in weeks from the reference's ("دوشنبه هفته آینده" is 1).
        var weekShift: Int?
    }

    /// What a scanner reports: a mention, or a span that looked like a date but is impossible.
    ///
    /// A mention is kept in a box of its own: the scanners pass outcomes back and forth (eighteen
    /// of them at every token that can start an expression), and a pointer is cheaper to move
    /// than the few hundred bytes of a ``Found``.
    enum Outcome {
        indirect case found(Found)
        case rejected(end: Int)
    }

    let text: AnalyzedText
    let lexicon: TimeLexicon
    let tokens: [Token]
    let words: TimeWordTable
    /// For each token, the tense it marks (a listed `future` or `past` word, or a word with a
    /// past-tense ending), or nil.
    private let tenseMarks: [Tense?]
    /// Whether an expression can start at each token: a number, or a listed word of a kind
    /// that begins one (not only a word that follows another, like "ago" or "a.m.").
    private let canStart: [Bool]
    /// The numbers read at the tokens that start one, read once (most scanners start by
    /// reading one), and for each token the place of its reading there, or -1: four bytes
    /// a token, since most tokens are not numbers.
    private(set) var numberReadings: [NumberReading] = []
    private(set) var numberReadingPlaces: [Int32] = []

    /// Kinds that never begin an expression.
    private static func isFollower(_ kind: TimeWord.Kind) -> Bool {
        switch kind {
        case .ago, .later, .ordinalSuffix, .decadeSuffix, .of, .joiner, .countNoun, .future, .past, .untensed, .article, .partOfDay, .age, .nameLead, .nameTail,
             .meridiem, .clockJoiner, .anniversaryOf, .timeZone, .half, .amountFiller, .periodClose, .possessive, .modal, .determiner, .pluperfect, .countRange,
             .deadline, .adverb, .seasonLead, .generic, .dayLead, .storyQuarter, .reportedFuture, .approxTail,
             .gameNoun, .clockBefore, .lengthSuffix, .ageLead: true
        default: false
        }
    }

    /// Kinds that can begin an expression: all but the followers.
    private static let starters = TimeWord.Kind.Set(TimeWord.Kind.allCases.filter { !isFollower($0) })
    /// Kinds a spelled number can start with (``readNumberUncached(at:)``).
    private static let numberKinds = TimeWord.Kind.Set([.number, .ordinal, .multiplier])
    /// Kinds `tenseMark` reads from a token's words; a token with none of them is read by its ending alone.
    private static let tenseKinds = TimeWord.Kind.Set([.future, .past, .untensed])

    init(text: AnalyzedText, lexicon: TimeLexicon) {
        self.text = text
        self.lexicon = lexicon
        tokens = text.tokens
        let words = TimeWordTable(tokens: text.tokens, lexicon: lexicon)
        self.words = words
        let pastEndings = lexicon.settings.pastEndings.map(WordEnding.init)
        var marks = text.tokens.indices.map { index in
            Self.tenseMark(text.tokens[index], words: words.hasAny(of: Self.tenseKinds, at: index) ? words[index] : [],
                           pastEndings: pastEndings, capitalized: Self.isCapitalized(index, in: text))
        }
        // "the reduced dividend", "the hastily planned trip": a past form right after a determiner, or after
        // a determiner and an adverb, is an adjective, no tense.
        func isDeterminer(_ at: Int) -> Bool { at >= 0 && words[at].contains { $0.length == 1 && $0.word.kind == .determiner } }
        for index in marks.indices.dropFirst() where marks[index] == .past
            && (isDeterminer(index - 1) || isDeterminer(index - 2) && Self.isAdverb(index - 1, in: text, words: words, settings: lexicon.settings)) {
            marks[index] = nil
        }
        // "had been scheduled to", "had planned to": a plan made before, for a time now past.
        for index in marks.indices where marks[index] == .future {
            let before = max(0, index - 2)..<index
            if before.contains(where: { at in words[at].contains { $0.length == 1 && $0.word.kind == .pluperfect } }) {
                marks[index] = .past
            }
        }
        // "will be named", "will have left": a past form right after a future marker is future.
        var lastFuture = -10
        for index in marks.indices {
            if marks[index] == .future { lastFuture = index }
            else if marks[index] == .past, index - lastFuture <= 3 { marks[index] = .future }
        }
        tenseMarks = marks
        canStart = text.tokens.indices.map { index in
            text.tokens[index].kind == .number || words.hasAny(of: Self.starters, at: index)
        }
        var places = [Int32](repeating: -1, count: tokens.count)
        var readings: [NumberReading] = []
        // A number starts at a digit token or a listed number word ("twenty", "دو", "third", "hundred").
        for index in tokens.indices where tokens[index].kind == .number || words.hasAny(of: Self.numberKinds, at: index) {
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
                if !(Self.canBeName(item.mention) && isName(item.tokens)) && !isTitle(item) { found.append(item) }
                index = item.tokens.upperBound
            case .rejected(let end)?:
                index = max(end, index + 1)
            case nil:
                index += 1
            }
        }
        return found
    }

    /// Whether the expression at `span` is part of a name: a street, a square, a company
    /// ("میدان ۱۵ خرداد", "نماز جمعه", "بهمن موتور"), told by a listed `name-lead` word before it
    /// or `name-tail` word after it.
    private func isName(_ span: Range<Int>) -> Bool {
        if span.lowerBound > 0, word(at: span.lowerBound - 1, .nameLead) != nil { return true }
        return word(at: span.upperBound, .nameTail) != nil
    }

    /// Whether the expression is part of a title written with capitals ("This Week", "High Noon", "60 Minutes",
    /// "VOA Today"): a word the language writes in lower case (a unit, "now", a day or year counted from the
    /// reference, a clock word) stands capitalized inside its sentence, after another word of the expression or
    /// after a capitalized word. A named day ("Thanksgiving Day") keeps its capitals; a word in capitals
    /// throughout (a headline) tells nothing; a script without capitals never has a title so.
    private func isTitle(_ found: Found) -> Bool {
        if case .namedDay = found.mention { return false }
        for index in found.tokens where words.hasAny(of: Self.lowercaseKinds, at: index)
            && tokens[index].kind == .word && isCapitalized(index) && !isWrittenInCapitals(index) {
            if index > found.tokens.lowerBound { return true }
            if index > 0, tokens[index - 1].kind == .word, isCapitalized(index - 1), !opensSentence(index) { return true }
        }
        return false
    }

    /// The kinds of word the language writes in lower case inside a sentence.
    private static let lowercaseKinds = TimeWord.Kind.Set([.unit, .present, .relativeDay, .relativeYear, .relativeMonth,
                                                           .relativeWeek, .clockWord])

    /// Whether the token at `index` is written in capitals throughout ("TODAY"), as a headline or an acronym is.
    private func isWrittenInCapitals(_ index: Int) -> Bool {
        let source = text.originalRange(ofTokens: index..<(index + 1))
        let letters = text.text.originalScalars[source].filter { $0.properties.isAlphabetic }
        return letters.count > 1 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// Whether a name could be made of such a mention: a date, a weekday, a named day or a season can name
    /// a street or a paper ("خیابان ۱۶ آذر", "نشریه دی"); a set, a length of time or a day counted from the
    /// reference cannot ("نشریه هر ماه", "روزنامه دیروز").
    private static func canBeName(_ mention: TimeMention) -> Bool {
        switch mention {
        case .date, .weekday, .namedDay, .dayOfMonth, .season, .seasonOfTense, .decade, .century, .quarter, .half, .clock,
             .anniversary: true
        case .set, .relativeDay, .relative, .vague, .present, .duration, .period, .anaphor, .shiftedMonth, .dateOfRelativeYear,
             .relativeSeason, .quarterOfYear, .halfOfYear, .weekend: false
        }
    }

    /// Whether the token at `index` is an adverb: a listed `adverb` word or a word with an adverb ending
    /// of `time-settings.tsv` ("hastily").
    private static func isAdverb(_ index: Int, in text: AnalyzedText, words: TimeWordTable, settings: TimeSettings) -> Bool {
        if words[index].contains(where: { $0.length == 1 && $0.word.kind == .adverb }) { return true }
        let token = text.tokens[index]
        guard token.kind == .word else { return false }
        let count = token.range.count  // the token's scalars, without counting them again
        return settings.adverbEndings.contains { count >= $0.count + 3 && token.text.hasSuffix($0) }
    }

    /// The tense a token marks: a listed word first (`future`, `past`, or `untensed` for a word
    /// that only looks past, like "hundred"), then the language's past-tense endings.
    private static func tenseMark(_ token: Token, words: ArraySlice<TimeWordTable.Entry>, pastEndings: [WordEnding],
                                  capitalized: @autoclosure () -> Bool) -> Tense? {
        // "next to": a listed phrase that only looks like a tense marker; "may have": a phrase that marks the past.
        if words.contains(where: { $0.length > 1 && $0.word.kind == .untensed }) { return nil }
        if words.contains(where: { $0.length > 1 && $0.word.kind == .past && !($0.word.needsLowercase && capitalized()) }) { return .past }
        for entry in words where entry.length == 1 && !(entry.word.needsLowercase && capitalized()) {
            switch entry.word.kind {
            case .future: return .future
            case .past: return .past
            case .untensed: return nil
            default: continue
            }
        }
        for entry in words where entry.length > 1 && entry.word.kind == .future { return .future }
        guard token.kind == .word, !pastEndings.isEmpty else { return nil }
        let count = token.range.count  // the token's scalars, without counting them again
        for ending in pastEndings where ending.ends(token.text, scalars: count, stem: 3) { return .past }
        return nil
    }

    /// The tense of the clause holding `tokens`: the nearest tense marker of its sentence, looked
    /// for first on the side where the language puts its verbs (`verb-side` in `time-settings.tsv`),
    /// then on the other.
    ///
    /// A `deadline` word right before the expression ("until Tuesday", "by Feb. 1", "effective June 1")
    /// points ahead, unless the clause is in the past perfect ("they had filed their reports by Wednesday");
    /// after a verb in the past ("ordered him back by Jan. 14") or a future told from the past ("would", a
    /// `reported-future` word) it is the nearest such day, ahead or just gone.
    func tense(of tokens: Range<Int>) -> Tense {
        guard let sentenceIndex = text.sentenceIndex(ofToken: tokens.lowerBound) else { return .unmarked }
        let sentence = text.sentences[sentenceIndex].tokenRange
        func before() -> Int? {
            var index = tokens.lowerBound - 1
            while index >= sentence.lowerBound {
                if tenseMarks[index] != nil { return index }
                index -= 1
            }
            return nil
        }
        func after() -> Int? {
            var index = tokens.upperBound
            while index < sentence.upperBound {
                if tenseMarks[index] != nil { return index }
                index += 1
            }
            return nil
        }
        // "the Aug. 7 blasts": a date between a determiner and its noun names a known event, one that has
        // happened (or is near: see `near-future-days`); the clause's verb tells nothing of it.
        if tokens.lowerBound > sentence.lowerBound, tokens.upperBound < sentence.upperBound,
           words[tokens.lowerBound - 1].contains(where: { $0.length == 1 && $0.word.kind == .determiner }),
           self.tokens[tokens.upperBound].kind == .word, word(at: tokens.upperBound, .of) == nil {
            return .past
        }
        // "Monday's ruling", "October's vote": a date in the possessive names an event the news reports,
        // one that has happened (or is near: see `near-future-days`).
        if tokens.upperBound < sentence.upperBound, word(at: tokens.upperBound, .possessive) != nil { return .past }
        // Not before a possessive: "stood by Monday's decision".
        let deadline = tokens.lowerBound > sentence.lowerBound && word(at: tokens.lowerBound - 1, .deadline) != nil
            && word(at: tokens.upperBound, .possessive) == nil
        guard let found = lexicon.settings.verbsAfter ? after() ?? before() : before() ?? after(),
              let mark = tenseMarks[found] else {
            return deadline ? .future : .unmarked
        }
        if deadline {
            // The clause's verb in the past perfect: "had" itself or one or two words before the mark; before
            // the expression, with no comma between ("The sale, which had been expected, is due by May").
            let pluperfect = (max(sentence.lowerBound, found - 2)...found).contains { word(at: $0, .pluperfect) != nil }
                && (found > tokens.lowerBound || !(found..<tokens.lowerBound).contains { isPunctuation($0, [","]) })
            // A limit set in a past clause may be just gone ("ordered him back by Jan. 14" on Jan. 15): the nearest.
            // So may one set in reported speech ("said they would act by Jan. 14"): a future seen from the past.
            let reported = word(at: found, .reportedFuture) != nil
            return pluperfect ? .past : mark == .past || reported ? .nearest : .future
        }
        return mark
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
              case .found(let second)? = scanPoint(at: middle + joiner.length), isPoint(second.mention),
              isWeekday(first.mention) == isWeekday(second.mention) else { return nil }
        // "between May and July 2009": the first point borrows the second's year.
        if case .date(let calendar, nil, let month?, let day) = first.mention,
           case .date(let otherCalendar, let year?, _?, _) = second.mention, calendar == otherCalendar {
            first.mention = .date(calendar: calendar, year: year, month: month, day: day)
        }
        return .found(Found(tokens: index..<second.tokens.upperBound, mention: second.mention, mod: nil,
                            begin: first.mention, end: second.mention, beginMod: first.mod, endMod: second.mod,
                            beginTokens: first.tokens, endTokens: second.tokens))
    }

    /// A weekday makes a range only with another ("from Monday to Friday"): "a revision Friday to December's
    /// figures" is two dates.
    private func isWeekday(_ mention: TimeMention) -> Bool {
        if case .weekday = mention { return true }
        return false
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
        if let week = scanWeekHolding(at: index) { return week }
        // "early May", "mid-1994", "اوایل اردیبهشت".
        let plain = scanPlain(at: index)
        if let mod = word(at: index, .mod) {
            var inner = index + mod.length
            if inner < tokens.count, isHyphen(inner), touches(inner - 1) {
                inner += 1
            }
            // A listed phrase that starts with the mod word and reads as far wins ("آخر هفته گذشته" is a weekend).
            // "حدود ساعت ۱۰ شب": a mod listed with `clock` takes in a time of day too.
            if case .found(var item)? = scanPlain(at: inner),
               allowsMod(item.mention) || mod.word.withClock && (item.clock != nil || Self.isClock(item.mention)) {
                if case .found(let whole)? = plain, whole.tokens.upperBound >= item.tokens.upperBound {
                    return .found(withClockAfter(withPartOfDayAfter(withClockAfter(whole))))
                }
                item.tokens = index..<item.tokens.upperBound
                item.mod = mod.word.mod
                return .found(item)
            }
        }
        if case .found(let item)? = plain {
            return .found(withWeekAfter(withClockAfter(withPartOfDayAfter(withClockAfter(withRelativeWeekAfter(item))))))
        }
        return plain
    }

    private static func isClock(_ mention: TimeMention) -> Bool {
        if case .clock = mention { return true }
        return false
    }

    private func allowsMod(_ mention: TimeMention) -> Bool {
        switch mention {
        case .date(_, _, let month, let day): day == nil || month == nil
        case .decade, .century, .season, .relative, .relativeSeason, .seasonOfTense, .quarter, .quarterOfYear, .half, .halfOfYear: true
        default: false
        }
    }

    /// The scanners, in the order that breaks ties: on equal length the earlier wins.
    enum Scanner: CaseIterable {
        case numericDate, weekday, dayFirst, monthFirst, season, quarter, half, decade, century
        case set, relativeUnit, duration, words, year, clock, partOfDay, anniversary, weekend, namedDay, dayOfMonth, partOfDayLead

        /// The scanners that read a whole date after a weekday ("Tuesday, May 5, 2009").
        static let dates: [Scanner] = [.dayFirst, .monthFirst, .numericDate]
        /// The scanners that read a day a time of day can belong to ("10 a.m. on Tuesday").
        static let days: [Scanner] = [.weekday, .dayFirst, .monthFirst, .numericDate, .words, .namedDay]
    }

    func run(_ scanner: Scanner, at index: Int) -> Outcome? {
        switch scanner {
        case .numericDate: scanNumericDate(at: index)
        case .weekday: scanWeekday(at: index)
        case .dayFirst: scanDayFirst(at: index)
        case .monthFirst: scanMonthFirst(at: index)
        case .season: scanSeason(at: index)
        case .quarter: scanQuarter(at: index)
        case .half: scanHalf(at: index)
        case .decade: scanDecade(at: index)
        case .century: scanCentury(at: index)
        case .set: scanSet(at: index)
        case .relativeUnit: scanRelativeUnit(at: index)
        case .duration: scanDuration(at: index)
        case .words: scanWords(at: index)
        case .year: scanYear(at: index)
        case .clock: scanClock(at: index)
        case .partOfDay: scanPartOfDay(at: index)
        case .anniversary: scanAnniversary(at: index)
        case .weekend: scanWeekend(at: index)
        case .namedDay: scanNamedDay(at: index)
        case .dayOfMonth: scanDayOfMonth(at: index)
        case .partOfDayLead: scanPartOfDayLead(at: index)
        }
    }

    /// The longest expression any scanner reads at `index`; on a tie, the scanner listed first wins.
    private func scanPlain(at index: Int) -> Outcome? {
        var best: Outcome?
        var bestEnd = index
        for scanner in Scanner.allCases {
            guard let outcome = run(scanner, at: index) else { continue }
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
        return best
    }
}
