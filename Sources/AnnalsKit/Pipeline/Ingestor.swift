import Dispatch

/// Reads articles, extracts their events and stores them.
///
/// Articles are read and extracted in batches, extraction in parallel on all
/// cores; each batch is written by one writer, each article in its own
/// all-or-nothing step, so an interrupted ingest never leaves half an article.
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
                    try write(pending, into: store, summary: &summary)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            progress?(IngestProgress(filesDone: position + 1, filesTotal: files.count, articlesRead: summary.articlesRead))
        }
        try write(pending, into: store, summary: &summary)
        return summary
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
        let extracted = extractInParallel(fresh)
        let outcomes = try store.ingest(batch: zip(fresh, extracted).map { ($0, $1) })
        for outcome in outcomes {
            summary.record(outcome)
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
