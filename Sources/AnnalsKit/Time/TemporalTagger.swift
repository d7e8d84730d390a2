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
/// see ``TemporalResolver`` for the rules, including how tense picks between the
/// last and the next Tuesday. The tagger never looks at the clock.
public struct TemporalTagger: Sendable {
    private let analyzer: TextAnalyzer
    private let lexicons: [Language: TimeLexicon]

    /// Loads and checks every `time-*.tsv` file; a malformed row throws a
    /// ``ResourceError`` naming its file and line.
    public init(resources: ResourceLibrary = .embedded) throws {
        analyzer = try TextAnalyzer(resources: resources)
        var lexicons: [Language: TimeLexicon] = [:]
        for language in Language.allCases {
            lexicons[language] = try TimeLexicon(language: language, resources: resources)
        }
        self.lexicons = lexicons
    }

    /// The temporal expressions of `text`, sorted and not overlapping.
    public func tag(_ text: AnalyzedText, reference: DayDate?) -> [TemporalExpression] {
        guard let lexicon = lexicons[text.language] else { return [] }
        let parser = TimeParser(text: text, lexicon: lexicon)
        let resolver = TemporalResolver(reference: reference, defaultCalendar: lexicon.settings.defaultCalendar)
        var expressions: [TemporalExpression] = []
        for found in parser.parse() {
            let future = parser.isFuture(at: found.tokens.lowerBound)
            var value: TimeValue
            var anchored: Bool
            var begin: TimeValue?
            var end: TimeValue?
            if let first = found.begin, let last = found.end {
                guard let resolvedBegin = resolver.resolve(first, future: future),
                      let resolvedEnd = resolver.resolve(last, future: future),
                      let range = TemporalResolver.rangeValue(from: resolvedBegin.value, to: resolvedEnd.value) else { continue }
                value = range
                anchored = resolvedBegin.anchored || resolvedEnd.anchored
                begin = resolvedBegin.value
                end = resolvedEnd.value
            } else {
                guard let resolved = resolver.resolve(found.mention, mod: found.mod, future: future) else { continue }
                value = resolved.value
                anchored = resolved.anchored
            }
            expressions.append(TemporalExpression(
                tokenRange: found.tokens,
                range: text.originalRange(ofTokens: found.tokens),
                text: text.originalText(ofTokens: found.tokens),
                value: value,
                anchoredToReference: anchored,
                beginPoint: begin,
                endPoint: end
            ))
        }
        return expressions
    }

    /// Analyses `text` (detecting the language when `language` is nil) and tags it.
    public func tag(_ text: String, language: Language?, reference: DayDate?) -> [TemporalExpression] {
        tag(analyzer.analyze(text, language: language), reference: reference)
    }
}
