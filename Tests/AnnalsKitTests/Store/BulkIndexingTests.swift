import Foundation
import GRDB
import Testing
@testable import AnnalsKit

/// A large batch writes its full-text rows and actor pairs once at its end
/// (`BulkIndexing`); the database it leaves is the one the row triggers leave.
@Suite struct BulkIndexingTests {
    /// Articles of our own: events of two and three actors, the same event told by
    /// several articles (merges), Persian with Arabic letter forms and Persian digits.
    static let corpus: [String: String] = {
        var files: [String: String] = [:]
        let pairs = [("NATO", "Azerbaijan"), ("Iran", "Azerbaijan"), ("Russia", "Iran"), ("NATO", "Russia")]
        let days = ["May 5, 2009", "3 March 2001", "June 2, 2008", "12 April 1994"]
        for index in 0..<24 {
            let (first, second) = pairs[index % pairs.count]
            let day = days[(index / 4) % days.count]
            files[String(format: "en-%02d.txt", index)] = """
                \(first) and \(second) signed an agreement on \(day).
                The foreign ministers of \(first), \(second) and Turkey held talks in Ankara on \(day).
                \(second) condemned \(first) on \(days[(index + 1) % 3]).

                """
        }
        let persian = [
            "ناتو و جمهوری آذربایجان در ۱۵ اردیبهشت ۱۳۸۸ توافق‌نامه‌ای امضا کردند.",
            "ايران و جمهوري آذربايجان در ۱۲ اسفند ۱۳۷۹ توافق‌نامه‌اي امضا كردند.",
            "روسیه و ایران در ۱۲ خرداد ۱۳۸۷ گفت‌وگو کردند.",
        ]
        for (index, sentence) in persian.enumerated() {
            files["fa-\(index).txt"] = sentence + "\n"
            files["fa-\(index)-again.md"] = "---\npublished: 2010-01-0\(index + 1)\n---\n" + sentence + "\n"
        }
        return files
    }()

    static var examplesFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appending(path: "Examples")
    }

    /// Ingests the corpus in two runs (the second merging into what the first stored)
    /// into a store that indexes batches of `bulkFrom` articles or more in bulk.
    static func build(bulkFrom minimum: Int, in folder: TemporaryDirectory) throws -> AnnalsStore {
        let first = folder.url.appending(path: "first")
        let second = folder.url.appending(path: "second")
        if !FileManager.default.fileExists(atPath: first.path) {
            try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: second, withIntermediateDirectories: true)
            for (name, text) in corpus {
                try Data(text.utf8).write(to: (name.hasPrefix("en-0") ? first : second).appending(path: name))
            }
        }
        let base = try KnowledgeBase.inMemory()
        var store = base.store
        store.bulkIndexingMinimum = minimum
        var ingestor = try base.ingestor()
        ingestor.batchSize = 8
        let stored = try ingestor.ingest(paths: [first.path, examplesFolder.path], into: store)
        #expect(stored.articlesAdded > 10 && stored.eventsAdded > 10, "\(stored.line)")
        let merged = try ingestor.ingest(paths: [second.path], into: store)
        #expect(merged.eventsMerged > 0, "\(merged.line)")
        return store
    }

    /// Every table the triggers fill (the full-text index as its terms, positions and
    /// sizes), the tables beside them, and the schema.
    static func contents(of store: AnnalsStore) throws -> [String: [Row]] {
        try store.writer.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms USING fts5vocab(main, event_search, instance)")
            let queries = [
                "documents": "SELECT id, content_hash, title, published, source, url, language, origin, text FROM documents ORDER BY id",
                "events": "SELECT * FROM events ORDER BY id",
                "event_participants": "SELECT * FROM event_participants ORDER BY event_id, actor_code",
                "mentions": "SELECT * FROM mentions ORDER BY id",
                "event_actor_pairs": "SELECT * FROM event_actor_pairs ORDER BY actor_low, actor_high, event_id",
                "event_span": "SELECT * FROM event_span",
                "pair_timeline": "SELECT * FROM pair_timeline ORDER BY actor_low, actor_high, undated, day_start, day_end, event_id",
                "event_search terms": "SELECT term, doc, col, offset FROM temp.search_terms ORDER BY doc, offset, term",
                "event_search sizes": "SELECT * FROM event_search_docsize ORDER BY id",
                "schema": "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name",
            ]
            return try queries.mapValues { try Row.fetchAll(db, sql: $0) }
        }
    }

    @Test func bulkAndTriggersLeaveTheSameDatabase() throws {
        let folder = try TemporaryDirectory()
        let byTriggers = try Self.contents(of: Self.build(bulkFrom: .max, in: folder))
        let inBulk = try Self.contents(of: Self.build(bulkFrom: 1, in: folder))
        #expect(byTriggers.keys.sorted() == inBulk.keys.sorted())
        for (table, rows) in byTriggers.sorted(by: { $0.key < $1.key }) {
            #expect(!rows.isEmpty, "\(table) is empty")
            // Compared as a whole, named by table: a difference lists both tables' rows.
            #expect(rows == inBulk[table], "\(table) differs")
            #expect(rows.count == inBulk[table]?.count, "\(table): \(rows.count) rows by triggers")
        }
        // The index answers searches, Persian folded as ingest folds it.
        let store = try Self.build(bulkFrom: 1, in: folder)
        #expect(try !store.search("agreement", limit: 5).isEmpty)
        #expect(try !store.search("توافق‌نامه‌ای", limit: 5).isEmpty)
        #expect(try store.integrityProblems().isEmpty)
    }

    /// One long article: its many mentions of a few events go the bulk way, since the
    /// row triggers rebuild an event's pair timeline at every mention added; both ways
    /// store the same rows.
    @Test func oneArticleWithManyMentionsIsIndexedInBulk() throws {
        let f = StoreFixture.self
        let mentions = (0..<300).map { f.mention("Azerbaijan signed an agreement with NATO, clause \($0).", at: $0 * 60) }
        let long = (f.document(String(repeating: "A long text. ", count: 1_500), origin: "long.txt"),
                    [f.event("057", mentions: Array(mentions[..<150])),
                     f.event("043", actors: [("NATO", .source), ("AZE", .target)], summary: "NATO hosted Azerbaijan",
                             mentions: Array(mentions[150...]))])
        let short = (f.document("a short text", origin: "short.txt"), [f.event()])
        let inBulk = try StoreFixture.store()
        var byTriggers = try StoreFixture.store()
        byTriggers.bulkIndexingMentionMinimum = .max
        #expect(inBulk.indexesInBulk([long]))
        #expect(!inBulk.indexesInBulk([short]))
        #expect(!byTriggers.indexesInBulk([long]))
        for store in [inBulk, byTriggers] {
            _ = try store.ingest(batch: [short])
            _ = try store.ingest(batch: [long])
        }
        let bulkRows = try Self.contents(of: inBulk)
        let triggerRows = try Self.contents(of: byTriggers)
        #expect(bulkRows.keys.sorted() == triggerRows.keys.sorted())
        for (table, rows) in triggerRows {
            #expect(rows == bulkRows[table], "\(table) differs")
        }
        #expect(try inBulk.counts().mentions == 301)
    }

    @Test func aFailedBatchKeepsTheTriggers() throws {
        var store = try StoreFixture.store()
        store.bulkIndexingMinimum = 1
        let f = StoreFixture.self
        let good = (f.document("good", origin: "a.txt"),
                    [f.event("057", actors: [("NATO", .source), ("AZE", .target)], summary: "signed")])
        let bad = (f.document("bad", origin: "b.txt"),
                   [f.event("057", actors: [("NATO", .source), ("GEO", .target)], summary: "unknown actor")])
        #expect(throws: StoreError.self) { try store.ingest(batch: [good, bad]) }
        let triggers = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?) ORDER BY name",
                                arguments: [BulkIndexing.searchTrigger, BulkIndexing.pairsTrigger])
        }
        #expect(triggers == [BulkIndexing.searchTrigger, BulkIndexing.pairsTrigger])
        #expect(try store.counts().documents == 0)
        // A single article then goes through the triggers and is indexed.
        _ = try store.ingest(good.0, events: good.1)
        #expect(try ActorPairTests.pairsMatchTheParticipants(store))
        #expect(try store.search("signed", limit: 5).count == 1)
    }

    @Test(arguments: [
        // Not one insert of (new.id, …): the triggers do the work.
        "CREATE TRIGGER t AFTER INSERT ON mentions BEGIN INSERT INTO event_search(rowid, sentence) VALUES (new.id, new.sentence); SELECT 1; END",
        "CREATE TRIGGER t AFTER INSERT ON mentions BEGIN INSERT INTO event_search(rowid, sentence) VALUES (new.rowid, new.sentence); END",
        "CREATE TRIGGER t AFTER INSERT ON mentions BEGIN INSERT INTO other(rowid, sentence) VALUES (new.id, new.sentence); END",
        "CREATE TRIGGER t AFTER INSERT ON mentions BEGIN INSERT INTO event_search(rowid, sentence) VALUES (new.id, new.sentence || new.trigger_text); END",
        "CREATE TRIGGER t AFTER INSERT ON mentions BEGIN INSERT INTO event_search(rowid, sentence) VALUES (new.id, lower(new.trigger_text)); END",
    ])
    func triggersOfAnotherFormAreLeftToWork(sql: String) {
        #expect(BulkIndexing.foldedSentence(inSearchTrigger: sql) == nil)
    }

    @Test func theStoredSearchTriggerIsRead() throws {
        let store = try StoreFixture.store()
        let sql = try store.writer.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [BulkIndexing.searchTrigger])
        }
        let stored = try #require(sql)
        let folded = try #require(BulkIndexing.foldedSentence(inSearchTrigger: stored))
        #expect(folded.contains("m.sentence") && !folded.contains("new."))
        // Both triggers of the schema are recognised: a batch does take the bulk path.
        let recognised = try store.writer.write { db in
            let indexing = try BulkIndexing.begin(in: db)
            try indexing?.finish(in: db)
            return indexing != nil && indexing?.folding != nil
        }
        // … and folds in Swift (`SearchFolding`), not through the trigger's sub-selects.
        #expect(recognised)
        #expect(BulkIndexing.foldedSentence(
            inSearchTrigger: "CREATE TRIGGER t AFTER INSERT ON mentions BEGIN\n INSERT INTO event_search(rowid, sentence)\n VALUES (new.id, lower(new.sentence));\nEND")
            == "lower(m.sentence)")
    }

    /// Each statement that finishes a batch finds the batch's rows by id. A plan that
    /// scans a table or an index (as SQLite chose for the mention counts, through the
    /// covering unique index of mentions) makes every batch cost the size of the
    /// database: at a million articles that scan was most of the writer's time.
    @Test(arguments: [
        BulkIndexing.newSentences, BulkIndexing.newPairs, BulkIndexing.newDigests,
        BulkIndexing.newMentionCounts, BulkIndexing.newLongestSpan,
    ])
    func theStatementsOfABatchReadOnlyItsRows(sql: String) throws {
        let store = try StoreFixture.store()
        let plan = try store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: [0]).map { $0["detail"] as String }
        }
        // A scan of a stored table or index; not of a subquery's own rows.
        let scans = plan.filter { $0.hasPrefix("SCAN ") && !$0.hasPrefix("SCAN added") && !$0.hasPrefix("SCAN (subquery") }
        #expect(scans.isEmpty, "\(plan)")
    }

    /// The same for the pair timeline's statements, bound with the last event and mention ids.
    @Test func theStatementsOfABatchReadOnlyItsPairTimelineRows() throws {
        let store = try StoreFixture.store()
        let statements = try store.writer.write { db in
            let indexing = try #require(try BulkIndexing.begin(in: db))
            defer { try? indexing.finish(in: db) }
            return indexing.pairTimelineStatements
        }
        #expect(statements.count == 4)
        for (sql, arguments) in statements {
            let plan = try store.writer.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
            }
            let scans = plan.filter { $0.hasPrefix("SCAN ") && !$0.hasPrefix("SCAN (subquery") }
            #expect(scans.isEmpty, "\(sql): \(plan)")
        }
    }
}
