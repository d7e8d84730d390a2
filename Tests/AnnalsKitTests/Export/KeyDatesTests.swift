import Testing
@testable import AnnalsKit

@Suite struct KeyDatesTests {
    static func event(_ id: Int64, _ day: String, end: String? = nil, granularity: Granularity = .day, cameo: String = "190",
                      quad: Int = 4, goldstein: Double = -10, documents: [Int64], summary: String? = nil) -> TimelineEvent {
        let start = ExportFixture.day(day)
        return TimelineEvent(
            id: id,
            date: .init(value: day, start: start, end: end.map(ExportFixture.day) ?? start, granularity: granularity, calendar: .gregorian),
            type: .init(cameo: cameo, label: nil, root: String(cameo.prefix(2)), rootLabel: nil, quadClass: quad, goldstein: goldstein),
            actors: ExportFixture.actors, location: nil, summary: summary ?? "event \(id)", polarity: .positive, modality: .asserted,
            mentions: documents.map { ExportFixture.mention("sentence \(id).\($0)", document: "d\($0).txt", id: $0, published: day) })
    }

    @Test func returnsTheMostReportedDaysInDateOrder() {
        let events = [
            Self.event(1, "2011-03-19", documents: [1, 2, 3, 4, 5]),
            Self.event(2, "2011-02-01", documents: [6]),
            Self.event(3, "2011-01-10", documents: [7, 8, 9]),
            Self.event(4, "2011-04-02", documents: [10, 11]),
        ]
        let top = KeyDates(events).top(2).map(\.event.id)
        #expect(top == [3, 1])
    }

    @Test func collapsesOneDaysReportsIntoOneEntryWithTheBestSummary() {
        let events = [
            Self.event(1, "2011-03-19", documents: [1], summary: "one report"),
            Self.event(2, "2011-03-19", documents: [2, 3, 4], summary: "the best-reported"),
            Self.event(3, "2011-03-19", cameo: "195", documents: [5], summary: "another of the kind"),
            Self.event(4, "2011-03-19", cameo: "040", quad: 1, goldstein: 1, documents: [6], summary: "a consultation"),
            Self.event(5, "2011-03-25", documents: [7]),
        ]
        let keyDates = KeyDates(events)
        #expect(keyDates.entries.count == 2)
        let first = keyDates.top(1)
        #expect(first.count == 1)
        #expect(first[0].event.summary == "the best-reported")
        // Sentences of the same kind that day join it; the consultation's do not.
        #expect(Set(first[0].event.mentions.map(\.documentId)) == [1, 2, 3, 4, 5])
        // The day's salience counts every article about it.
        #expect(first[0].salience.articles == 6)
    }

    @Test func prefersAPreciseDayToAWholeMonthOnTheSameEvidence() {
        let events = [
            Self.event(1, "2011-03", end: "2011-03-31", granularity: .month, documents: [1, 2, 3]),
            Self.event(2, "2011-05-02", documents: [4, 5, 6]),
        ]
        #expect(KeyDates(events).top(1).map(\.event.id) == [2])
    }

    @Test func prefersADayThatStandsOutFromItsNeighbours() {
        // Both days have three articles; around the second, every day has three too.
        var events = [Self.event(1, "2011-01-10", documents: [1, 2, 3]), Self.event(2, "2011-06-10", documents: [4, 5, 6])]
        for (offset, day) in ["2011-06-08", "2011-06-09", "2011-06-11", "2011-06-12"].enumerated() {
            let base = Int64(10 + offset * 3)
            events.append(Self.event(base, day, cameo: "040", quad: 1, goldstein: 0, documents: [base, base + 1, base + 2]))
        }
        let entries = KeyDates(events).entries
        let quiet = entries.first { $0.event.id == 1 }
        let busy = entries.first { $0.event.id == 2 }
        #expect((quiet?.salience.prominence ?? 0) > (busy?.salience.prominence ?? 0))
        #expect(KeyDates(events).top(1).map(\.event.id) == [1])
    }

    @Test func weighsTheArticlesThatNameADay() {
        let events = [Self.event(1, "2011-03-19", documents: [1, 2]), Self.event(2, "2011-04-02", documents: [3, 4])]
        let references = DateReferences(counts: [ExportFixture.day("2011-04-02"): 6, ExportFixture.day("2011-05-01"): 9])
        let keyDates = KeyDates(events, references: references)
        #expect(keyDates.top(1).map(\.event.id) == [2])
        #expect(keyDates.entries.map(\.salience.references) == [0, 6])
        // A day named in articles but without an event is no entry.
        #expect(keyDates.entries.count == 2)
    }

    @Test func countsEachArticleOncePerDayItNames() throws {
        let tagger = try TemporalTagger()
        let article = { (text: String, id: Int64) in
            StoredDocument(id: id, article: Article(text: text, title: nil, published: ExportFixture.day("2011-03-21"), source: nil,
                                                    url: nil, language: .english, origin: "a\(id).txt"))
        }
        let references = DateReferences([
            article("Jets struck on Saturday. On Saturday night, the strikes went on. Talks are planned for 2012.", 1),
            article("The resolution passed on 17 March 2011, two days before the strikes of March 19.", 2),
            article("Nothing was dated here.", 3),
        ], tagger: tagger)
        #expect(references.articles(referringTo: ExportFixture.day("2011-03-19")) == 2)
        #expect(references.articles(referringTo: ExportFixture.day("2011-03-17")) == 1)
        #expect(references.counts.keys.allSatisfy { $0.year == 2011 })
    }

    @Test func leavesUndatedEventsOutAndCopesWithAskingForMore() {
        let events = ExportFixture.events
        let keyDates = KeyDates(events)
        #expect(keyDates.entries.count == 3)
        #expect(keyDates.top(10).map(\.event.id) == [3, 1, 2])
        #expect(keyDates.top(0).isEmpty)
        #expect(KeyDates([TimelineEvent]()).top(5).isEmpty)
    }

    @Test(arguments: [("feed.jsonl:12", "feed.jsonl"), ("a/001.txt", "a/001.txt"), ("odd:", "odd:"), ("x:1a", "x:1a")])
    func countsTheLinesOfOneFileAsOneSource(_ document: String, _ source: String) {
        #expect(KeyDates.sourceName(document) == source)
    }
}
