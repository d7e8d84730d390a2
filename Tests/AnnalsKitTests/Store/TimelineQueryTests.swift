import GRDB
import Testing
@testable import AnnalsKit

@Suite struct TimelineQueryTests {
    /// Events between NATO, Azerbaijan, Iran and Russia, ingested out of order.
    static func populatedStore() throws -> AnnalsStore {
        let store = try StoreFixture.store()
        let f = StoreFixture.self
        // As in an article, each summary is a clause of the sentence that reports the event.
        _ = try store.ingest(f.document("first", origin: "a.txt"), events: [
            f.event("057", time: f.onDay("2009-05-05"), summary: "signed in 2009",
                    mentions: [f.mention("signed in 2009: Azerbaijan signed an agreement with NATO.")]),
            f.event("043", time: f.inYear(1994), summary: "visit in 1994",
                    mentions: [f.mention("visit in 1994: Azerbaijan signed an agreement with NATO.")]),
            f.event("057", time: nil, summary: "undated signing",
                    mentions: [f.mention("undated signing: Azerbaijan signed an agreement with NATO.")]),
            f.event("112", time: f.onDay("2001-02-03"), actors: [("IRN", .source), ("AZE", .target)], summary: "Iran accused Azerbaijan",
                    mentions: [f.mention("Iran accused Azerbaijan: Azerbaijan signed an agreement with NATO.")]),
            f.event("057", time: f.onDay("2005-06-07"), modality: .hypothetical, summary: "may sign",
                    mentions: [f.mention("may sign: Azerbaijan signed an agreement with NATO.")]),
            f.event("043", time: f.onDay("2006-06-07"), polarity: .negative, summary: "did not visit",
                    mentions: [f.mention("did not visit: Azerbaijan signed an agreement with NATO.")]),
            f.event("036", time: f.onDay("1992-01-30"), actors: [("NATO", .source), ("RUS", .target)], summary: "NATO and Russia",
                    mentions: [f.mention("NATO and Russia: Azerbaijan signed an agreement with NATO.")]),
            f.event("0571", time: f.onDay("1994-05-04"), summary: "a specific agreement",
                    mentions: [f.mention("a specific agreement: Azerbaijan signed an agreement with NATO.")]),
        ])
        return store
    }

    @Test(arguments: [
        (TimelineQuery(actorCodes: ["AZE"]),
         ["visit in 1994", "a specific agreement", "Iran accused Azerbaijan", "signed in 2009", "undated signing"]),
        (TimelineQuery(actorCodes: ["NATO"]),
         ["NATO and Russia", "visit in 1994", "a specific agreement", "signed in 2009", "undated signing"]),
        (TimelineQuery(actorCodes: ["NATO", "AZE"]),
         ["visit in 1994", "a specific agreement", "signed in 2009", "undated signing"]),
        (TimelineQuery(actorCodes: ["AZE", "NATO", "AZE"]),
         ["visit in 1994", "a specific agreement", "signed in 2009", "undated signing"]),
        (TimelineQuery(actorCodes: ["IRN", "AZE"]), ["Iran accused Azerbaijan"]),
        (TimelineQuery(actorCodes: ["IRN", "NATO"]), []),
        (TimelineQuery(actorCodes: ["XYZ"]), []),
        (TimelineQuery(actorCodes: ["NATO", "AZE"], from: StoreFixture.day("1994-06-01")),
         ["visit in 1994", "signed in 2009"]),
        (TimelineQuery(actorCodes: ["NATO", "AZE"], to: StoreFixture.day("1994-05-03")), ["visit in 1994"]),
        (TimelineQuery(actorCodes: ["NATO", "AZE"], from: StoreFixture.day("1995-01-01"), to: StoreFixture.day("2009-05-05")),
         ["signed in 2009"]),
        (TimelineQuery(actorCodes: ["NATO", "AZE"], cameoPrefix: "05"),
         ["a specific agreement", "signed in 2009", "undated signing"]),
        (TimelineQuery(actorCodes: ["NATO", "AZE"], cameoPrefix: "0571"), ["a specific agreement"]),
        (TimelineQuery(actorCodes: ["NATO", "AZE"], includeHypothetical: true),
         ["visit in 1994", "a specific agreement", "may sign", "signed in 2009", "undated signing"]),
        (TimelineQuery(actorCodes: ["NATO", "AZE"], includeNegated: true),
         ["visit in 1994", "a specific agreement", "did not visit", "signed in 2009", "undated signing"]),
        (TimelineQuery(actorCodes: []),
         ["NATO and Russia", "visit in 1994", "a specific agreement", "Iran accused Azerbaijan", "signed in 2009", "undated signing"]),
    ])
    func selectsAndOrdersEvents(query: TimelineQuery, summaries: [String]) throws {
        let store = try Self.populatedStore()
        #expect(try store.timeline(query).map(\.summary) == summaries)
    }

    @Test(arguments: ["5a", "-1", "05%", "12345"])
    func refusesMalformedCameoPrefixes(prefix: String) throws {
        let store = try Self.populatedStore()
        #expect(throws: StoreError.self) {
            try store.timeline(TimelineQuery(actorCodes: ["AZE"], cameoPrefix: prefix))
        }
    }

    @Test func streamsTheSameEventsItReturns() throws {
        let store = try Self.populatedStore()
        let query = TimelineQuery(actorCodes: ["AZE"])
        var streamed: [TimelineEvent] = []
        try store.forEachTimelineEvent(query) { streamed.append($0) }
        #expect(streamed == (try store.timeline(query)))
        #expect(streamed.count == 5)
    }

    @Test func fillsTheTimelineEvent() throws {
        let store = try Self.populatedStore()
        let event = try #require(try store.timeline(TimelineQuery(actorCodes: ["NATO", "AZE"], from: StoreFixture.day("2009-01-01"))).first)
        #expect(event.date == TimelineEvent.DateInfo(value: "2009-05-05", start: StoreFixture.day("2009-05-05"),
                                                     end: StoreFixture.day("2009-05-05"), granularity: .day, calendar: .gregorian))
        #expect(event.actors == [
            TimelineEvent.ActorInfo(code: "AZE", name: "Azerbaijan", role: .source, cameo: "AZE", person: nil),
            TimelineEvent.ActorInfo(code: "NATO", name: "NATO", role: .target, cameo: "IGOWSTNAT", person: nil),
        ])
        #expect(event.location == nil)
        #expect(event.mentions.first?.document == "a.txt")
        #expect(event.mentions.first?.published == StoreFixture.day("2009-05-06"))
        #expect(event.mentions.first?.trigger == "signed")
    }

    @Test(arguments: [["AZE"], ["NATO", "AZE"], ["NATO", "AZE", "RUS"]])
    func findsAnActorsEventsThroughTheIndex(actors: [String]) throws {
        let store = try Self.populatedStore()
        let request = try TimelineRequest(TimelineQuery(actorCodes: actors, from: StoreFixture.day("1990-01-01"),
                                                          to: StoreFixture.day("2020-01-01"), cameoPrefix: "05"))
        let plan = try store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + request.sql, arguments: request.arguments)
                .map { $0["detail"] as String }
        }
        #expect(!plan.isEmpty)
        #expect(!plan.contains { $0.hasPrefix("SCAN e") || $0.hasPrefix("SCAN events") }, "full scan of events: \(plan)")
        #expect(plan.contains { $0.contains("event_participants_actor") || $0.contains("PRIMARY KEY") }, "\(plan)")
        // One actor: its index range comes first. Two or more: the pair's range of
        // event_actor_pairs comes first, every further actor is checked before the
        // event row is read.
        if actors.count == 1 {
            #expect(plan.first?.hasPrefix("SEARCH p0 USING COVERING INDEX event_participants_actor") == true, "\(plan)")
        } else {
            #expect(plan.first?.hasPrefix("SEARCH x USING PRIMARY KEY (actor_low=? AND actor_high=?)") == true, "\(plan)")
        }
        let eventRow = try #require(plan.firstIndex { $0.hasPrefix("SEARCH e ") }, "\(plan)")
        for index in 2..<max(2, actors.count) {
            let check = try #require(plan.firstIndex { $0.hasPrefix("SEARCH p\(index) ") }, "\(plan)")
            #expect(check < eventRow, "\(plan)")
        }
    }

    @Test func startsFromTheRarestActor() throws {
        let store = try Self.populatedStore()
        let counts = try ["NATO", "AZE", "RUS"].map { code in
            try store.timeline(TimelineQuery(actorCodes: [code], includeHypothetical: true, includeNegated: true)).count
        }
        let rarest = ["NATO", "AZE", "RUS"][counts.firstIndex(of: counts.min() ?? 0) ?? 0]
        let order = try store.writer.read { db in
            try TimelineRequest.rarestFirst(["NATO", "AZE", "RUS", "AZE"], in: db)
        }
        #expect(order.first == rarest)
        #expect(Set(order) == ["NATO", "AZE", "RUS"])
        #expect(order.count == 3)
    }

    @Test(arguments: [
        ("accused", ["Iran accused Azerbaijan"]),
        ("ACCUSED iran", ["Iran accused Azerbaijan"]),
        ("\"accused\" OR *", []),
        ("NEAR(accused iran)", []),
        ("it's \"quoted\" -- ; DROP TABLE events", []),
        ("   ", []),
        ("specific", ["a specific agreement"]),
        ("agreement \"specific", ["a specific agreement"]),
    ])
    func searchesWithTheUsersWordsAsLiterals(text: String, summaries: [String]) throws {
        let store = try Self.populatedStore()
        #expect(try store.search(text, limit: 10).map(\.summary) == summaries)
        #expect(try store.counts().events == 8)
    }

    @Test func searchFindsMentionSentencesAndHonoursTheLimit() throws {
        let store = try Self.populatedStore()
        // Every event's mention says "Azerbaijan signed an agreement with NATO."
        #expect(try store.search("agreement NATO", limit: 100).count == 8)
        #expect(try store.search("agreement NATO", limit: 3).count == 3)
    }

    @Test func searchesMentionSentencesInPersian() throws {
        let store = try StoreFixture.store()
        let sentence = "جمهوری آذربایجان سند همکاری با ناتو را امضا کرد."
        let event = StoreFixture.event(summary: "آذربایجان سند همکاری امضا کرد",
                                       mentions: [StoreFixture.mention(sentence, trigger: "امضا کرد")])
        _ = try store.ingest(StoreFixture.document(sentence, language: .persian), events: [event])
        #expect(try store.search("ناتو", limit: 5).count == 1)
        #expect(try store.search("همکاری ناتو", limit: 5).count == 1)
        #expect(try store.search("روسیه", limit: 5).isEmpty)
        #expect(try store.search("ناتو", limit: 0).isEmpty)
    }
}
