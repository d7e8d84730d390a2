import Dispatch
import Foundation
import GRDB

/// Reads articles, extracts their events and stores them.
///
/// Articles are read and extracted in batches, extraction in parallel on all
/// cores; each batch is written by one writer, each article in its own
/// all-or-nothing step, so an interrupted ingest never leaves half an article.
/// An article the database refuses is skipped (``InputError/rejected(origin:reason:)``)
/// and the rest of its batch stored; a database another process keeps busy
/// beyond the store's timeout is waited for a few more times before giving up.
/// Articles already in the database (same text and publication date) are
/// skipped before extraction.
public struct Ingestor: Sendable {
    public let extractor: EventExtractor
    /// How many articles are extracted together before they are written.
    public var batchSize = 64

    public init(extractor: EventExtractor) {
        self.extractor = extractor
    }

    /// Ingests every article in `paths` (files, folders, `-`) into `store`.
    public func ingest(paths: [String], overrides: ArticleOverrides = ArticleOverrides(), into store: AnnalsStore,
                       progress: (@Sendable (IngestProgress) -> Void)? = nil) throws -> IngestSummary {
        let reader = ArticleReader(overrides: overrides)
        var summary = IngestSummary()
        var files: [String] = []
        for path in paths {
            do {
                files.append(contentsOf: try reader.files(for: [path]))
            } catch {
                summary.skipped.append(error)
            }
        }
        var pending: [Article] = []
        for (position, file) in files.enumerated() {
            for result in reader.articles(in: file) {
                summary.articlesRead += 1
                switch result {
                case .success(let article): pending.append(article)
                case .failure(let error): summary.skipped.append(error)
                }
                if pending.count >= batchSize {
                    try writeOrExplain(pending, into: store, summary: &summary)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            progress?(IngestProgress(filesDone: position + 1, filesTotal: files.count, articlesRead: summary.articlesRead))
        }
        try writeOrExplain(pending, into: store, summary: &summary)
        return summary
    }

    /// Writes a batch; a failure of the database itself (not of one article) ends the
    /// ingest with ``StoreError/writeFailed(path:reason:)``, saying what is kept and what to do.
    private func writeOrExplain(_ articles: [Article], into store: AnnalsStore, summary: inout IngestSummary) throws {
        do {
            try write(articles, into: store, summary: &summary)
        } catch let error as DatabaseError {
            throw StoreError.writeFailed(path: store.path, reason: Self.explanation(of: error, stored: summary.articlesAdded))
        }
    }

    /// What went wrong, why it may have, and what the user can do about it.
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

    /// Extracts the events of `articles` in parallel and writes them in one batch.
    private func write(_ articles: [Article], into store: AnnalsStore, summary: inout IngestSummary) throws {
        guard !articles.isEmpty else { return }
        var fresh: [Article] = []
        var seen: Set<String> = []
        for article in articles {
            let document = article
            if try seen.contains(document.contentHash) || store.containsDocument(hash: document.contentHash) {
                summary.articlesAlreadyKnown += 1
            } else {
                seen.insert(document.contentHash)
                fresh.append(article)
            }
        }
        let batch = zip(fresh, extractInParallel(fresh)).map { ($0, $1) }
        do {
            for outcome in try Self.retryingWhileBusy({ try store.ingest(batch: batch) }) {
                summary.record(outcome)
            }
        } catch StoreError.batchFailed {
            // One article spoils the batch: store the others one by one and name it.
            for (article, events) in batch {
                do {
                    summary.record(try Self.retryingWhileBusy({ try store.ingest(article, events: events) }))
                } catch let error as StoreError {
                    summary.skipped.append(.rejected(origin: article.origin, reason: error.description))
                }
            }
        }
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
        let results = ResultSlots<[ExtractedEvent]>(count: articles.count)
        DispatchQueue.concurrentPerform(iterations: articles.count) { index in
            results.set(index, extractor.events(in: articles[index]))
        }
        return results.values
    }
}
