/// Finds dates, durations, sets and references to "now" in Persian and English text
/// and gives each a TIMEX3 value with its exact Gregorian interval.
///
/// The words and settings of each language live in `Resources/<language>/time-*.tsv`
/// (month and weekday names in every calendar, era words, units, shift words,
/// number words…); the scanners that combine them are shared. Adding a language
/// means adding its files and a corpus test.
///
/// ```swift
/// let tagger = try TemporalTagger()
/// let found = tagger.tag("روز سه شنبه ۱۵ اردیبهشت ۱۳۸۸", language: .persian, reference: nil)
/// found[0].value.timex  // "2009-05-05"
/// ```
///
/// Relative expressions are resolved against `reference`, the publication date;
/// the tagger never looks at the clock. The conventions:
/// - A bare weekday, a day and month, or a month alone is the most recent one on or
///   before the reference date; when the sentence has a future marker ("will",
///   "خواهد", listed as `future` in `time-words.tsv`) it is the next one on or after
///   it. "last Tuesday" / "سه شنبه گذشته" is strictly before, "next Friday" strictly after.
/// - Without a reference nothing relative becomes a day: weekdays are `XXXX-WXX-d`
///   (Monday = 1), "yesterday"/"last week"/"two years ago" `PAST_REF`, "today"/"this year"
///   `PRESENT_REF`, "tomorrow"/"next month" `FUTURE_REF`, all without an interval and
///   with `anchoredToReference == false`.
/// - "now", "در حال حاضر", "کنونی" are always `PRESENT_REF`, granularity `none`, no interval.
/// - Durations ("for 15 years", "طی ۱۵ سال گذشته") are `DURATION` values such as `P15Y`,
///   never with an interval; "several years" is `PXY`.
/// - A date in another calendar keeps its exact Gregorian interval, and its TIMEX3 value
///   names the Gregorian year/month holding the interval's middle ("۱۳۷۳" → `1994`,
///   1994-03-21…1995-03-20).
/// - A range ("from 1992 to 1994") is one expression of type `DURATION` (`P2Y`) with
///   `beginPoint` and `endPoint`, and an interval from the first day of the first point
///   to the last day of the second, so that an event can take it as its start and end.
///   TimeML annotates it as its two points instead, each a `DATE` of its own
///   (``TemporalExpression/timeMLExpressions``).
/// - "the previous Friday", "the Friday before", "the following Monday" count from the day the story has
///   reached: the last single day the text named before them; with none, from the reference.
/// - "the quarter" is the quarter the text is about, the first it named ("third-quarter profit … sales in the
///   quarter"), else the latest; "the 1988 quarter", "the 1988 period" that quarter of 1988, else the year.
/// - A weekday before a day and month without a year ("Wed., Oct. 7") picks, of the three years around the
///   reference's, the one in which they agree; with none, the tense decides as without it.
/// - A half of a year ("the first half of 2014", "H1 2015") is `2014-H1`, January to June, with granularity
///   `quarter`, the unit its bounds fall on.
/// - "mid-1994", "اوایل اردیبهشت" keep the whole interval and set `mod` (START, MID, END, APPROX).
/// - Impossible dates ("31 February", "۳۰ اسفند ۱۳۸۸") yield nothing, not even their year.
/// - A part of a named day ("Tuesday morning", "سه شنبه شب") keeps type `DATE` with the part in
///   its value (`2009-05-05TMO`), as TimeBank annotates it; a part of a day said relatively
///   ("this morning", "last night", "فردا شب") is a `TIME`.
/// - A time of day with its day ("10 a.m. on Tuesday", "ساعت ۱۰ صبح روز سه شنبه") is type `TIME`,
///   `2009-05-05T10:00`, with the day's interval; alone ("at 10:30") it is `XXXX-XX-XXT10:30`, no interval.
/// - "the nineties" / "دهه نود" are decades; "a decade ago" / "یک دهه پیش" is the year ten years
///   before the reference's (granularity `year`, in the language's default calendar), like "ten years ago".
/// - Anniversaries ("the 15th anniversary", "پانزدهمین سالگرد", "پانزدهمین سال برقراری روابط")
///   get the year N years after a year written nearby (see `inferAnniversaries`), with
///   ``TemporalExpression/isInferred`` set: the text never says that year, so an extractor must
///   not take it as an event's explicit date. With no year to count from they yield nothing.
public struct TemporalTagger: Sendable {
    private let analyzer: TextAnalyzer
    private let lexicons: [Language: TimeLexicon]

    /// Loads and checks every `time-*.tsv` file; a malformed row throws a
    /// ``ResourceError`` naming its file and line.
    public init(resources: ResourceLibrary = .embedded) throws {
        analyzer = try TextAnalyzer(resources: resources)
        var lexicons: [Language: TimeLexicon] = [:]
        for language in resources.languages {
            lexicons[language] = try TimeLexicon(language: language, resources: resources)
        }
        self.lexicons = lexicons
    }

    /// The temporal expressions of `text`, sorted and not overlapping.
    public func tag(_ text: AnalyzedText, reference: DayDate?) -> [TemporalExpression] {
        guard let lexicon = lexicons[text.language] else { return [] }
        let parser = TimeParser(text: text, lexicon: lexicon)
        let resolver = TemporalResolver(reference: reference, defaultCalendar: lexicon.settings.defaultCalendar,
                                        nearFutureDays: lexicon.settings.nearFutureDays, weekend: lexicon.settings.weekend,
                                        lastMonthNameSkips: lexicon.settings.lastMonthNameSkips)
        var expressions: [TemporalExpression] = []
        var anniversaries: [(tokens: Range<Int>, ordinal: Int)] = []
        var comparisons: [Int] = []
        for found in parser.parse() {
            if case .anniversary(let ordinal) = found.mention {
                anniversaries.append((found.tokens, ordinal))
                continue
            }
            if case .anaphor(let unit, let shift) = found.mention {
                if let value = resolveAnaphor(unit, shift: shift, after: expressions, resolver: resolver) {
                    expressions.append(TemporalExpression(tokenRange: found.tokens, range: text.originalRange(ofTokens: found.tokens),
                                                          text: text.originalText(ofTokens: found.tokens), value: value,
                                                          anchoredToReference: true))
                }
                continue
            }
            let tense = parser.tense(of: found.tokens)
            var value: TimeValue
            var anchored: Bool
            var begin: TimeValue?
            var end: TimeValue?
            var points: [TemporalExpression] = []
            if let first = found.begin, let last = found.end {
                guard let resolvedBegin = resolver.resolve(first, mod: found.beginMod, tense: tense),
                      var resolvedEnd = resolver.resolve(last, mod: found.endMod, tense: tense) else { continue }
                // "from Monday to Friday": the second weekday is the first such day on or after the first.
                if case .weekday(let weekday, nil) = last, case .weekday = first, let day = resolvedBegin.value.start,
                   let after = TemporalResolver(reference: day, defaultCalendar: resolver.defaultCalendar)
                    .resolve(.weekday(weekday, direction: nil), mod: found.endMod, tense: .future) {
                    resolvedEnd = after
                }
                guard let range = TemporalResolver.rangeValue(from: resolvedBegin.value, to: resolvedEnd.value) else { continue }
                value = range
                anchored = resolvedBegin.anchored || resolvedEnd.anchored
                begin = resolvedBegin.value
                end = resolvedEnd.value
                for (tokens, point) in [(found.beginTokens, resolvedBegin), (found.endTokens, resolvedEnd)] {
                    guard let tokens else { continue }
                    points.append(TemporalExpression(tokenRange: tokens, range: text.originalRange(ofTokens: tokens),
                                                     text: text.originalText(ofTokens: tokens), value: point.value,
                                                     anchoredToReference: point.anchored))
                }
            } else {
                guard var resolved = resolver.resolve(found.mention, mod: found.mod, tense: tense) else { continue }
                if found.fromStory, let counted = countFromStory(found, after: expressions, comparisons: Set(comparisons), resolver: resolver) {
                    resolved = (counted, true)
                }
                value = resolved.value
                anchored = resolved.anchored
                // "دوشنبه هفته آینده": the weekday of the week named, the week starting the day after the weekend.
                if let weekShift = found.weekShift, case .weekday(let weekday, _) = found.mention, let reference {
                    let day = Self.weekday(weekday, weeksFrom: reference, shift: weekShift, weekend: lexicon.settings.weekend)
                    if let dated = resolver.resolve(.date(calendar: .gregorian, year: day.year, month: day.month, day: day.day))?.value {
                        value = dated
                    }
                }
                // Before its time or part of day is written on: "شب جمعه" is the night of the day before Friday.
                if found.dayShift != 0, value.type == .date, value.granularity == .day, let day = value.start,
                   !value.timex.contains("T") {
                    let shifted = CalendarConverter.adding(days: found.dayShift, to: day)
                    if let beside = resolver.resolve(.date(calendar: .gregorian, year: shifted.year, month: shifted.month, day: shifted.day))?.value {
                        value = beside
                    }
                }
                if let clock = found.clock, value.type == .date, value.granularity == .day {
                    value.timex += "T" + clock.timex
                    value.type = .time
                } else if let part = found.partOfDay, value.type == .date, value.granularity == .day {
                    // TimeBank types a named day with its part ("Friday night") mostly as a DATE,
                    // a part of today or yesterday ("this morning", "last night") as a TIME.
                    value.timex += "T" + part.rawValue
                    if case .relativeDay = found.mention { value.type = .time }
                }
                if value.type == .time { value.timeZone = found.zone }
                // "Wed., Oct. 7": the year of the three around the reference's in which Oct. 7 is a Wednesday, if any.
                if let weekday = found.weekday, case .date(let calendar, nil, let month?, let day?) = found.mention, let reference,
                   let start = value.start, CalendarConverter.isoWeekday(of: start) != weekday,
                   case let now = CalendarConverter.components(of: reference, in: calendar).year,
                   let year = (now - 1...now + 1).first(where: { year in
                       CalendarConverter.gregorian(year: year, month: month, day: day, in: calendar).map { CalendarConverter.isoWeekday(of: $0) == weekday } ?? false
                   }), let date = CalendarConverter.gregorian(year: year, month: month, day: day, in: calendar) {
                    value = resolver.dayValue(date, calendar: calendar)
                }
                if found.weekHolding, value.type == .date, value.granularity == .day, let day = value.start,
                   let week = TemporalResolver(reference: day, defaultCalendar: .gregorian).resolve(.relative(.week, 0))?.value {
                    value = week
                }
            }
            if found.comparesYear { comparisons.append(expressions.count) }
            expressions.append(TemporalExpression(
                tokenRange: found.tokens,
                range: text.originalRange(ofTokens: found.tokens),
                text: text.originalText(ofTokens: found.tokens),
                value: value,
                anchoredToReference: anchored,
                beginPoint: begin,
                endPoint: end,
                rangePoints: points
            ))
        }
        if !comparisons.isEmpty { compareWithQuarters(&expressions, comparisons: Set(comparisons), resolver: resolver) }
        anchorClockTimes(&expressions, in: text, reference: reference)
        guard !anniversaries.isEmpty else { return expressions }
        let inferred = inferAnniversaries(anniversaries, among: expressions, in: text, reference: reference, resolver: resolver)
        return (expressions + inferred).sorted { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
    }

    /// The ISO `weekday` of the week `shift` weeks from the reference's, a week beginning the day after the
    /// language's weekend (Saturday in Iran, Monday elsewhere).
    static func weekday(_ weekday: Int, weeksFrom reference: DayDate, shift: Int, weekend: ClosedRange<Int>) -> DayDate {
        let first = weekend.upperBound % 7 + 1
        let sinceStart = (CalendarConverter.isoWeekday(of: reference) - first + 7) % 7
        return CalendarConverter.adding(days: -sinceStart + 7 * shift + (weekday - first + 7) % 7, to: reference)
    }

    /// Gives each anniversary ("the 15th anniversary", "پانزدهمین سال برقراری") the year N years after
    /// the year it counts from, marked ``TemporalExpression/isInferred``; an anniversary with no such
    /// year stays out. The year counted from is the nearest explicit date of the same sentence that began
    /// before the reference (not "the 2000 Games" in a story of 1998); failing
    /// that, with a reference date, an explicit date of the document N years before the reference's year
    /// (the anniversary is being marked when the article appears). "The Nth year of" counts like "the Nth
    /// anniversary", as news uses it.
    private func inferAnniversaries(_ anniversaries: [(tokens: Range<Int>, ordinal: Int)], among expressions: [TemporalExpression],
                                    in text: AnalyzedText, reference: DayDate?, resolver: TemporalResolver) -> [TemporalExpression] {
        // In text order, as `expressions` is.
        // What is being marked has happened: a year still to come is not counted from.
        let explicit = expressions.filter {
            guard let start = $0.value.start else { return false }
            return !$0.isInferred && !$0.anchoredToReference && $0.value.type == .date && $0.beginPoint == nil
                && [.day, .month, .year].contains($0.value.granularity) && reference.map { start <= $0 } ?? true
        }
        var bySentence: [Int: [TemporalExpression]] = [:]
        for expression in explicit {
            guard let sentence = text.sentenceIndex(ofToken: expression.tokenRange.lowerBound) else { continue }
            bySentence[sentence, default: []].append(expression)
        }
        var byOrdinal: [Int: [TemporalExpression]] = [:]
        func anniversaryYear(after expression: TemporalExpression, _ ordinal: Int) -> TimeValue? {
            guard let start = expression.value.start else { return nil }
            let calendar = expression.value.calendar
            let first = CalendarConverter.components(of: start, in: calendar).year
            return resolver.resolve(.date(calendar: calendar, year: first + ordinal, month: nil, day: nil))?.value
        }
        var inferred: [TemporalExpression] = []
        for anniversary in anniversaries {
            func year(after expression: TemporalExpression) -> TimeValue? { anniversaryYear(after: expression, anniversary.ordinal) }
            var anchor: TemporalExpression?
            if let sentence = text.sentenceIndex(ofToken: anniversary.tokens.lowerBound), let candidates = bySentence[sentence] {
                anchor = Self.nearest(in: candidates, to: anniversary.tokens)
            }
            var anchored = false
            if anchor == nil, let reference {
                if byOrdinal[anniversary.ordinal] == nil {
                    byOrdinal[anniversary.ordinal] = explicit.filter {
                        guard let value = year(after: $0), let start = value.start, let end = value.end else { return false }
                        return (start.year...end.year).contains(reference.year)
                    }
                }
                anchor = Self.nearest(in: byOrdinal[anniversary.ordinal] ?? [], to: anniversary.tokens)
                anchored = true
            }
            guard let anchor, let value = year(after: anchor) else { continue }
            inferred.append(TemporalExpression(
                tokenRange: anniversary.tokens,
                range: text.originalRange(ofTokens: anniversary.tokens),
                text: text.originalText(ofTokens: anniversary.tokens),
                value: value,
                anchoredToReference: anchored,
                isInferred: true
            ))
        }
        return inferred
    }

    /// The expression of `sorted` (in text order, not overlapping) nearest to `tokens`.
    static func nearest(in sorted: [TemporalExpression], to tokens: Range<Int>) -> TemporalExpression? {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].tokenRange.lowerBound < tokens.lowerBound { low = middle + 1 } else { high = middle }
        }
        func distance(_ expression: TemporalExpression) -> Int {
            expression.tokenRange.lowerBound >= tokens.upperBound ? expression.tokenRange.lowerBound - tokens.upperBound
                : max(0, tokens.lowerBound - expression.tokenRange.upperBound)
        }
        let before = low > 0 ? sorted[low - 1] : nil
        let after = low < sorted.count ? sorted[low] : nil
        guard let before else { return after }
        guard let after else { return before }
        return distance(after) < distance(before) ? after : before
    }


    /// Analyses `text` (detecting the language when `language` is nil) and tags it.
    public func tag(_ text: String, language: Language?, reference: DayDate?) -> [TemporalExpression] {
        tag(analyzer.analyze(text, language: language), reference: reference)
    }
}
