import Dispatch
import Foundation
import GRDB
import Synchronization
import Testing
@testable import AnnalsKit

/// Batches end at a number of articles or at an amount of text; either way the same
/// articles, events and mentions are stored, and the ingest's threads never hold more
/// places than the gate has (`CoreGate`).
@Suite struct IngestBatchingTests {
    static let texts = [
        "a.txt": "NATO and Azerbaijan held talks in Baku on May 5, 2009.\n",
        "b.txt": "NATO and Azerbaijan held talks in Baku on May 5, 2009.\n",
        "c.txt": "Iran and Azerbaijan signed an agreement on 3 March 2001.\n",
        "d.txt": "Russia condemned NATO on 12 April 1994. Iran and Russia held talks in Moscow on June 2, 2008.\n",
        "e.txt": String(repeating: "The weather was mild. ", count: 400) + "Iran and Azerbaijan signed an agreement on 3 March 2001.\n",
        "f.txt": "ناتو و جمهوری آذربایجان در ۱۵ اردیبهشت ۱۳۸۸ توافق‌نامه‌ای امضا کردند.\n",
        "g.txt": "Russia and Iran signed an agreement on 4 July 2010.\n",
    ]

    /// What an ingest of `texts` in batches of `articles` articles or `bytes` of text stores.
    static func stored(articles: Int, bytes: Int) throws -> (summary: [Int], rows: [[Row]]) {
        let folder = try TemporaryDirectory()
        for (name, text) in texts {
            try Data(text.utf8).write(to: folder.url.appending(path: name))
        }
        let base = try KnowledgeBase.inMemory()
        var ingestor = try base.ingestor()
        ingestor.batchSize = articles
        ingestor.batchBytes = bytes
        let summary = try ingestor.ingest(paths: [folder.url.path], into: base.store)
        let rows = try base.store.writer.read { db in
            [
                try Row.fetchAll(db, sql: "SELECT content_hash, text FROM documents ORDER BY content_hash"),
                try Row.fetchAll(db, sql: "SELECT cameo, date_start, date_end, summary, participants FROM events ORDER BY merge_key"),
                try Row.fetchAll(db, sql: """
                    SELECT d.content_hash, m.sentence, m.sentence_start, m.trigger_text FROM mentions m
                    JOIN documents d ON d.id = m.document_id ORDER BY d.content_hash, m.sentence_start, m.trigger_start
                    """),
            ]
        }
        #expect(try base.store.integrityProblems().isEmpty)
        return ([summary.articlesRead, summary.articlesAdded, summary.articlesAlreadyKnown, summary.eventsAdded], rows)
    }

    @Test(arguments: [(128, 8 << 20), (128, 1), (128, 200), (2, 8 << 20), (1, 1)])
    func batchesOfAnySizeStoreTheSame(articles: Int, bytes: Int) throws {
        let whole = try Self.stored(articles: 1000, bytes: 1 << 30)
        let batched = try Self.stored(articles: articles, bytes: bytes)
        #expect(whole.summary[0] == 7 && whole.summary[1] == 6 && whole.summary[3] > 3, "\(whole.summary)")
        #expect(batched.summary == whole.summary)
        #expect(batched.rows == whole.rows)
    }

    @Test(arguments: [1, 2, 3])
    func theGateNeverHoldsMoreThanItsPlaces(places: Int) {
        let gate = CoreGate(count: places)
        let counts = Mutex((now: 0, most: 0))
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            gate.run {
                counts.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                // Some work while the place is held.
                var sum = 0
                for index in 0..<2_000 { sum &+= index * index }
                counts.withLock { $0.now -= 1; $0.most += sum == -1 ? 1 : 0 }
            }
        }
        #expect(counts.withLock { $0.most } <= places)
        #expect(counts.withLock { $0.now } == 0)
        #expect(CoreGate(count: 0).count == 1)
    }
}
