import Foundation
import GRDB
import Testing
@testable import AnnalsKit

/// `event_actor_pairs` holds exactly the pairs of actors of each event, whatever
/// happens to the events and actors, and a database of an older schema gets them.
@Suite struct ActorPairTests {
    static func pairsMatchTheParticipants(_ store: AnnalsStore) throws -> Bool {
        try store.writer.read { db in
            let stored = try Row.fetchAll(db, sql: """
                SELECT actor_low, actor_high, event_id FROM event_actor_pairs ORDER BY 1, 2, 3
                """)
            let expected = try Row.fetchAll(db, sql: """
                SELECT p.actor_code AS actor_low, q.actor_code AS actor_high, p.event_id FROM event_participants p
                JOIN event_participants q ON q.event_id = p.event_id AND p.actor_code < q.actor_code
                ORDER BY 1, 2, 3
                """)
            return !expected.isEmpty && stored == expected
        }
    }

    @Test func pairsFollowInsertsDeletesAndRenamedActors() throws {
        let store = try TimelineQueryTests.populatedStore()
        let f = StoreFixture.self
        _ = try store.ingest(f.document("three actors"), events: [
            f.event("036", actors: [("NATO", .source), ("AZE", .target), ("RUS", .other)], summary: "three of them"),
        ])
        #expect(try Self.pairsMatchTheParticipants(store))
        try store.writer.write { db in
            try db.execute(sql: "DELETE FROM events WHERE summary IN ('signed in 2009', 'NATO and Russia')")
        }
        #expect(try Self.pairsMatchTheParticipants(store))
        try store.writer.write { db in try db.execute(sql: "UPDATE actors SET code = 'AAZ' WHERE code = 'NATO'") }
        #expect(try Self.pairsMatchTheParticipants(store))
        #expect(try store.timeline(TimelineQuery(actorCodes: ["AZE", "AAZ"])).map(\.summary)
                == ["visit in 1994", "a specific agreement", "three of them", "undated signing"])
        #expect(try store.timeline(TimelineQuery(actorCodes: ["RUS", "AZE", "AAZ"])).map(\.summary) == ["three of them"])
    }

    @Test func aDatabaseOfTheThirdSchemaGetsThePairsOfItsEvents() throws {
        let queue = try DatabaseQueue()
        try AnnalsStore.migrator.migrate(queue, upTo: "0003_event_span")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO actors(code, kind, name, cameo_code) VALUES
                    ('AZE', 'country', 'Azerbaijan', 'AZE'), ('IRN', 'country', 'Iran', 'IRN'), ('RUS', 'country', 'Russia', 'RUS');
                INSERT INTO events(id, cameo, polarity, modality, summary, merge_key) VALUES
                    (1, '057', 'positive', 'asserted', 'three', 'k1'), (2, '057', 'positive', 'asserted', 'two', 'k2');
                INSERT INTO event_participants(event_id, actor_code, role) VALUES
                    (1, 'RUS', 'source'), (1, 'AZE', 'target'), (1, 'IRN', 'other'), (2, 'IRN', 'source'), (2, 'AZE', 'target');
                """)
        }
        let store = try AnnalsStore(writer: queue, path: ":memory:", labels: { _ in nil })
        let pairs = try store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM event_actor_pairs")
        }
        #expect(pairs == 4)
        #expect(try Self.pairsMatchTheParticipants(store))
        #expect(try store.timeline(TimelineQuery(actorCodes: ["IRN", "AZE"])).map(\.summary) == ["three", "two"])
    }
}
