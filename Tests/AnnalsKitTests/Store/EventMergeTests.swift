import Testing
@testable import AnnalsKit

/// A pair of extracted events and whether the store must keep them as one.
struct MergeCase: Sendable, CustomTestStringConvertible {
    let name: String
    let first: ExtractedEvent
    let second: ExtractedEvent
    let sameDocument: Bool
    let merges: Bool

    var testDescription: String { name }
}

@Suite struct EventMergeTests {
    static let fixture = StoreFixture.self
    static let later = StoreFixture.mention("A later sentence about the agreement.", at: 200)

    static let cases: [MergeCase] = [
        MergeCase(name: "same event in two articles", first: fixture.event(),
                  second: fixture.event(mentions: [later]), sameDocument: false, merges: true),
        MergeCase(name: "same event twice in one article", first: fixture.event(),
                  second: fixture.event(mentions: [later]), sameDocument: true, merges: true),
        MergeCase(name: "roles differ", first: fixture.event(),
                  second: fixture.event(actors: [("NATO", .source), ("AZE", .target)], mentions: [later]),
                  sameDocument: false, merges: true),
        MergeCase(name: "undated, same article", first: fixture.event(time: nil),
                  second: fixture.event(time: nil, mentions: [later]), sameDocument: true, merges: true),
        MergeCase(name: "unresolved date, same article",
                  first: fixture.event(time: TimeValue(timex: "XXXX-WXX-2", granularity: .day)),
                  second: fixture.event(time: TimeValue(timex: "XXXX-WXX-2", granularity: .day), mentions: [later]),
                  sameDocument: true, merges: true),
        MergeCase(name: "undated across articles", first: fixture.event(time: nil),
                  second: fixture.event(time: nil, mentions: [later]), sameDocument: false, merges: false),
        MergeCase(name: "unresolved date across articles",
                  first: fixture.event(time: TimeValue(timex: "XXXX-WXX-2", granularity: .day)),
                  second: fixture.event(time: TimeValue(timex: "XXXX-WXX-2", granularity: .day), mentions: [later]),
                  sameDocument: false, merges: false),
        MergeCase(name: "different day", first: fixture.event(),
                  second: fixture.event(time: fixture.onDay("2009-05-06"), mentions: [later]),
                  sameDocument: true, merges: false),
        MergeCase(name: "day and its year", first: fixture.event(),
                  second: fixture.event(time: fixture.inYear(2009), mentions: [later]), sameDocument: true, merges: false),
        MergeCase(name: "same TIMEX value, other interval (solar year)", first: fixture.event(time: fixture.inYear(1994)),
                  second: fixture.event(time: TimeValue(timex: "1994", start: fixture.day("1994-03-21"),
                                                        end: fixture.day("1995-03-20"), granularity: .year,
                                                        calendar: .solarHijri), mentions: [later]),
                  sameDocument: false, merges: false),
        MergeCase(name: "different type", first: fixture.event(),
                  second: fixture.event("043", mentions: [later]), sameDocument: true, merges: false),
        MergeCase(name: "different actors", first: fixture.event(),
                  second: fixture.event(actors: [("AZE", .source), ("RUS", .target)], mentions: [later]),
                  sameDocument: true, merges: false),
        MergeCase(name: "one more actor", first: fixture.event(),
                  second: fixture.event(actors: [("AZE", .source), ("NATO", .target), ("RUS", .other)], mentions: [later]),
                  sameDocument: true, merges: false),
        MergeCase(name: "negated", first: fixture.event(),
                  second: fixture.event(polarity: .negative, mentions: [later]), sameDocument: true, merges: false),
        MergeCase(name: "hypothetical", first: fixture.event(),
                  second: fixture.event(modality: .hypothetical, mentions: [later]), sameDocument: true, merges: false),
    ]

    @Test(arguments: cases)
    func mergesByTheRule(_ pair: MergeCase) throws {
        let store = try StoreFixture.store()
        if pair.sameDocument {
            _ = try store.ingest(StoreFixture.document("one article"), events: [pair.first, pair.second])
        } else {
            _ = try store.ingest(StoreFixture.document("one article", origin: "a.txt"), events: [pair.first])
            _ = try store.ingest(StoreFixture.document("another article", origin: "b.txt"), events: [pair.second])
        }
        let counts = try store.counts()
        #expect(counts.events == (pair.merges ? 1 : 2))
        // Every mention is kept, merged or not.
        #expect(counts.mentions == 2)
        let events = try store.timeline(TimelineQuery(actorCodes: ["AZE"], includeHypothetical: true, includeNegated: true))
        #expect(events.map(\.mentions.count).reduce(0, +) == 2)
    }

    @Test func keepsEveryMentionOnceInMentionOrder() throws {
        let store = try StoreFixture.store()
        let first = StoreFixture.mention("Azerbaijan signed the plan with NATO.", at: 0)
        let second = StoreFixture.mention("The plan was signed in Brussels.", at: 50)
        let outcome = try store.ingest(StoreFixture.document("one", published: "2009-05-07", origin: "late.txt"),
                                       events: [StoreFixture.event(mentions: [second]), StoreFixture.event(mentions: [first, second])])
        #expect(outcome == .stored(documentID: outcome.documentID, newEvents: 1, mergedEvents: 1, newMentions: 2))
        _ = try store.ingest(StoreFixture.document("two", published: "2009-05-06", origin: "early.txt"),
                             events: [StoreFixture.event(mentions: [second])])
        let events = try store.timeline(TimelineQuery(actorCodes: ["NATO"]))
        #expect(events.count == 1)
        // Earliest publication first, then by place in the document.
        #expect(events.first?.mentions.map(\.document) == ["early.txt", "late.txt", "late.txt"])
        #expect(events.first?.mentions.map(\.start) == [50, 0, 50])
    }

    @Test func fillsInWhatTheFirstReportLacked() throws {
        let store = try StoreFixture.store()
        _ = try store.ingest(StoreFixture.document("one", origin: "a.txt"), events: [StoreFixture.event()])
        let detailed = ExtractedEvent(
            cameo: "057", time: StoreFixture.onDay("2009-05-05"),
            participants: [Participant(actorCode: "AZE", role: .source, personName: "Elmar Mammadyarov"),
                           Participant(actorCode: "NATO", role: .target)],
            locationCode: "AZE", locationName: "Baku", summary: "A different summary",
            mentions: [StoreFixture.mention("Another sentence.", at: 40)])
        _ = try store.ingest(StoreFixture.document("two", origin: "b.txt"), events: [detailed])
        let event = try #require(try store.timeline(TimelineQuery(actorCodes: ["AZE"])).first)
        #expect(event.summary == "Azerbaijan signed an agreement with NATO")
        #expect(event.location == TimelineEvent.Location(code: "AZE", name: "Baku"))
        #expect(event.actors.first { $0.code == "AZE" }?.person == "Elmar Mammadyarov")
        #expect(event.actors.map(\.role) == [.source, .target])
    }
}
