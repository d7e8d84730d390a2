import Testing
@testable import AnnalsKit

/// The days named by the coverage of an actor: every article that reports one of its events,
/// whatever the event's date, and no article that does not.
@Suite struct DateReferencesStoreTests {
    /// Three articles name the same day; the second reports only a later event of Azerbaijan,
    /// the third only Iran and Russia.
    static func store() throws -> AnnalsStore {
        let f = StoreFixture.self
        let store = try f.store()
        _ = try store.ingest(
            f.document("Azerbaijan and NATO signed a pact on 5 May 2009.", published: "2009-05-06", origin: "a.txt"),
            events: [f.event(time: f.onDay("2009-05-05"))])
        _ = try store.ingest(
            f.document("Months after the pact of 5 May 2009, Baku hosted NATO envoys on 1 September 2009.",
                       published: "2009-09-02", origin: "b.txt"),
            events: [f.event("043", time: f.onDay("2009-09-01"), summary: "Azerbaijan hosted NATO envoys")])
        _ = try store.ingest(
            f.document("Iran and Russia met on 5 May 2009.", published: "2009-05-06", origin: "c.txt"),
            events: [f.event("043", actors: [("IRN", .source), ("RUS", .target)], summary: "Iran met Russia")])
        return store
    }

    @Test(arguments: [
        (["AZE"], "2009-05-05", 2),        // the later article remembers the day
        (["AZE"], "2009-09-01", 1),
        (["AZE", "NATO"], "2009-05-05", 2),
        (["IRN"], "2009-05-05", 1),        // only the article about Iran
        (["IRN"], "2009-09-01", 0),
        (["RUS", "AZE"], "2009-05-05", 0), // no article reports the two together
    ])
    func countsTheArticlesOfTheActorsAtAnyDate(codes: [String], day: String, articles: Int) throws {
        let references = try DateReferences(reporting: codes, in: Self.store(), tagger: TemporalTagger())
        #expect(references.articles(referringTo: StoreFixture.day(day)) == articles)
    }

    @Test func aDayInTheRangeGainsTheReferencesOfArticlesWrittenAfterIt() throws {
        let store = try Self.store()
        let inRange = try store.timeline(TimelineQuery(actorCodes: ["AZE"], from: StoreFixture.day("2009-05-01"),
                                                       to: StoreFixture.day("2009-05-31")))
        #expect(inRange.count == 1)
        let references = try DateReferences(reporting: ["AZE"], in: store, tagger: TemporalTagger())
        let entries = KeyDates(inRange, references: references).top(1)
        #expect(entries.map(\.salience.references) == [2])
    }
}
