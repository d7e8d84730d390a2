import Foundation
import GRDB
import Testing
@testable import AnnalsKit

/// An article the database refuses costs only that article: nothing of it is stored,
/// and the other articles of its batch are.
@Suite struct IngestAtomicityTests {
    @Test func aRefusedArticleIsSkippedWholeAndTheRestOfTheBatchStored() throws {
        let folder = try TemporaryDirectory()
        let texts = [
            "a.txt": "NATO and Azerbaijan held talks in Baku on May 5, 2009.\n",
            // Georgia is in the extractor's gazetteer but not registered in this store.
            "b.txt": "NATO and Georgia signed an agreement in Tbilisi on June 2, 2008.\n",
            "c.txt": "Iran and Azerbaijan signed an agreement on 3 March 2001.\n",
        ]
        for (name, text) in texts {
            try Data(text.utf8).write(to: folder.url.appending(path: name))
        }
        let store = try StoreFixture.store()
        let ingestor = Ingestor(extractor: try EventExtractor())
        let summary = try ingestor.ingest(paths: [folder.url.path], into: store)
        #expect(summary.articlesRead == 3)
        #expect(summary.articlesAdded == 2)
        #expect(summary.skipped.count == 1)
        let refused = try #require(summary.skipped.first)
        #expect(refused.path.hasSuffix("b.txt"))
        #expect(refused.description.contains("unknown actor code GEO"), "\(refused)")
        #expect(try store.counts().documents == 2)
        let origins = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT origin FROM documents ORDER BY origin") }
        #expect(origins.map { ($0 as NSString).lastPathComponent } == ["a.txt", "c.txt"])
        #expect(try store.integrityProblems().isEmpty)
    }

    /// The same text in two files of one batch is stored once; a second run knows all of
    /// them. Batches are written on another thread while the next is extracted, so the
    /// counts must still add up across batches (a batch size of 2 makes several).
    @Test func aTextGivenTwiceIsStoredOnceAcrossBatchesAndRuns() throws {
        let folder = try TemporaryDirectory()
        let texts = [
            "a.txt": "NATO and Azerbaijan held talks in Baku on May 5, 2009.\n",
            "b.txt": "NATO and Azerbaijan held talks in Baku on May 5, 2009.\n",
            "c.txt": "Iran and Azerbaijan signed an agreement on 3 March 2001.\n",
            "d.txt": "Iran and Azerbaijan signed an agreement on 3 March 2001.\n",
            "e.txt": "NATO and Azerbaijan held talks in Baku on May 5, 2009.\n",
        ]
        for (name, text) in texts {
            try Data(text.utf8).write(to: folder.url.appending(path: name))
        }
        let base = try KnowledgeBase.inMemory()
        let store = base.store
        var ingestor = try base.ingestor()
        ingestor.batchSize = 2
        let first = try ingestor.ingest(paths: [folder.url.path], into: store)
        #expect(first.articlesRead == 5)
        #expect(first.articlesAdded == 2)
        #expect(first.articlesAlreadyKnown == 3)
        #expect(try store.counts().documents == 2)
        let second = try ingestor.ingest(paths: [folder.url.path], into: store)
        #expect(second.articlesAdded == 0)
        #expect(second.articlesAlreadyKnown == 5)
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test func busyDatabasesAreRetriedAndOtherErrorsAreNot() throws {
        var calls = 0
        let value = try Ingestor.retryingWhileBusy { () throws -> Int in
            calls += 1
            if calls < 3 { throw DatabaseError(resultCode: .SQLITE_BUSY) }
            return 7
        }
        #expect(value == 7 && calls == 3)
        calls = 0
        #expect(throws: DatabaseError.self) {
            try Ingestor.retryingWhileBusy { () throws -> Int in
                calls += 1
                throw DatabaseError(resultCode: .SQLITE_CONSTRAINT)
            }
        }
        #expect(calls == 1)
        calls = 0
        #expect(throws: DatabaseError.self) {
            try Ingestor.retryingWhileBusy(attempts: 2) { () throws -> Int in
                calls += 1
                throw DatabaseError(resultCode: .SQLITE_BUSY)
            }
        }
        #expect(calls == 2)
    }
}
