#if PostgreSQL
@testable import AnnalsKit
import AnnalsMigrations
import AnnalsPostgres
import Foundation
import GRDB
import Synchronization
import Testing

/// The PostgreSQL store against the SQLite store: the same articles give the
/// same knowledge. Needs a server (see ``TestServer``).
@Suite(.enabled(if: TestServer.available, TestServer.skipReason), .serialized)
struct PostgresStoreTests {
    static func open(_ address: String) throws -> PostgresStore {
        try PostgresStore(address: PostgresAddress(address), labels: CameoCodebook().labeler)
    }

    /// Ingests `numbers` through the usual pipeline into `store`.
    static func ingest(_ numbers: Range<Int>, into store: any EventStore) throws -> IngestSummary {
        let base = try SharedKnowledgeBase(store: store)
        let ingestor = try base.ingestor()
        var summary = IngestSummary()
        let articles = numbers.map { NewsCorpus.article($0) }
        for start in stride(from: 0, to: articles.count, by: 16) {
            let chunk = Array(articles[start..<min(start + 16, articles.count)])
            let events = ingestor.extractInParallel(chunk)
            for outcome in try store.ingest(batch: Array(zip(chunk, events))) { summary.record(outcome) }
        }
        return summary
    }

    @Test func migratesOnceAndRefusesANewerSchema() throws {
        let address = try TestServer.freshDatabase()
        _ = try Self.open(address)
        _ = try Self.open(address)
        let applied = try TestServer.psql(address, "SELECT string_agg(identifier, ',' ORDER BY identifier) FROM annals_migrations")
        #expect(applied == MigrationScript.postgres.map(\.identifier).joined(separator: ","))
        try TestServer.psql(address, "INSERT INTO annals_migrations (identifier) VALUES ('9999_from_the_future')")
        #expect {
            try Self.open(address)
        } throws: { error in
            guard case StoreError.newerSchema(_, let unknown) = error else { return false }
            return unknown == ["9999_from_the_future"]
        }
    }

    /// Migration 0014: a document's text is compressed with lz4 where the server was built with it.
    @Test func documentTextIsCompressedWithLz4WhereTheServerHasIt() throws {
        let address = try TestServer.freshDatabase()
        _ = try Self.open(address)
        let lz4 = try TestServer.psql(address, """
            SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'
            """) == "t"
        let method = try TestServer.psql(address, """
            SELECT attcompression FROM pg_attribute WHERE attrelid = 'documents'::regclass AND attname = 'text'
            """)
        #expect(method == (lz4 ? "l" : ""))
    }

    @Test func storesTheSameKnowledgeAsSQLite() throws {
        let address = try TestServer.freshDatabase()
        let postgres = try Self.open(address)
        let sqlite = try KnowledgeBase.inMemory().store
        let numbers = 0..<90
        let sqliteSummary = try Self.ingest(numbers, into: sqlite)
        let postgresSummary = try Self.ingest(numbers, into: postgres)
        #expect(postgresSummary.eventsAdded == sqliteSummary.eventsAdded)
        #expect(postgresSummary.eventsMerged == sqliteSummary.eventsMerged)
        #expect(sqliteSummary.eventsMerged > 0, "the corpus is meant to merge events across articles")
        let (sqliteCounts, postgresCounts) = (try sqlite.counts(), try postgres.counts())
        #expect(postgresCounts == sqliteCounts)
        // Stored in the same order, even the summaries and roles agree.
        #expect(try TimelineFingerprint(of: postgres) == TimelineFingerprint(of: sqlite))
        let pair = TimelineQuery(actorCodes: ["AZE", "NATO"])
        #expect(try postgres.timeline(pair).map(TimelineFingerprint.canonical)
                == sqlite.timeline(pair).map(TimelineFingerprint.canonical))
        #expect(!(try postgres.timeline(pair)).isEmpty)
        // The longest interval, grown once per statement on PostgreSQL (migration 0010), once per row on SQLite.
        let longest = try sqlite.writer.read { try Int.fetchOne($0, sql: "SELECT longest_days FROM event_span") }
        #expect(longest ?? 0 > 0)
        #expect(try TestServer.psql(address, "SELECT longest_days FROM event_span") == longest.map(String.init))
        // The same articles again: nothing new.
        let again = try Self.ingest(numbers, into: postgres)
        #expect(again.articlesAlreadyKnown == numbers.count)
        #expect(try postgres.counts() == postgresCounts)
    }

    /// A timeline without its mentions (`includesMentions` false, what the table prints)
    /// counts them as the SQLite store does and reads none of them, on both stores.
    @Test(arguments: [["AZE", "NATO"], ["NATO"], ["GEO"]])
    func aTimelineWithoutMentionsCountsThemAsSQLiteDoes(_ actors: [String]) throws {
        let postgres = try Self.open(try TestServer.freshDatabase())
        let sqlite = try KnowledgeBase.inMemory().store
        var full = TimelineQuery(actorCodes: actors)
        full.includeHypothetical = true
        var bare = full
        bare.includesMentions = false
        func counted(_ events: [TimelineEvent]) -> [String] {
            events.map { "\($0.date.value ?? "-") \($0.type.cameo) \($0.mentionCount) \($0.mentions.count)" }
        }
        var results: [[String]] = []
        for store in [sqlite, postgres] as [any EventStore] {
            _ = try Self.ingest(0..<60, into: store)
            let withMentions = try store.timeline(full)
            let without = try store.timeline(bare)
            #expect(without.allSatisfy { $0.mentions.isEmpty && $0.unreadMentionCount != nil })
            #expect(without.map(\.mentionCount) == withMentions.map(\.mentions.count))
            #expect(withMentions.contains { $0.mentions.count > 1 }, "the corpus reports events more than once")
            results.append(counted(without))
            // Search honours the flag too.
            var filter = TimelineQuery(actorCodes: actors)
            filter.includesMentions = false
            let found = try store.search("brussels", filter: filter, limit: 500)
            #expect(!found.isEmpty && found.allSatisfy { $0.mentions.isEmpty && $0.mentionCount > 0 })
        }
        #expect(!results[0].isEmpty)
        #expect(results[1] == results[0])
    }

    @Test func searchFindsEnglishAndPersianWords() throws {
        let postgres = try Self.open(try TestServer.freshDatabase())
        _ = try Self.ingest(0..<12, into: postgres)
        #expect(!(try postgres.search("brussels", limit: 5)).isEmpty)
        #expect(!(try postgres.search("باکو", limit: 5)).isEmpty)
        #expect(try postgres.search("brussels nowhere-at-all", limit: 5).isEmpty)
        // Words are bound values: SQL or tsquery syntax in them is only text.
        #expect(try postgres.search("'); DROP TABLE events; --", limit: 5).isEmpty)
        #expect(try postgres.counts().events > 0)
    }

    /// A search and its filters, as the two stores are asked it.
    struct SearchCase: Sendable, CustomTestStringConvertible {
        let words: String
        var actors: [String] = []
        var from: DayDate?
        var to: DayDate?
        var cameo: String?
        var testDescription: String { "\(words) \(actors) \(from?.iso ?? "") \(to?.iso ?? "") \(cameo ?? "")" }
        var filter: TimelineQuery {
            var query = TimelineQuery(actorCodes: actors)
            query.from = from
            query.to = to
            query.cameoPrefix = cameo
            return query
        }
    }

    static let searches: [SearchCase] = [
        SearchCase(words: "brussels"),
        SearchCase(words: "BRÜSSELS"),                      // case and Latin accents folded
        SearchCase(words: "باكو"),                          // Arabic kaf against Persian ک
        SearchCase(words: "دیدار ۲۰۰۷"),                    // Persian digits against stored ASCII ones
        SearchCase(words: "وزیران ٢٠١٢"),                   // stored Persian digits and Arabic letters, Arabic-Indic digits asked
        SearchCase(words: "brussels", actors: ["GEO"]),
        SearchCase(words: "brussels", actors: ["AZE", "NATO"]),
        SearchCase(words: "brussels", from: DayDate(year: 2003, month: 1, day: 1), to: DayDate(year: 2005, month: 12, day: 31)),
        SearchCase(words: "brussels", cameo: "04"),
    ]

    /// Search on PostgreSQL finds what it finds on SQLite: the same words folded the same
    /// way on both sides, the same filters; only the ranking may differ.
    @Test(arguments: searches)
    func searchFoldsAndFiltersAsSQLiteDoes(_ search: SearchCase) throws {
        let postgres = try Self.open(try TestServer.freshDatabase())
        let sqlite = try KnowledgeBase.inMemory().store
        // Stored with Arabic letter forms, vowel marks and Persian digits.
        let folded = Article(text: "وزیران ناتو و جمهوری آذربایجان در سال ۲۰۱۲ میلادی در باكو دیدار كردند.\n",
                             title: "Folded", published: DayDate(year: 2012, month: 6, day: 2), origin: "folded.md")
        for store in [postgres, sqlite] as [any EventStore] {
            _ = try Self.ingest(0..<40, into: store)
            let base = try SharedKnowledgeBase(store: store)
            _ = try store.ingest(folded, events: try base.ingestor().extractor.events(in: folded))
        }
        let found = try postgres.search(search.words, filter: search.filter, limit: 500)
        #expect(!found.isEmpty, "the corpus is written so that every search finds something")
        #expect(NewsCorpus.projection(found)
                == NewsCorpus.projection(try sqlite.search(search.words, filter: search.filter, limit: 500)))
    }

    @Test func copiesBothWaysWithTheSameTimeline() throws {
        let original = try KnowledgeBase.inMemory().store
        _ = try Self.ingest(0..<60, into: original)
        // The user's own actor and an alias of their own for a built-in actor travel as theirs.
        try original.addUserActor(Actor(code: "KRG", kind: .organisation, name: "Kurdistan Regional Government",
                                        cameoCode: "KRG"), aliases: [try ActorDefinition.alias("Kurdistan Region")])
        try original.addUserAlias(try ActorDefinition.alias("the Alliance"), to: "NATO")
        let entries = try original.userEntries()
        let postgres = try Self.open(try TestServer.freshDatabase())
        let there = KnowledgeBaseCopy(from: original, to: postgres)
        #expect(try there.run().documentsCopied == 60)
        #expect(try there.verify().matches)
        #expect(try postgres.userEntries() == entries)
        let back = try KnowledgeBase.inMemory().store
        let home = KnowledgeBaseCopy(from: postgres, to: back)
        #expect(try home.run().documentsCopied == 60)
        #expect(try home.verify().matches)
        #expect(try back.userEntries() == entries)
        // An ingest registers the built-in data again: the user's entries stay theirs.
        _ = try Self.ingest(60..<62, into: postgres)
        #expect(try postgres.userEntries() == entries)
        // Run again, it finds everything there.
        #expect(try home.run().documentsAlreadyThere == 60)
    }

    /// A recode replaces every event with what the extraction finds now, merging across
    /// batches as the SQLite store's recode does; one that fails leaves everything as it was.
    @Test func recodesAsSQLiteDoesAndRollsBackOnError() throws {
        let postgres = try Self.open(try TestServer.freshDatabase())
        let sqlite = try KnowledgeBase.inMemory().store
        let ingestor = try SharedKnowledgeBase(store: sqlite).ingestor()
        // Now only each article's first event, and without its place.
        let fewer: ([Article]) -> [[ExtractedEvent]] = { articles in
            ingestor.extractInParallel(articles).map { events in
                events.prefix(1).map {
                    ExtractedEvent(cameo: $0.cameo, time: $0.time, participants: $0.participants, locationCode: nil,
                                   locationName: nil, polarity: $0.polarity, modality: $0.modality,
                                   summary: $0.summary, mentions: $0.mentions)
                }
            }
        }
        var summaries: [RecodeSummary] = []
        for store in [postgres, sqlite] as [any EventStore] {
            _ = try Self.ingest(0..<45, into: store)
            var reported: [Int] = []
            summaries.append(try store.recode(batchSize: 7, extractingWith: fewer) { done, _ in reported.append(done) })
            #expect(reported == [7, 14, 21, 28, 35, 42, 45])
        }
        #expect(summaries[0] == summaries[1])
        #expect(summaries[0].documents == 45 && summaries[0].eventsAfter > 0)
        #expect(try postgres.counts() == sqlite.counts())
        #expect(try TimelineFingerprint(of: postgres) == TimelineFingerprint(of: sqlite))

        // An event naming an actor nobody stored, in the last batch: nothing changes.
        let before = (try postgres.counts(), try TimelineFingerprint(of: postgres))
        let unknown: ([Article]) -> [[ExtractedEvent]] = { articles in
            zip(articles, ingestor.extractInParallel(articles)).map { article, events in
                events.map {
                    guard article.origin == "report-44.md" else { return $0 }
                    return ExtractedEvent(cameo: $0.cameo, time: $0.time,
                                          participants: [Participant(actorCode: "ZZZ", role: .source)],
                                          locationCode: nil, locationName: nil, summary: $0.summary,
                                          mentions: $0.mentions)
                }
            }
        }
        #expect {
            try postgres.recode(batchSize: 7, extractingWith: unknown, progress: nil)
        } throws: { error in
            guard case StoreError.unknownActor(let code, let origin) = error else { return false }
            return code == "ZZZ" && origin == "report-44.md"
        }
        #expect(try postgres.counts() == before.0)
        #expect(try TimelineFingerprint(of: postgres) == before.1)
    }

    @Test func parallelWritersStoreEachArticleOnceAndMergeEvents() throws {
        let address = try TestServer.freshDatabase()
        let sqlite = try KnowledgeBase.inMemory().store
        _ = try Self.ingest(0..<120, into: sqlite)
        // Four writers over overlapping ranges, each with its own connections.
        let ranges = [0..<50, 30..<80, 60..<110, 0..<120]
        let stores = try ranges.map { _ in try Self.open(address) }
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            do {
                _ = try Self.ingest(ranges[index], into: stores[index])
            } catch {
                failures.withLock { $0.append(String(describing: error)) }
            }
        }
        #expect(failures.withLock { $0 } == [])
        let postgres = stores[0]
        #expect(try postgres.counts() == sqlite.counts())
        #expect(try NewsCorpus.projection(NewsCorpus.everything(in: postgres))
                == NewsCorpus.projection(NewsCorpus.everything(in: sqlite)))
    }
}
#endif
