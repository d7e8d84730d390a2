import Foundation
import GRDB
import Testing
@testable import AnnalsKit

/// `events.mention_count` (migration 0012) is the number of the event's rows in
/// `mentions`, whatever happens to them, and a timeline that leaves the
/// sentences unread prints it.
@Suite struct MentionCountTests {
    /// The events whose stored count differs from their rows in `mentions`, and how many events there are.
    static func miscounted(_ store: AnnalsStore) throws -> (wrong: Int, events: Int) {
        try store.writer.read { db in
            let wrong = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM events e
                WHERE e.mention_count <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)
                """) ?? -1
            return (wrong, try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0)
        }
    }

    @Test(arguments: [Int.max, 1])
    func countsFollowIngestMergesDeletesAndMoves(bulkFrom minimum: Int) throws {
        let folder = try TemporaryDirectory()
        let store = try BulkIndexingTests.build(bulkFrom: minimum, in: folder)
        let ingested = try Self.miscounted(store)
        #expect(ingested.wrong == 0 && ingested.events > 10)
        // Merged events are reported by more than one sentence.
        let most = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT max(mention_count) FROM events") }
        #expect((most ?? 0) > 1)

        try store.writer.write { db in
            // One mention moves to another event; a document goes with its mentions.
            try db.execute(sql: """
                UPDATE mentions SET event_id = (SELECT max(id) FROM events)
                WHERE id = (SELECT min(id) FROM mentions WHERE event_id <> (SELECT max(id) FROM events))
                """)
            try db.execute(sql: "DELETE FROM documents WHERE id = (SELECT min(id) FROM documents)")
        }
        #expect(try Self.miscounted(store).wrong == 0)
    }

    @Test func theTableOfATimelineReadsTheCountFromTheEventRow() throws {
        let folder = try TemporaryDirectory()
        let store = try BulkIndexingTests.build(bulkFrom: .max, in: folder)
        var query = TimelineQuery(actorCodes: ["NATO", "AZE"])
        let withSentences = try store.timeline(query)
        query.includesMentions = false
        let counted = try store.timeline(query)
        #expect(!counted.isEmpty && counted.map(\.id) == withSentences.map(\.id))
        #expect(counted.map(\.mentionCount) == withSentences.map { $0.mentions.count })
        #expect(counted.allSatisfy { $0.mentions.isEmpty })
        #expect(counted.contains { $0.mentionCount > 1 })
        // The count comes from the row, not from the mentions: a stale row shows through.
        try store.writer.write { db in
            try db.execute(sql: "UPDATE events SET mention_count = mention_count + 100 WHERE id = ?",
                           arguments: [counted[0].id])
        }
        #expect(try store.timeline(query).first?.mentionCount == counted[0].mentionCount + 100)
    }

    @Test func aDatabaseOfTheEleventhSchemaGetsItsCounts() throws {
        let queue = try DatabaseQueue()
        try AnnalsStore.migrator.migrate(queue, upTo: "0011_actor_pairs_per_statement")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO documents(id, content_hash, language, origin, text) VALUES
                    (1, printf('%064d', 1), 'en', 'a.txt', 'One. Two.'), (2, printf('%064d', 2), 'en', 'b.txt', 'Three.');
                INSERT INTO events(id, cameo, polarity, modality, summary, merge_key) VALUES
                    (1, '057', 'positive', 'asserted', 'twice', 'k1'), (2, '057', 'positive', 'asserted', 'once', 'k2'),
                    (3, '057', 'positive', 'asserted', 'never', 'k3');
                INSERT INTO mentions(event_id, document_id, sentence, sentence_start, sentence_end,
                                     trigger_text, trigger_start, trigger_end) VALUES
                    (1, 1, 'One.', 0, 4, 'One', 0, 3), (1, 2, 'Three.', 0, 6, 'Three', 0, 5),
                    (2, 1, 'Two.', 5, 9, 'Two', 5, 8);
                """)
        }
        let store = try AnnalsStore(writer: queue, path: ":memory:", labels: { _ in nil })
        let counts = try store.writer.read { db in
            try Int.fetchAll(db, sql: "SELECT mention_count FROM events ORDER BY id")
        }
        #expect(counts == [2, 1, 0])
        #expect(try Self.miscounted(store).wrong == 0)
    }
}
