#if PostgreSQL
import AnnalsKit
import PostgresNIO

extension PostgresStore {
    /// Reads every stored document again with `extract` and replaces all
    /// events, participants and mentions with what it finds now, as
    /// ``AnnalsKit/AnnalsStore/recode(batchSize:extractingWith:progress:)`` does in
    /// an SQLite file: every event is deleted, then each batch of documents, in
    /// the order they were stored, has its events stored again as an ingest of
    /// that batch would (``IngestPlan``), so events merge as they first did.
    /// Documents keep their ids; events get new ones.
    ///
    /// All of it is one transaction: readers see the old events until it
    /// commits, ingest workers wait for it (the events table is locked against
    /// other writers), and an error (an event naming an actor not stored, say)
    /// leaves the database as it was.
    ///
    /// - Parameters:
    ///   - batchSize: how many documents are extracted together.
    ///   - extract: the events of each article of a batch, in the batch's order.
    ///   - progress: called after each batch with the documents done and their total.
    public func recode(batchSize: Int = 64, extractingWith extract: ([Article]) -> [[ExtractedEvent]],
                       progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> RecodeSummary {
        let labels = labels
        let foldsSearch = try foldsSearchLikeServer()
        let size = max(1, batchSize)
        return try withoutActuallyEscaping(extract) { extract in
            let steps = RecodeSteps(extract: extract, progress: progress)
            defer { steps.release() }
            return try transaction { connection in
                try await connection.query("LOCK TABLE events IN EXCLUSIVE MODE", logger: Self.quiet)
                var summary = RecodeSummary()
                let (events, documents) = try await Self.count(
                    "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM documents)", on: connection)
                summary.eventsBefore = events
                try await connection.query("DELETE FROM events", logger: Self.quiet)
                var after: Int64 = 0
                while true {
                    let page = try await Self.documents(after: after, limit: size, on: connection)
                    guard let last = page.last else { break }
                    after = last.id
                    let articles = page.map(\.article)
                    let extracted = try steps.extract(articles)
                    let batch = Array(zip(articles, extracted))
                    for (article, events) in batch { try AnnalsStore.validate(article, events) }
                    try await Self.requireActors(of: batch, on: connection)
                    try await IngestPlan(batch: batch, foldsSearch: foldsSearch).writeEvents(
                        ofStoredDocuments: page.map(\.id), on: connection, labels: labels)
                    summary.documents += page.count
                    steps.report(done: summary.documents, total: documents)
                }
                (summary.eventsAfter, summary.mentions) = try await Self.count(
                    "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM mentions)", on: connection)
                return summary
            }
        }
    }

    /// Two counts of one statement.
    private static func count(_ sql: String, on connection: PostgresConnection) async throws -> (Int, Int) {
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: quiet)
        for try await counts in rows.decode((Int, Int).self) { return counts }
        return (0, 0)
    }

    /// Throws ``AnnalsKit/StoreError/unknownActor(code:origin:)`` for the first
    /// article of `batch` with an event naming an actor not stored.
    private static func requireActors(of batch: [(Article, [ExtractedEvent])],
                                      on connection: PostgresConnection) async throws {
        let codes = Array(batch.reduce(into: Set<String>()) { $0.formUnion(actorCodes(of: $1.1)) })
        guard !codes.isEmpty else { return }
        var known: Set<String> = []
        let rows = try await connection.query("SELECT code FROM actors WHERE code = ANY(\(codes))", logger: quiet)
        for try await code in rows.decode(String.self) { known.insert(code) }
        for (article, events) in batch {
            if let code = actorCodes(of: events).sorted().first(where: { !known.contains($0) }) {
                throw StoreError.unknownActor(code: code, origin: article.origin)
            }
        }
    }
}

/// The caller's extraction and progress closures, handed to the task that runs
/// the recode while the caller waits: called by one thread at a time, and the
/// extraction released before the caller returns (see ``Callback``).
private final class RecodeSteps: @unchecked Sendable {
    private var extraction: (([Article]) -> [[ExtractedEvent]])?
    private let progress: ((_ done: Int, _ total: Int) -> Void)?

    init(extract: @escaping ([Article]) -> [[ExtractedEvent]], progress: ((_ done: Int, _ total: Int) -> Void)?) {
        extraction = extract
        self.progress = progress
    }

    func extract(_ articles: [Article]) throws -> [[ExtractedEvent]] {
        guard let extraction else { throw CancellationError() }
        return extraction(articles)
    }

    func report(done: Int, total: Int) {
        progress?(done, total)
    }

    func release() {
        extraction = nil
    }
}
#endif
