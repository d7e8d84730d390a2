import Testing
@testable import AnnalsKit

@Suite struct EventSalienceTests {
    static func salience(articles: Int = 4, references: Int = 0, sources: Int = 1, days: Int = 1, granularity: Granularity = .day,
                         quad: Int? = 4, goldstein: Double? = -10, prominence: Double = 1) -> EventSalience {
        EventSalience(articles: articles, references: references, sources: sources, reportingDays: days, granularity: granularity,
                      quadClass: quad, goldstein: goldstein, prominence: prominence)
    }

    /// Pairs where the first must outrank the second: one part differs, the rest is equal.
    static let orderings: [(String, EventSalience, EventSalience)] = [
        ("more articles", salience(articles: 8), salience(articles: 3)),
        ("named in more articles", salience(references: 9), salience(references: 2)),
        ("more sources", salience(sources: 3), salience(sources: 1)),
        ("reported on more days", salience(days: 4), salience(days: 1)),
        ("a day over a month", salience(granularity: .day), salience(granularity: .month)),
        ("a month over a year", salience(granularity: .month), salience(granularity: .year)),
        ("a year over a century", salience(granularity: .year), salience(granularity: .century)),
        ("a war over a statement", salience(quad: 4, goldstein: -10), salience(quad: 1, goldstein: 0)),
        ("an agreement over a statement", salience(quad: 1, goldstein: 8), salience(quad: 1, goldstein: 0)),
        ("material over verbal conflict", salience(quad: 4, goldstein: -5), salience(quad: 3, goldstein: -5)),
        ("a known type over an unknown one", salience(quad: 1, goldstein: 1), salience(quad: nil, goldstein: nil)),
        ("a day that stands out", salience(prominence: 4), salience(prominence: 1)),
    ]

    @Test(arguments: orderings)
    func ranks(_ name: String, _ higher: EventSalience, _ lower: EventSalience) {
        #expect(higher > lower, "\(name): \(higher) should outrank \(lower)")
        #expect(higher.score > lower.score)
    }

    /// Evidence outweighs type: a statement in many articles beats a war in one.
    @Test func coverageOutweighsType() {
        #expect(Self.salience(articles: 20, quad: 1, goldstein: 0) > Self.salience(articles: 1, quad: 4, goldstein: -10))
    }

    /// The articles that name a day weigh more than the events extracted on it: a day that many
    /// articles name is remembered, while extracted events mostly follow how much was published that day.
    @Test(arguments: [(6, 2, 3, 12), (10, 1, 4, 30), (3, 0, 1, 4)])
    func namingADayOutweighsReportingOnIt(_ references: Int, _ articles: Int, _ busyReferences: Int, _ busyArticles: Int) {
        let named = Self.salience(articles: articles, references: references)
        let busy = Self.salience(articles: busyArticles, references: busyReferences)
        #expect(named > busy, "\(named) should outrank \(busy)")
    }

    @Test(arguments: [
        (1.0, 1.0), (0.5, 1.0), (0.0, 1.0), (4.0, 1.2), (16.0, 1.4),
    ])
    func prominenceGrowsSlowlyAndNeverPenalises(_ prominence: Double, _ weight: Double) {
        #expect(abs(Self.salience(prominence: prominence).prominenceWeight - weight) < 1e-9)
    }

    @Test func noEvidenceScoresLittleButNeverNegative() {
        let nothing = Self.salience(articles: 0, sources: 0, days: 0, quad: nil, goldstein: nil)
        #expect(nothing.score >= 0)
        #expect(nothing < Self.salience(articles: 1, quad: nil, goldstein: nil))
    }
}
