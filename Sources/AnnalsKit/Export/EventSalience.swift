import Foundation

/// How much one happening matters on a timeline: the evidence that it was
/// news, and the score that ranks it against others.
///
/// Each part is kept so that a ranking can be explained:
/// ```swift
/// let salience = EventSalience(articles: 12, references: 20, sources: 3, reportingDays: 4, granularity: .day,
///                              quadClass: 4, goldstein: -10, prominence: 3.5)
/// salience.score   // grows with every part; a statement scores below a war on the same evidence
/// ```
/// The score is the product of four factors, each a plain function of one part:
/// - coverage: `log2(1 + articles) + 4 log2(1 + references)` (articles reporting it, and articles
///   naming its day at all, which catch what extraction missed and weigh most: a day that many
///   articles name is a day people remember, while the events extracted for a day mostly follow how
///   much was published on it) plus half of `log2(sources)` (an outlet repeating itself adds less
///   than a new one) and of `log2(reportingDays)` (still reported days later);
/// - precision: 1 for a day, less for a week, month, season, year and above;
/// - type: material acts (QuadClass 2 and 4) over verbal ones (1 and 3), and strong acts
///   (|Goldstein| near 10: a war, an agreement) over mild ones (a statement, near 0);
/// - prominence: how far the day stands out from the days around it (its reports against the
///   mean of its neighbours; 1 when it is ordinary). Its weight is small: in dense coverage of a
///   war the key days sit among busy days, so standing out only breaks near-ties.
public struct EventSalience: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Distinct articles that report the happening.
    public var articles: Int
    /// Articles whose text names the day at all (see ``DateReferences``); 0 when not counted.
    public var references: Int
    /// Distinct sources among them: input files (the lines of one JSON Lines file are one source).
    public var sources: Int
    /// Distinct publication days among its reports.
    public var reportingDays: Int
    /// How precisely it is dated.
    public var granularity: Granularity
    /// The CAMEO quad class (1 verbal cooperation … 4 material conflict), when known.
    public var quadClass: Int?
    /// The Goldstein value (−10 … +10), when known.
    public var goldstein: Double?
    /// The day's reports against the mean of the days around it: 1 when ordinary, more when it stands out.
    public var prominence: Double

    public init(articles: Int, references: Int = 0, sources: Int, reportingDays: Int, granularity: Granularity,
                quadClass: Int?, goldstein: Double?, prominence: Double) {
        self.articles = articles
        self.references = references
        self.sources = sources
        self.reportingDays = reportingDays
        self.granularity = granularity
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.prominence = prominence
    }

    /// The evidence that the happening was news.
    public var coverage: Double {
        log2(1 + Double(max(0, articles))) + 4 * log2(1 + Double(max(0, references)))
            + 0.5 * log2(Double(max(1, sources)))
            + 0.5 * log2(Double(max(1, reportingDays)))
    }

    /// 1 for a day; less the coarser the date (a key date is a day).
    public var precisionWeight: Double {
        switch granularity {
        case .day: 1
        case .week: 0.5
        case .month: 0.35
        case .season, .quarter: 0.25
        case .year: 0.2
        case .decade, .century: 0.1
        case .none: 0.05
        }
    }

    /// Material over verbal acts, strong over mild: between 0.6 and 1.3.
    public var typeWeight: Double {
        let material: Double = switch quadClass {
        case 2, 4: 1.1
        case 1, 3: 0.9
        default: 0.8
        }
        let strength = min(1, abs(goldstein ?? 0) / 10)
        return material * (0.7 + 0.5 * strength)
    }

    /// 1 when the day is ordinary, growing slowly with how far it stands out.
    public var prominenceWeight: Double {
        1 + 0.1 * log2(max(1, prominence))
    }

    /// The ranking score: coverage × precision × type × prominence.
    public var score: Double {
        coverage * precisionWeight * typeWeight * prominenceWeight
    }

    public static func < (lhs: EventSalience, rhs: EventSalience) -> Bool {
        lhs.score < rhs.score
    }

    public var description: String {
        "score \(score): \(articles) articles, \(references) references, \(sources) sources, \(reportingDays) days, \(granularity.rawValue), "
            + "quad \(quadClass.map(String.init) ?? "-"), goldstein \(goldstein.map { String($0) } ?? "-"), "
            + "prominence \(prominence)"
    }
}
