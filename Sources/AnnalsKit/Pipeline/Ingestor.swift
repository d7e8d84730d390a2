import Foundation
import GRDB

/// Reads articles, extracts their events and stores them.
///
/// Articles are read and extracted in batches, extraction in parallel on all
/// cores; one writer thread stores each batch while the next is extracted,
/// each article in its own all-or-nothing step, so an interrupted ingest never
/// leaves half an article.
/// An article the database refuses is skipped (``InputError/rejected(origin:reason:)``)
/// and the rest of its batch stored; a database another process keeps busy
/// beyond the store's timeout is waited for a few more times before giving up.
/// Articles already in the database (same text and publication date) are
/// skipped before extraction.
public struct Ingestor: Sendable {
    public let extractor: EventExtractor
    /// How many articles are extracted together before they are written.
    ///
    /// Each batch is one write transaction, whose fixed part (the bulk index rows, the
    /// commit) costs the single writer less per article in larger batches.
    public var batchSize = 128
    /// The most text (UTF-8 bytes) a batch holds: a batch ends at `batchSize` articles
    /// or once its articles hold this much, so that long articles make smaller batches
    /// and the batches waiting keep memory flat.
    public var batchBytes = 8 << 20
    /// How many threads extract at once; nil for one per core. Several ingest
    /// processes writing to one PostgreSQL database each run with 1.
    public var threads: Int?

    public init(extractor: EventExtractor) {
        self.extractor = extractor
    }

    /// Ingests every article in `paths` (files, folders, `-`) into `store`.
    ///
    /// Three stages run at once: a reading thread reads, hashes and skips known
    /// articles (`ArticleReadAhead`), the calling thread extracts each batch on
    /// all cores, and a writer thread stores the batch before (`BatchWriter`).
    public func ingest(paths: [String], overrides: ArticleOverrides = ArticleOverrides(), into store: any EventStore,
                       progress: (@Sendable (IngestProgress) -> Void)? = nil) throws -> IngestSummary {
        let reader = ArticleReader(overrides: overrides, profiles: extractor.readProfiles)
        let limits = (articles: max(1, batchSize), bytes: max(1, batchBytes))
        let readAhead = ArticleReadAhead { hand in
            try Ingestor.read(paths, with: reader, limits: limits, knownTo: store, progress: progress, hand: hand)
        }
        // The writer and the extracting threads share one place per core (`CoreGate`).
        let gate = CoreGate()
        let writer = BatchWriter(store: store, gate: gate)
        do {
            while let batch = try readAhead.next() {
                let events = extractInParallel(batch.articles, gate: gate)
                try writer.submit(Array(zip(batch.articles, events)), hashes: batch.hashes)
            }
        } catch {
            // What was handed to the writer is still stored before the error is reported.
            readAhead.stop()
            _ = try? writer.finish()
            throw error
        }
        var summary = readAhead.summary
        summary.add(try writer.finish())
        return summary
    }

    /// Reads every article of `paths` and hands them over in batches of at most
    /// `limits.articles` articles, ended early once they hold `limits.bytes` of text,
    /// leaving out those `store` holds already; returns what it counted.
    private static func read(_ paths: [String], with reader: ArticleReader, limits: (articles: Int, bytes: Int),
                             knownTo store: any EventStore,
                             progress: (@Sendable (IngestProgress) -> Void)?,
                             hand: (ArticleReadAhead.Batch) throws -> Void) throws -> IngestSummary {
        var summary = IngestSummary()
        // Folders are walked as they are read, never listed whole; only a progress
        // display needs the total, counted by a first walk.
        var filesTotal = 0
        if progress != nil {
            for path in paths { try? reader.forEachFile(under: path) { _ in filesTotal += 1 } }
        }
        var filesDone = 0
        var pending = ArticleReadAhead.Batch()
        var pendingBytes = 0
        var seen: Set<String> = []
        for path in paths {
            do {
                try reader.forEachFile(under: path) { file in
                    try reader.forEachArticle(in: file) { result in
                        summary.articlesRead += 1
                        switch result {
                        case .success(let article):
                            // SHA-256 of the whole text: computed once here, and stored with the article.
                            let hash = article.contentHash
                            if seen.contains(hash) {
                                summary.articlesAlreadyKnown += 1
                            } else {
                                seen.insert(hash)
                                pending.articles.append(article)
                                pending.hashes.append(hash)
                                pendingBytes += article.text.utf8.count
                            }
                        case .failure(let error):
                            summary.skipped.append(error)
                        }
                        if pending.articles.count >= limits.articles || pendingBytes >= limits.bytes {
                            try handUnknown(pending, knownTo: store, summary: &summary, hand: hand)
                            pending = ArticleReadAhead.Batch()
                            pendingBytes = 0
                            // Duplicates are looked for within a batch (later ones are found by the store):
                            // a set of every hash would grow with the input.
                            seen.removeAll(keepingCapacity: true)
                        }
                    }
                    filesDone += 1
                    progress?(IngestProgress(filesDone: filesDone, filesTotal: max(filesTotal, filesDone),
                                             articlesRead: summary.articlesRead))
                }
            } catch let error as InputError {
                summary.skipped.append(error)
            }
        }
        if !pending.articles.isEmpty { try handUnknown(pending, knownTo: store, summary: &summary, hand: hand) }
        return summary
    }

    /// Hands over the articles of `batch` that `store` does not hold, asked in one
    /// question for the whole batch; counts the others as already known.
    private static func handUnknown(_ batch: ArticleReadAhead.Batch, knownTo store: any EventStore,
                                    summary: inout IngestSummary,
                                    hand: (ArticleReadAhead.Batch) throws -> Void) throws {
        let known = try store.knownDocuments(hashes: batch.hashes)
        guard !known.isEmpty else { return try hand(batch) }
        var unknown = ArticleReadAhead.Batch()
        for (article, hash) in zip(batch.articles, batch.hashes) where !known.contains(hash) {
            unknown.articles.append(article)
            unknown.hashes.append(hash)
        }
        summary.articlesAlreadyKnown += batch.articles.count - unknown.articles.count
        if !unknown.articles.isEmpty { try hand(unknown) }
    }

    /// Stores one extracted batch; if one article spoils the batch, stores the
    /// others one by one and names it.
    static func write(_ batch: [(Article, [ExtractedEvent])], hashes: [String], into store: any EventStore,
                      summary: inout IngestSummary) throws {
        guard !batch.isEmpty else { return }
        do {
            for outcome in try retryingWhileBusy({ try store.ingest(batch: batch, hashes: hashes) }) {
                summary.record(outcome)
            }
        } catch StoreError.batchFailed {
            for (article, events) in batch {
                do {
                    summary.record(try retryingWhileBusy({ try store.ingest(article, events: events) }))
                } catch let error as StoreError {
                    summary.skipped.append(.rejected(origin: article.origin, reason: error.description))
                }
            }
        }
    }

    /// What went wrong with the database, why it may have, and what the user can do about it.
    static func explanation(of error: DatabaseError, stored: Int) -> String {
        var reason = error.message ?? "\(error.resultCode)"
        // A file-size limit (EFBIG) reaches SQLite as an I/O error, a full disk as SQLITE_FULL.
        if error.resultCode == .SQLITE_FULL || error.resultCode == .SQLITE_IOERR {
            reason += " (is the disk full, or the file bigger than a file-size limit allows?)"
        }
        let articles = stored == 1 ? "1 article" : "\(stored) articles"
        return reason + ". Everything stored is kept, \(articles) of this run among it; "
            + "make room and run the same ingest again to add the rest"
    }

    /// Runs `write` again (up to `attempts` times in all) while the database is busy or
    /// locked: the store waits five seconds for a lock each time already.
    static func retryingWhileBusy<Value>(attempts: Int = 4, _ write: () throws -> Value) throws -> Value {
        var attempt = 1
        while true {
            do {
                return try write()
            } catch let error as DatabaseError where attempt < attempts
                && (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) {
                attempt += 1
                Thread.sleep(forTimeInterval: 0.05 * Double(attempt))
            }
        }
    }

    /// The events of each article, extracted on all cores.
    func extractInParallel(_ articles: [Article]) -> [[ExtractedEvent]] {
        let extractor = extractor
        return articles.concurrentMap(threads: threads) { extractor.events(in: $0) }
    }

    /// The events of each article, extracted on all cores, each article taking a place of `gate`.
    func extractInParallel(_ articles: [Article], gate: CoreGate) -> [[ExtractedEvent]] {
        let extractor = extractor
        return articles.concurrentMap(threads: threads) { article in gate.run { extractor.events(in: article) } }
    }
}
