/// A date, duration, set or reference to "now" found in a text, with its meaning.
///
/// ```swift
/// let tagger = try TemporalTagger()
/// let found = tagger.tag("در سال ۱۳۷۳ شمسی", language: .persian, reference: nil)
/// found[0].value.timex   // "1994"
/// found[0].value.start   // 1994-03-21
/// ```
public struct TemporalExpression: Sendable, Hashable {
    /// The tokens of the ``AnalyzedText`` the expression covers.
    public let tokenRange: Range<Int>
    /// Where the expression is in the original text: Unicode scalar offsets, end exclusive.
    public let range: Range<Int>
    /// The original text of the expression.
    public let text: String
    /// What the expression means: TIMEX3 value, Gregorian interval, granularity, calendar and mod.
    /// For a range ("from 1992 to 1994") it spans from the begin point's first day
    /// to the end point's last day.
    public let value: TimeValue
    /// Whether the value was worked out from the reference (publication) date.
    public let anchoredToReference: Bool
    /// The first point of a range ("1992" in "from 1992 to 1994").
    public let beginPoint: TimeValue?
    /// The last point of a range ("1994" in "from 1992 to 1994").
    public let endPoint: TimeValue?
    /// Whether the value was derived rather than written (e.g. anniversary arithmetic).
    public let isInferred: Bool
    /// For a range, its two points as expressions of their own, each with its span of the text
    /// ("1992" and "1994" in "from 1992 to 1994"); empty otherwise.
    public let rangePoints: [TemporalExpression]

    public init(tokenRange: Range<Int>, range: Range<Int>, text: String, value: TimeValue,
                anchoredToReference: Bool = false, beginPoint: TimeValue? = nil, endPoint: TimeValue? = nil,
                isInferred: Bool = false, rangePoints: [TemporalExpression] = []) {
        self.tokenRange = tokenRange
        self.range = range
        self.text = text
        self.value = value
        self.anchoredToReference = anchoredToReference
        self.beginPoint = beginPoint
        self.endPoint = endPoint
        self.isInferred = isInferred
        self.rangePoints = rangePoints
    }

    /// The expression as TimeML annotates it: a range ("from 1992 to 1994", "between May and July")
    /// as its two points, each a `DATE` of its own; anything else, a duration the text states
    /// included ("two weeks from June 7"), as itself.
    public var timeMLExpressions: [TemporalExpression] {
        rangePoints.isEmpty ? [self] : rangePoints
    }
}
