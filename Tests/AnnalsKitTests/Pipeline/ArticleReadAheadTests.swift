import Testing
@testable import AnnalsKit

/// The read-ahead stopped in every state a failed ingest can leave it in: it ends its
/// reading thread and is released without a crash.
@Suite struct ArticleReadAheadTests {
    /// A batch of one article, numbered so that the order can be checked.
    private static func batch(_ number: Int) -> ArticleReadAhead.Batch {
        ArticleReadAhead.Batch(articles: [Article(text: "article \(number)", language: .english, origin: "test-\(number)")], hashes: ["\(number)"])
    }

    /// Stopped after taking `taken` batches of a reading that would go on for ever: the
    /// batches waiting read are dropped, the reader ends, and releasing it is safe (a
    /// stop with batches still waiting used to crash in the semaphore's release).
    @Test(arguments: [0, 1, 2, 3])
    func stoppingWithBatchesWaitingEndsTheReaderAndReleasesCleanly(taken: Int) throws {
        var readAhead: ArticleReadAhead? = ArticleReadAhead { hand in
            var number = 0
            while true {
                try hand(Self.batch(number))
                number += 1
            }
        }
        for expected in 0..<taken {
            let batch = try #require(try readAhead?.next())
            #expect(batch.hashes == ["\(expected)"])
        }
        readAhead?.stop()
        readAhead = nil
        #expect(readAhead == nil)
    }

    /// A reading that ends hands over every batch in order, then nil, and nil again.
    @Test func aReadingThatEndsGivesEveryBatchThenNil() throws {
        let readAhead = ArticleReadAhead { hand in
            for number in 0..<5 { try hand(Self.batch(number)) }
            return IngestSummary()
        }
        var seen: [String] = []
        while let batch = try readAhead.next() { seen += batch.hashes }
        #expect(seen == ["0", "1", "2", "3", "4"])
        #expect(try readAhead.next() == nil)
    }
}
