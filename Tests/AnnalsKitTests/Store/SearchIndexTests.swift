import Foundation
import GRDB
import Testing
@testable import AnnalsKit

/// The full-text index over mentions (migration 0005): folded like ingest,
/// tied to the mentions table, kept right by the triggers.
@Suite struct SearchIndexTests {
    static func store(sentences: [String]) throws -> AnnalsStore {
        let store = try StoreFixture.store()
        for (index, sentence) in sentences.enumerated() {
            let event = StoreFixture.event(time: StoreFixture.onDay("2009-05-0\(index + 1)"), summary: sentence,
                                           mentions: [StoreFixture.mention(sentence)])
            _ = try store.ingest(StoreFixture.document("\(index) " + sentence, language: .persian), events: [event])
        }
        return store
    }

    /// Stored spelling, searched spelling: each finds the other.
    @Test(arguments: [
        ("جمهوری آذربايجان به ناتو پیوست.", "آذربایجان"),
        ("جمهوری آذربایجان به ناتو پیوست.", "آذربايجان"),
        ("سند همكاری امضا شد.", "همکاری"),
        ("در سال ۱۹۹۴ پیوست.", "1994"),
        ("در سال ١٩٩٤ پیوست.", "۱۹۹۴"),
        ("در سال 1994 پیوست.", "١٩٩٤"),
        ("همکاری‌ها گسترش یافت.", "همکاری ها"),
        ("همکاری ها گسترش یافت.", "همکاری‌ها"),
        ("کِتابِ سفید منتشر شد.", "کتاب"),
        ("رئيس‌جمهور آمد.", "رئیس"),
        ("NATO and AZERBAIJAN met.", "azerbaijan"),
        ("Le président a signé l'accord.", "president"),
    ])
    func searchFoldsLikeIngest(stored: String, query: String) throws {
        let store = try Self.store(sentences: [stored])
        #expect(try store.search(query, limit: 5).map(\.summary) == [stored])
    }

    @Test(arguments: [
        ("جمهوری آذربایجان به ناتو پیوست.", "آذر"),
        ("در سال ۱۹۹۴ پیوست.", "1995"),
        ("کتاب سفید منتشر شد.", "کتابها"),
    ])
    func searchStillTellsWordsApart(stored: String, query: String) throws {
        let store = try Self.store(sentences: [stored])
        #expect(try store.search(query, limit: 5).isEmpty)
    }

    /// The document ids the index holds and the terms it holds for them.
    static func indexed(_ store: AnnalsStore) throws -> (rows: Set<Int64>, terms: Set<String>) {
        try store.writer.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, event_search, instance)")
            let rows = Set(try Int64.fetchAll(db, sql: "SELECT DISTINCT doc FROM temp.search_terms"))
            let terms = Set(try String.fetchAll(db, sql: "SELECT DISTINCT term FROM temp.search_terms"))
            return (rows, terms)
        }
    }

    @Test func theIndexFollowsInsertsUpdatesAndDeletes() throws {
        let store = try Self.store(sentences: ["آذربايجان و ناتو ۱۹۹۴.", "NATO met Georgia."])
        var (rows, terms) = try Self.indexed(store)
        let mentionIDs = try store.writer.read { db in Set(try Int64.fetchAll(db, sql: "SELECT id FROM mentions")) }
        #expect(rows == mentionIDs)
        #expect(terms.contains("آذربایجان"))
        #expect(terms.contains("1994"))
        #expect(!terms.contains("آذربايجان"))

        try store.writer.write { db in
            try db.execute(sql: "UPDATE mentions SET sentence = 'Georgia signed.' WHERE sentence LIKE 'NATO%'")
        }
        #expect(try store.search("met", limit: 5).isEmpty)
        #expect(try store.search("signed", limit: 5).count == 1)

        // Deleting an event removes its mentions (ON DELETE CASCADE) and their index rows.
        try store.writer.write { db in try db.execute(sql: "DELETE FROM events WHERE summary LIKE 'آذربايجان%'") }
        (rows, terms) = try Self.indexed(store)
        #expect(rows.count == 1)
        #expect(!terms.contains("آذربایجان"))
        #expect(try store.search("آذربایجان", limit: 5).isEmpty)
    }

    @Test func searchFiltersByActorDateAndType() throws {
        let store = try StoreFixture.store()
        let f = StoreFixture.self
        _ = try store.ingest(f.document("filters"), events: [
            f.event("057", time: f.onDay("1994-05-04"), summary: "agreement one", mentions: [f.mention("An agreement in 1994.")]),
            f.event("057", time: f.onDay("2009-05-05"), summary: "agreement two", mentions: [f.mention("An agreement in 2009.")]),
            f.event("112", time: f.onDay("2001-02-03"), actors: [("IRN", .source), ("AZE", .target)],
                    summary: "agreement three", mentions: [f.mention("An agreement criticised.")]),
        ])
        func found(_ filter: TimelineQuery) throws -> [String] {
            try store.search("agreement", filter: filter, limit: 10).map(\.summary).sorted()
        }
        #expect(try found(TimelineQuery(actorCodes: [])) == ["agreement one", "agreement three", "agreement two"])
        #expect(try found(TimelineQuery(actorCodes: ["NATO"])) == ["agreement one", "agreement two"])
        #expect(try found(TimelineQuery(actorCodes: ["IRN", "AZE"])) == ["agreement three"])
        #expect(try found(TimelineQuery(actorCodes: [], from: f.day("2000-01-01"))) == ["agreement three", "agreement two"])
        #expect(try found(TimelineQuery(actorCodes: ["AZE"], to: f.day("2001-12-31"))) == ["agreement one", "agreement three"])
        #expect(try found(TimelineQuery(actorCodes: [], cameoPrefix: "11")) == ["agreement three"])
        #expect(throws: StoreError.self) { try found(TimelineQuery(actorCodes: [], cameoPrefix: "1%")) }
    }
}

/// A database of the schema before migration 0005 gets the new index, filled from its mentions.
@Suite struct SearchIndexMigrationTests {
    @Test func anOlderDatabaseIsIndexedWhenMigrated() throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        try AnnalsStore.migrator.migrate(queue, upTo: "0004_actor_pairs")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO documents(id, content_hash, language, origin, text)
                    VALUES (1, printf('%064d', 1), 'fa', 'a.txt', 'x');
                INSERT INTO events(id, cameo, polarity, modality, summary, merge_key)
                    VALUES (1, '057', 'positive', 'asserted', 'پیوست', 'k1');
                INSERT INTO mentions(id, event_id, document_id, sentence, sentence_start, sentence_end,
                                     trigger_text, trigger_start, trigger_end)
                    VALUES (7, 1, 1, 'آذربايجان در سال ١٩٩٤ به ناتو پیوست.', 0, 10, 'پیوست', 0, 1);
                """)
        }
        let store = try AnnalsStore(writer: queue, path: ":memory:", labels: { _ in nil })
        #expect(try store.search("آذربایجان 1994", limit: 5).map(\.id) == [1])
        let (rows, _) = try SearchIndexTests.indexed(store)
        #expect(rows == [7])
    }
}
