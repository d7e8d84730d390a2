import Foundation
import GRDB
import Testing
@testable import AnnalsKit

/// `pair_timeline` (migration 0015) holds what the tables of record give, whatever
/// writes them, and a timeline of two actors read from it is the timeline read from them.
@Suite struct PairTimelineTests {
    /// The rows `pair_timeline` should hold, built from the tables of record through the
    /// migration's view, next to the rows it holds; the database is left as it was.
    static func storedAndRebuilt(_ store: AnnalsStore) throws -> (stored: [Row], rebuilt: [Row]) {
        let all = "SELECT * FROM pair_timeline ORDER BY actor_low, actor_high, undated, day_start, day_end, event_id"
        return try store.writer.write { db in
            let stored = try Row.fetchAll(db, sql: all)
            var rebuilt: [Row] = []
            try db.inSavepoint {
                try db.execute(sql: "DELETE FROM pair_timeline")
                try db.execute(sql: "INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows")
                rebuilt = try Row.fetchAll(db, sql: all)
                return .rollback
            }
            return (stored, rebuilt)
        }
    }

    /// Every pair of actors that share an event, with every kind of event shown.
    static func queries(_ store: AnnalsStore) throws -> [TimelineQuery] {
        let pairs = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT DISTINCT actor_low, actor_high FROM event_actor_pairs ORDER BY 1, 2")
        }
        return pairs.map { row in
            TimelineQuery(actorCodes: [row[0], row[1]], includeHypothetical: true, includeNegated: true)
        }
    }

    /// Checks that the table holds what the tables of record give and that each pair's
    /// timeline read from it equals the one read without it.
    static func expectConsistent(_ store: AnnalsStore, _ comment: Comment, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (stored, rebuilt) = try storedAndRebuilt(store)
        #expect(!stored.isEmpty, comment, sourceLocation: sourceLocation)
        #expect(stored == rebuilt, comment, sourceLocation: sourceLocation)
        var fromTables = store
        fromTables.readsPairTimeline = false
        for query in try queries(store) {
            #expect(try store.timeline(query) == fromTables.timeline(query), "\(comment) \(query.actorCodes)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [Int.max, 1])
    func followsIngestMergesAndRecode(bulkFrom minimum: Int) throws {
        let folder = try TemporaryDirectory()
        let store = try BulkIndexingTests.build(bulkFrom: minimum, in: folder)
        try Self.expectConsistent(store, "after ingest")
        // Merged events are reported by more than one sentence, of more than one document.
        let most = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT max(mention_count) FROM events") }
        #expect((most ?? 0) > 1)

        _ = try store.recode(using: try KnowledgeBase.inMemory().extractor())
        try Self.expectConsistent(store, "after recode")
    }

    @Test func followsEveryChangeToTheTablesOfRecord() throws {
        let folder = try TemporaryDirectory()
        let store = try BulkIndexingTests.build(bulkFrom: 1, in: folder)
        let changes = [
            // A person named, a place given, a date moved: the row's key changes.
            "UPDATE event_participants SET person = 'the minister' WHERE (event_id, actor_code) IN (SELECT event_id, actor_code FROM event_participants LIMIT 1)",
            "UPDATE events SET location_code = 'AZE', location_name = 'Baku' WHERE id = (SELECT min(id) FROM events)",
            "UPDATE events SET date_start = '1999-01-01', date_end = '1999-12-31' WHERE id = (SELECT max(event_id) FROM event_actor_pairs)",
            // A mention moves to another event; a document's title changes; a document goes with its mentions.
            """
            UPDATE mentions SET event_id = (SELECT max(id) FROM events)
            WHERE id = (SELECT min(id) FROM mentions WHERE event_id <> (SELECT max(id) FROM events))
            """,
            "UPDATE documents SET title = 'Another title', published = NULL WHERE id = (SELECT max(document_id) FROM mentions)",
            "DELETE FROM documents WHERE id = (SELECT min(id) FROM documents)",
            // An actor's code renamed (ON UPDATE CASCADE), a participant and an event deleted.
            "UPDATE actors SET code = 'NAT2' WHERE code = 'NATO'",
            "DELETE FROM event_participants WHERE (event_id, actor_code) IN (SELECT event_id, actor_code FROM event_participants WHERE actor_code = 'AZE' LIMIT 1)",
            "DELETE FROM events WHERE id = (SELECT max(event_id) FROM event_actor_pairs)",
        ]
        for change in changes {
            try store.writer.write { db in try db.execute(sql: change) }
            try Self.expectConsistent(store, "after \(change)")
        }
    }

    @Test func aPathThatForgetsTheTableIsCaught() throws {
        let folder = try TemporaryDirectory()
        let store = try BulkIndexingTests.build(bulkFrom: .max, in: folder)
        try store.writer.write { db in
            try db.execute(sql: "DROP TRIGGER pair_timeline_mentions_insert")
            try db.execute(sql: """
                INSERT INTO mentions(event_id, document_id, sentence, sentence_start, sentence_end,
                                     trigger_text, trigger_start, trigger_end)
                SELECT event_id, (SELECT max(id) FROM documents), 'Told once more.', 900, 915, 'told', 900, 904
                FROM event_actor_pairs LIMIT 1
                """)
        }
        let (stored, rebuilt) = try Self.storedAndRebuilt(store)
        #expect(stored != rebuilt)
    }

    @Test func aDatabaseOfTheFourteenthSchemaGetsItsTable() throws {
        let queue = try DatabaseQueue()
        try AnnalsStore.migrator.migrate(queue, upTo: "0014_document_text_lz4")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO actors(code, kind, name, cameo_code) VALUES
                    ('AZE', 'country', 'Azerbaijan', 'AZE'), ('NATO', 'organisation', 'NATO', 'IGOWSTNAT'),
                    ('TUR', 'country', 'Turkey', 'TUR');
                INSERT INTO documents(id, content_hash, title, published, language, origin, text) VALUES
                    (1, printf('%064d', 1), 'One "quoted"', '2009-05-06', 'en', 'x/a.txt', 'One. Two.'),
                    (2, printf('%064d', 2), NULL, NULL, 'en', 'b.txt', 'Three.');
                INSERT INTO events(id, cameo, polarity, modality, date_value, date_type, date_start, date_end,
                                   granularity, calendar, summary, merge_key, goldstein) VALUES
                    (1, '057', 'positive', 'asserted', '2009-05-05', 'DATE', '2009-05-05', '2009-05-05', 'day',
                     'gregorian', 'signed', 'k1', 8.1),
                    (2, '0431', 'negative', 'hypothetical', NULL, NULL, NULL, NULL, NULL, NULL, 'a visit\\nnot made', 'k2', NULL);
                INSERT INTO event_participants(event_id, actor_code, role, person) VALUES
                    (1, 'AZE', 'source', 'the minister'), (1, 'NATO', 'target', NULL), (1, 'TUR', 'other', NULL),
                    (2, 'NATO', 'source', NULL), (2, 'AZE', 'target', NULL);
                INSERT INTO mentions(event_id, document_id, sentence, sentence_start, sentence_end,
                                     trigger_text, trigger_start, trigger_end) VALUES
                    (1, 2, 'Three.', 0, 6, 'Three', 0, 5), (1, 1, 'One.', 0, 4, 'One', 0, 3),
                    (2, 1, 'Two.', 5, 9, 'Two', 5, 8);
                """)
        }
        let store = try AnnalsStore(writer: queue, path: ":memory:", labels: { _ in nil })
        let rows = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT actor_low, actor_high, event_id FROM pair_timeline ORDER BY 1, 2, undated, 3")
        }
        #expect(rows.map { "\($0[0] as String)-\($0[1] as String):\($0[2] as Int)" }
            == ["AZE-NATO:1", "AZE-NATO:2", "AZE-TUR:1", "NATO-TUR:1"])
        try Self.expectConsistent(store, "after the migration")
        let events = try store.timeline(TimelineQuery(actorCodes: ["NATO", "AZE"], includeHypothetical: true,
                                                      includeNegated: true))
        #expect(events.map(\.id) == [1, 2])
        #expect(events.first?.mentions.map(\.document) == ["a.txt", "b.txt"])
        #expect(events.first?.type.goldstein == 8.1)
        #expect(events.last?.summary == "a visit\\nnot made")
    }

    /// The filters of a timeline read from the table select what they select from the tables of record.
    @Test(arguments: [
        (from: "2001-01-01", to: nil, type: nil, hypothetical: false),
        (from: nil, to: "2005-12-31", type: "05", hypothetical: true),
        (from: "1994-01-01", to: "2009-12-31", type: "057", hypothetical: false),
        (from: nil, to: nil, type: "1", hypothetical: true),
    ] as [(from: String?, to: String?, type: String?, hypothetical: Bool)])
    func filtersSelectTheSameEvents(from: String?, to: String?, type: String?, hypothetical: Bool) throws {
        let folder = try TemporaryDirectory()
        let store = try BulkIndexingTests.build(bulkFrom: 1, in: folder)
        var fromTables = store
        fromTables.readsPairTimeline = false
        for actors in [["NATO", "AZE"], ["IRN", "AZE"], ["NATO", "AZE", "TUR"], ["RUS", "IRN"]] {
            var query = TimelineQuery(actorCodes: actors, from: from.map(StoreFixture.day), to: to.map(StoreFixture.day),
                                      cameoPrefix: type, includeHypothetical: hypothetical, includeNegated: hypothetical)
            query.includesMentions = true
            #expect(try store.timeline(query) == fromTables.timeline(query), "\(actors)")
        }
    }
}
