import Foundation
import AnnalsMigrations
import GRDB
import Testing
@testable import AnnalsKit

@Suite struct AnnalsStoreTests {
    @Test func appliesAndRecordsTheMigrations() throws {
        let store = try StoreFixture.store()
        try store.writer.read { db in
            let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            #expect(applied == ["0001_initial", "0002_user_aliases", "0003_event_span", "0004_actor_pairs",
                                "0005_search_tables", "0006_language_tags", "0007_actor_names", "0008_search_folding",
                                "0009_event_participants_digest", "0010_event_span_per_statement",
                                "0011_actor_pairs_per_statement", "0012_event_mention_count",
                                "0013_search_folded_by_workers", "0014_document_text_lz4"])
            #expect(applied == MigrationScript.all.map(\.identifier))
            for table in ["documents", "actors", "actor_aliases", "events", "event_participants", "mentions", "event_search"] {
                #expect(try db.tableExists(table), "missing table \(table)")
            }
            for view in ["timeline", "event_sources"] {
                #expect(try db.viewExists(view), "missing view \(view)")
            }
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_keys") == 1)
        }
    }

    @Test func foreignKeysAndChecksProtectTheData() throws {
        let store = try StoreFixture.store()
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(sql: "INSERT INTO event_participants(event_id, actor_code, role) VALUES (999, 'AZE', 'source')")
            }
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO events(cameo, polarity, modality, summary, merge_key)
                    VALUES ('057', 'maybe', 'asserted', 's', 'k')
                    """)
            }
        }
    }

    @Test func registersActorsAndAliasesIdempotently() throws {
        let store = try StoreFixture.store()
        try store.register(actors: StoreFixture.actors, aliases: StoreFixture.aliases)
        #expect(try store.counts().actors == 4)
        let aliasCount = { try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM actor_aliases") ?? -1 } }
        #expect(try aliasCount() == 3)

        // The aliases given for an actor replace its stored ones; others keep theirs.
        try store.register(actors: [], aliases: ["NATO": [Alias(text: "NATO", language: nil, form: .name)]])
        #expect(try aliasCount() == 2)
        let normalized = try store.writer.read { db in
            try String.fetchOne(db, sql: "SELECT normalized_alias FROM actor_aliases WHERE actor_code = 'NATO'")
        }
        #expect(normalized == "nato")

        let renamed = Actor(code: "AZE", kind: .country, name: "Republic of Azerbaijan", cameoCode: "AZE")
        try store.register(actors: [renamed], aliases: [:], userDefined: true)
        let row = try store.writer.read { db in try ActorRecord.fetchOne(db, key: "AZE") }
        #expect(row?.name == "Republic of Azerbaijan")
        #expect(row?.userDefined == true)

        #expect(throws: StoreError.unknownActor(code: "XXX", origin: "aliases")) {
            try store.register(actors: [], aliases: ["XXX": [Alias(text: "X", language: nil, form: .name)]])
        }
    }

    @Test func reingestingTheSameArticleAddsNothing() throws {
        let store = try StoreFixture.store()
        let article = StoreFixture.document("Azerbaijan signed an agreement with NATO.")
        let first = try store.ingest(article, events: [StoreFixture.event()])
        guard case let .stored(documentID, newEvents, mergedEvents, newMentions) = first else {
            Issue.record("expected the article to be stored, got \(first)")
            return
        }
        #expect((newEvents, mergedEvents, newMentions) == (1, 0, 1))
        #expect(try store.containsDocument(hash: article.contentHash))
        let before = try store.counts()
        #expect(before == StoreCounts(documents: 1, events: 1, mentions: 1, actors: 4))

        var sameElsewhere = article
        sameElsewhere.origin = "copies/a.txt"
        #expect(try store.ingest(sameElsewhere, events: [StoreFixture.event()]) == .alreadyKnown(documentID: documentID))
        #expect(try store.counts() == before)

        var republished = article
        republished.published = DayDate(year: 2009, month: 5, day: 8)
        #expect(try !store.containsDocument(hash: republished.contentHash))
        let second = try store.ingest(republished, events: [StoreFixture.event()])
        #expect(second == .stored(documentID: second.documentID, newEvents: 0, mergedEvents: 1, newMentions: 1))
        #expect(try store.counts() == StoreCounts(documents: 2, events: 1, mentions: 2, actors: 4))
    }

    @Test func refusesUnknownActorsAndWritesNothing() throws {
        let store = try StoreFixture.store()
        let event = StoreFixture.event(actors: [("AZE", .source), ("ZZZ", .target)])
        #expect(throws: StoreError.unknownActor(code: "ZZZ", origin: "articles/a.txt")) {
            try store.ingest(StoreFixture.document("text"), events: [event])
        }
        #expect(try store.counts() == StoreCounts(documents: 0, events: 0, mentions: 0, actors: 4))
    }

    @Test(arguments: [
        StoreFixture.event("5"),
        StoreFixture.event("05a"),
        StoreFixture.event(time: TimeValue(timex: "2009", start: StoreFixture.day("2009-12-31"),
                                           end: StoreFixture.day("2009-01-01"), granularity: .year)),
        StoreFixture.event(mentions: [EventMention(sentence: "s", start: 10, end: 5, trigger: "s",
                                                   triggerStart: 10, triggerEnd: 11, timeText: nil)]),
    ])
    func refusesInvalidEvents(event: ExtractedEvent) throws {
        let store = try StoreFixture.store()
        #expect(throws: StoreError.self) {
            try store.ingest(StoreFixture.document("text"), events: [event])
        }
        #expect(try store.counts().documents == 0)
    }

    @Test func ingestsBatchesInOneTransaction() throws {
        let store = try StoreFixture.store()
        let first = StoreFixture.document("First article.", origin: "a.txt")
        let second = StoreFixture.document("Second article.", origin: "b.txt")
        let outcomes = try store.ingest(batch: [
            (first, [StoreFixture.event()]),
            (second, [StoreFixture.event("043")]),
            (first, [StoreFixture.event()]),
        ])
        #expect(outcomes.count == 3)
        #expect(outcomes[0] == .stored(documentID: outcomes[0].documentID, newEvents: 1, mergedEvents: 0, newMentions: 1))
        #expect(outcomes[2] == .alreadyKnown(documentID: outcomes[0].documentID))
        #expect(try store.counts() == StoreCounts(documents: 2, events: 2, mentions: 2, actors: 4))

        // A failing article stops the batch and nothing of it is stored.
        let third = StoreFixture.document("Third article.", origin: "c.txt")
        let bad = StoreFixture.document("Bad article.", origin: "bad.txt")
        #expect(throws: StoreError.self) {
            try store.ingest(batch: [
                (third, [StoreFixture.event("112")]),
                (bad, [StoreFixture.event(actors: [("QQQ", .source)])]),
            ])
        }
        #expect(try store.counts() == StoreCounts(documents: 2, events: 2, mentions: 2, actors: 4))
    }

    @Test func storesTheCodebookLabels() throws {
        let store = try StoreFixture.store()
        _ = try store.ingest(StoreFixture.document("one"), events: [
            StoreFixture.event(), StoreFixture.event("0874"),
        ])
        let events = try store.timeline(TimelineQuery(actorCodes: ["AZE"]))
        #expect(events.map(\.type) == [
            TimelineEvent.TypeInfo(cameo: "057", label: "Sign formal agreement", root: "05",
                                   rootLabel: "Engage in diplomatic cooperation", quadClass: 2, goldstein: 8.0),
            TimelineEvent.TypeInfo(cameo: "0874", label: nil, root: "08", rootLabel: nil, quadClass: nil, goldstein: nil),
        ])
    }

    @Test func refusesADatabaseFromANewerAnnals() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("annals.sqlite")
        do {
            let store = try AnnalsStore(path: path)
            try store.register(actors: StoreFixture.actors, aliases: [:])
            try store.writer.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('9999_from_the_future')")
            }
        }
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["9999_from_the_future"])) {
            _ = try AnnalsStore(path: path)
        }
    }

    @Test func reopensAFileDatabaseInWALMode() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("annals.sqlite")
        do {
            let store = try AnnalsStore(path: path, labels: StoreFixture.labels)
            try store.register(actors: StoreFixture.actors, aliases: StoreFixture.aliases)
            _ = try store.ingest(StoreFixture.document("text"), events: [StoreFixture.event()])
        }
        let reopened = try AnnalsStore(path: path)
        #expect(try reopened.counts() == StoreCounts(documents: 1, events: 1, mentions: 1, actors: 4))
        let mode = try reopened.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("notes.txt")
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try AnnalsStore(path: path)
        } throws: { error in
            if case .cannotOpen = error as? StoreError { return true }
            return false
        }
    }
}
