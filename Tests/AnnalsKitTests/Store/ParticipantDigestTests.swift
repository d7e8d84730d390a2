import GRDB
import Testing
@testable import AnnalsKit

/// Each event's row keeps its participants (`events.participants`, migration 0009),
/// equal to `event_participants` whatever happens to them, and a timeline read from
/// it is the timeline read from the participant rows.
@Suite struct ParticipantDigestTests {
    /// The digest as SQLite writes it, then as it reads: codes, roles and persons of every kind.
    @Test(arguments: [
        [ParticipantDigest.Entry(actorCode: "AZE", role: "source", person: nil)],
        [ParticipantDigest.Entry(actorCode: "AZE", role: "source", person: "Elmar \"the minister\" M."),
         ParticipantDigest.Entry(actorCode: "NATO", role: "target", person: "back\\slash / slash")],
        [ParticipantDigest.Entry(actorCode: "IRN", role: "other", person: "وزیر امور خارجه"),
         ParticipantDigest.Entry(actorCode: "X\u{1}Y", role: "target", person: "tab\there, line\nbreak, 😀")],
        [],
    ])
    func readsWhatSQLiteWrites(entries: [ParticipantDigest.Entry]) throws {
        let queue = try DatabaseQueue()
        let json = try queue.read { db in
            try String.fetchOne(db, sql: """
                SELECT json_group_array(json_array(c.value ->> 0, c.value ->> 1, c.value ->> 2)) FROM json_each(?) AS c
                """, arguments: [Self.rows(entries)])
        }
        let text = try #require(json)
        let digest = try #require(ParticipantDigest(text))
        #expect(digest.entries == entries)
    }

    /// The entries as a JSON array of arrays, built with SQLite's own quoting.
    static func rows(_ entries: [ParticipantDigest.Entry]) throws -> String {
        try DatabaseQueue().read { db in
            var parts: [String] = []
            for entry in entries {
                parts.append(try String.fetchOne(db, sql: "SELECT json_array(?, ?, ?)",
                                                 arguments: [entry.actorCode, entry.role, entry.person]) ?? "")
            }
            return "[" + parts.joined(separator: ",") + "]"
        }
    }

    @Test(arguments: ["", "[", "[[\"A\",\"source\"]]", "[[\"A\",\"source\",null]", "[[\"A\",\"source\",1]]",
                      "[[\"A\",\"source\",\"\\x\"]]", "[[\"A\",\"source\",\"\\ud800\"]]", "{}", "[[\"A\",\"source\",null]] x"])
    func refusesWhatIsNotADigest(text: String) {
        #expect(ParticipantDigest(text) == nil)
    }

    static func digestsMatchTheParticipants(_ store: AnnalsStore) throws -> Bool {
        try store.writer.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT id, participants FROM events ORDER BY id")
            for row in rows {
                let id: Int64 = row[0]
                guard let stored = ParticipantDigest(row[1])?.entries else { return false }
                let expected = try Row.fetchAll(db, sql: """
                    SELECT actor_code, role, person FROM event_participants WHERE event_id = ? ORDER BY actor_code
                    """, arguments: [id]).map { ParticipantDigest.Entry(actorCode: $0[0], role: $0[1], person: $0[2]) }
                if stored != expected { return false }
            }
            return !rows.isEmpty
        }
    }

    @Test func digestsFollowInsertsDeletesPersonsAndRenamedActors() throws {
        let store = try TimelineQueryTests.populatedStore()
        let f = StoreFixture.self
        _ = try store.ingest(f.document("three actors"), events: [
            f.event("036", actors: [("NATO", .source), ("AZE", .target), ("RUS", .other)], summary: "three of them"),
        ])
        #expect(try Self.digestsMatchTheParticipants(store))
        try store.writer.write { db in
            try db.execute(sql: "DELETE FROM event_participants WHERE actor_code = 'RUS'")
            try db.execute(sql: "UPDATE event_participants SET person = 'a spokesperson' WHERE actor_code = 'AZE'")
            try db.execute(sql: "UPDATE actors SET code = 'AAZ' WHERE code = 'NATO'")
        }
        #expect(try Self.digestsMatchTheParticipants(store))
        let renamed = try store.timeline(TimelineQuery(actorCodes: ["AZE", "AAZ"]))
        #expect(!renamed.isEmpty && renamed.allSatisfy { $0.actors.contains { $0.code == "AZE" && $0.person == "a spokesperson" } })
    }

    /// Read from the digests, and without mentions, a timeline has the same events, actors
    /// (in the same order) and number of sources as read from the participant rows with them.
    @Test func aTimelineFromTheDigestsIsTheTimelineFromTheParticipants() throws {
        let store = try TimelineQueryTests.populatedStore()
        let f = StoreFixture.self
        _ = try store.ingest(f.document("second", origin: "b.txt"), events: [
            f.event("057", time: f.onDay("2009-05-05"), summary: "signed in 2009",
                    mentions: [f.mention("Azerbaijan and NATO signed in 2009, said the ministry.")]),
            f.event("036", actors: [("RUS", .other), ("NATO", .source), ("AZE", .target)], summary: "three of them"),
        ])
        for codes in [["AZE", "NATO"], ["AZE"], ["RUS"], []] {
            var query = TimelineQuery(actorCodes: codes, includeHypothetical: true, includeNegated: true)
            let full = try store.timeline(query)
            let fromRows = try store.writer.read { db in
                try AnnalsStore.timelineEvents(
                    try EventRecord.fetchAll(db, sql: "SELECT \(EventRecord.selection) FROM events e WHERE e.id IN (SELECT value FROM json_each(?))",
                                             arguments: ["[" + full.map { String($0.id) }.joined(separator: ",") + "]"]),
                    in: db)
            }
            #expect(full.map(\.actors) == full.map { event in fromRows.first { $0.id == event.id }?.actors ?? [] })
            query.includesMentions = false
            let light = try store.timeline(query)
            #expect(light.map(\.id) == full.map(\.id))
            #expect(light.map(\.actors) == full.map(\.actors))
            #expect(light.map(\.mentionCount) == full.map(\.mentions.count))
            #expect(light.allSatisfy { $0.mentions.isEmpty })
            #expect(full.contains { $0.mentionCount == 2 } || codes == ["RUS"])
        }
    }
}
