#if PostgreSQL
import AnnalsKit
import PostgresNIO

extension PostgresStore {
    /// Calls `body` with each event of the timeline in the SQLite store's order:
    /// dated events by start day, then end day, then id; undated events last.
    ///
    /// Read in one repeatable-read transaction: a consistent snapshot while workers ingest.
    /// The event rows are read first, then their actors and mentions a page at a time.
    public func forEachTimelineEvent(_ query: TimelineQuery, _ body: (TimelineEvent) throws -> Void) throws {
        let request = try PostgresTimelineRequest(query)
        try withoutActuallyEscaping(body) { body in
            let sink = Callback(body)
            defer { sink.release() }
            try snapshot { connection in
                let rows = try await connection.query(request.query, logger: Self.quiet)
                var records: [EventColumns] = []
                for try await row in rows { records.append(try EventColumns(row)) }
                for page in records.chunked(256) {
                    for event in try await Self.timelineEvents(
                        Array(page), withMentions: query.includesMentions, on: connection) { try sink.call(event) }
                }
            }
        }
    }

    /// Events with a mention whose sentence and event summary together contain
    /// every word of `text` (the 'simple' configuration: lowercased, not stemmed,
    /// folded as Annals folds text), best matches first, narrowed by `filter`'s
    /// actors, dates and CAMEO prefix (see ``PostgresSearchRequest``). Hypothetical
    /// and negated events are included whatever `filter` says, as in the SQLite store.
    public func search(_ text: String, filter: TimelineQuery = TimelineQuery(actorCodes: []),
                       limit: Int) throws -> [TimelineEvent] {
        guard let request = try PostgresSearchRequest(text, filter: filter, limit: limit) else { return [] }
        return try snapshot { connection in
            let rows = try await connection.query(request.query, logger: Self.quiet)
            var records: [EventColumns] = []
            for try await row in rows { records.append(try EventColumns(row)) }
            return try await Self.timelineEvents(records, withMentions: filter.includesMentions, on: connection)
        }
    }

    /// Calls `body` with the stored documents a page at a time, in the order
    /// they were stored, each with its events as stored and its own mentions.
    public func forEachDocument(_ body: ([(Article, [ExtractedEvent])]) throws -> Void) throws {
        try withoutActuallyEscaping(body) { body in
            let sink = Callback(body)
            defer { sink.release() }
            try snapshot { connection in
                var after: Int64 = 0
                while true {
                    let page = try await Self.documents(after: after, limit: 64, on: connection)
                    guard let last = page.last else { return }
                    after = last.id
                    let events = try await Self.storedEvents(ofDocuments: page.map(\.id), on: connection)
                    try sink.call(page.map { ($0.article, events[$0.id] ?? []) })
                }
            }
        }
    }

    /// Up to `limit` stored documents with ids above `after`, in id order.
    static func documents(after: Int64, limit: Int, on connection: PostgresConnection) async throws
        -> [StoredDocument] {
        let rows = try await connection.query("""
            SELECT id, text, title, published, source, url, language, origin FROM documents
            WHERE id > \(after) ORDER BY id LIMIT \(limit)
            """, logger: quiet)
        return try await storedDocuments(rows)
    }

    /// The documents of rows that select `id, text, title, published, source, url, language, origin`, in order.
    static func storedDocuments(_ rows: PostgresRowSequence) async throws -> [StoredDocument] {
        var documents: [StoredDocument] = []
        for try await (id, text, title, published, source, url, language, origin) in rows.decode(
            (Int64, String, String?, String?, String?, String?, String, String).self) {
            documents.append(StoredDocument(id: id, article: Article(
                text: text, title: title, published: published.flatMap(DayDate.init(iso:)), source: source,
                url: url, language: Language(rawValue: language), origin: origin)))
        }
        return documents
    }

    /// The stored documents of `ids` (unknown ids left out), in id order.
    public func documents(ids: some Sequence<Int64>) throws -> [StoredDocument] {
        let wanted = Set(ids).sorted()
        guard !wanted.isEmpty else { return [] }
        return try snapshot { connection in
            let rows = try await connection.query("""
                SELECT id, text, title, published, source, url, language, origin FROM documents
                WHERE id = ANY(\(wanted)) ORDER BY id
                """, logger: Self.quiet)
            return try await Self.storedDocuments(rows)
        }
    }

    /// `work` in a read-only repeatable-read transaction.
    func snapshot<Value: Sendable>(_ work: @escaping @Sendable (PostgresConnection) async throws -> Value) throws -> Value {
        try transaction { connection in
            try await connection.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: Self.quiet)
            return try await work(connection)
        }
    }

    /// The events of each document of `ids`, in the order their first mention was stored.
    static func storedEvents(ofDocuments ids: [Int64], on connection: PostgresConnection) async throws
        -> [Int64: [ExtractedEvent]] {
        var participants: [Int64: [Participant]] = [:]
        let participantRows = try await connection.query("""
            SELECT p.event_id, p.actor_code, p.role, p.person FROM event_participants p
            WHERE p.event_id IN (SELECT event_id FROM mentions WHERE document_id = ANY(\(ids)))
            ORDER BY p.event_id, CASE p.role WHEN 'source' THEN 0 WHEN 'target' THEN 1 ELSE 2 END, p.actor_code
            """, logger: quiet)
        for try await (id, code, role, person) in participantRows.decode((Int64, String, String, String?).self) {
            guard let role = ParticipantRole(rawValue: role) else {
                throw StoreError.invalidQuery("a participant row with an unknown role")
            }
            participants[id, default: []].append(Participant(actorCode: code, role: role, personName: person))
        }
        var builder = StoredEventsBuilder()
        let rows = try await connection.query("""
            SELECT \(unescaped: EventColumns.selection), m.document_id, m.sentence, m.sentence_start, m.sentence_end,
                   m.trigger_text, m.trigger_start, m.trigger_end, m.time_text
            FROM mentions m JOIN events e ON e.id = m.event_id
            WHERE m.document_id = ANY(\(ids))
            ORDER BY m.document_id, m.id
            """, logger: quiet)
        for try await row in rows {
            let event = try EventColumns(row)
            let cells = row.makeRandomAccess()
            let mention = EventMention(
                sentence: try cells[19].decode(String.self), start: try cells[20].decode(Int.self),
                end: try cells[21].decode(Int.self), trigger: try cells[22].decode(String.self),
                triggerStart: try cells[23].decode(Int.self), triggerEnd: try cells[24].decode(Int.self),
                timeText: try cells[25].decode(String?.self))
            builder.add(mention, of: event.stored, id: event.id, document: try cells[18].decode(Int64.self),
                        participants: participants[event.id] ?? [])
        }
        return builder.events
    }

    /// `records` as timeline events, in the same order, with their actors and their
    /// mentions, or without `withMentions` only how many mentions each has (counted on
    /// the unique index that starts with `event_id`, no sentence read), as the SQLite store does.
    static func timelineEvents(_ records: [EventColumns], withMentions: Bool = true,
                               on connection: PostgresConnection) async throws -> [TimelineEvent] {
        guard !records.isEmpty else { return [] }
        let ids = records.map(\.id)
        var actors: [Int64: [TimelineEvent.ActorInfo]] = [:]
        let actorRows = try await connection.query("""
            SELECT p.event_id, p.actor_code, p.role, p.person, a.name, a.cameo_code
            FROM event_participants p JOIN actors a ON a.code = p.actor_code
            WHERE p.event_id = ANY(\(ids))
            ORDER BY p.event_id, CASE p.role WHEN 'source' THEN 0 WHEN 'target' THEN 1 ELSE 2 END, p.actor_code
            """, logger: quiet)
        for try await (id, code, role, person, name, cameo) in actorRows.decode(
            (Int64, String, String, String?, String, String).self) {
            guard let role = ParticipantRole(rawValue: role) else {
                throw StoreError.invalidQuery("a participant row with an unknown role")
            }
            actors[id, default: []].append(TimelineEvent.ActorInfo(
                code: code, name: name, role: role, cameo: cameo, person: person))
        }
        guard withMentions else {
            var counts: [Int64: Int] = [:]
            let countRows = try await connection.query(
                "SELECT event_id, count(*) FROM mentions WHERE event_id = ANY(\(ids)) GROUP BY event_id", logger: quiet)
            for try await (id, count) in countRows.decode((Int64, Int).self) { counts[id] = count }
            return records.map {
                var event = $0.timelineEvent(actors: actors[$0.id] ?? [], mentions: [])
                event.unreadMentionCount = counts[$0.id] ?? 0
                return event
            }
        }
        var mentions: [Int64: [TimelineEvent.Mention]] = [:]
        let mentionRows = try await connection.query("""
            SELECT m.event_id, m.document_id, m.sentence, m.sentence_start, m.sentence_end, m.trigger_text,
                   d.origin, d.title, d.published, d.source, d.url
            FROM mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.event_id = ANY(\(ids))
            ORDER BY m.event_id, d.published IS NULL, d.published, m.document_id, m.sentence_start, m.id
            """, logger: quiet)
        for try await (id, document, sentence, start, end, trigger, origin, title, published, outlet, url)
            in mentionRows.decode((Int64, Int64, String, Int, Int, String, String, String?, String?, String?, String?).self) {
            mentions[id, default: []].append(TimelineEvent.Mention(
                document: Article.displayName(origin: origin, title: title), documentId: document,
                sentence: sentence, start: start, end: end, trigger: trigger,
                published: published.flatMap(DayDate.init(iso:)), title: title, outlet: outlet, url: url))
        }
        return records.map { $0.timelineEvent(actors: actors[$0.id] ?? [], mentions: mentions[$0.id] ?? []) }
    }
}

/// The caller's closure handed to the task that does the work while the
/// caller waits for it: called by one thread at a time, and released before
/// the caller returns (the task may outlive the call by a moment).
final class Callback<Argument>: @unchecked Sendable {
    private var body: ((Argument) throws -> Void)?

    init(_ body: @escaping (Argument) throws -> Void) {
        self.body = body
    }

    func call(_ argument: Argument) throws {
        try body?(argument)
    }

    func release() {
        body = nil
    }
}
#endif
