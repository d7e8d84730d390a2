import GRDB

extension AnnalsStore {
    /// The events that `query` selects, in timeline order: dated events by
    /// start day, then end day, then id; undated events last.
    public func timeline(_ query: TimelineQuery) throws -> [TimelineEvent] {
        // One page for the whole timeline: the events are built once, in the array returned.
        var events: [TimelineEvent] = []
        try forEachTimelinePage(query, pageSize: .max) { page in
            if events.isEmpty { events = page } else { events += page }
        }
        return events
    }

    /// Calls `body` with each event of the timeline in order, reading them one
    /// at a time from the database (for exports of any size).
    ///
    /// The database is read in one transaction, so the events form a
    /// consistent snapshot even while another process ingests.
    public func forEachTimelineEvent(_ query: TimelineQuery, _ body: (TimelineEvent) throws -> Void) throws {
        try forEachTimelinePage(query, pageSize: AnnalsStore.timelinePageSize) { page in
            for event in page { try body(event) }
        }
    }

    /// Calls `body` with the timeline's events in order, `pageSize` of them at a
    /// time (fewer on the last page), read in one transaction.
    private func forEachTimelinePage(_ query: TimelineQuery, pageSize: Int,
                                     _ body: ([TimelineEvent]) throws -> Void) throws {
        _ = try TimelineRequest(query)  // rejects a bad query before opening a transaction
        try writer.read { db in
            var query = query
            query.actorCodes = try TimelineRequest.rarestFirst(query.actorCodes, in: db)
            if readsPairTimeline, let pairRequest = try PairTimelineRequest(query) {
                // Events come whole from the pair table: handed on a page at a time as the others.
                var page: [TimelineEvent] = []
                page.reserveCapacity(min(pageSize, AnnalsStore.timelinePageSize))
                try AnnalsStore.forEachPairTimelineEvent(pairRequest, in: db) { event in
                    page.append(event)
                    if page.count == pageSize {
                        try body(page)
                        page.removeAll(keepingCapacity: true)
                    }
                }
                if !page.isEmpty { try body(page) }
                return
            }
            let request = try TimelineRequest(query)
            let rows = try Row.fetchCursor(db.cachedStatement(sql: request.sql), arguments: request.arguments)
            // Events are completed a page at a time: a query or two per page, not per event.
            var page = TimelinePage(capacity: min(pageSize, AnnalsStore.timelinePageSize))
            while let row = try rows.next() {
                try page.append(row, countsMentions: !query.includesMentions)
                if page.records.count == pageSize {
                    try body(page.events(withMentions: query.includesMentions, in: db))
                    page.removeAll()
                }
            }
            if !page.records.isEmpty { try body(page.events(withMentions: query.includesMentions, in: db)) }
        }
    }

    /// The rows of one page of a timeline, as read, before their actors and mentions.
    private struct TimelinePage {
        var records: [EventRecord] = []
        var digests: [ParticipantDigest?] = []
        /// Each event's number of mentions, when the request counted them.
        var mentionCounts: [Int] = []

        init(capacity: Int) {
            records.reserveCapacity(capacity)
            digests.reserveCapacity(capacity)
        }

        mutating func append(_ row: Row, countsMentions: Bool) throws {
            records.append(try EventRecord(row: row))
            digests.append(try AnnalsStore.participantDigest(in: row))
            if countsMentions { mentionCounts.append(row[TimelineRequest.mentionCountColumn]) }
        }

        mutating func removeAll() {
            records.removeAll(keepingCapacity: true)
            digests.removeAll(keepingCapacity: true)
            mentionCounts.removeAll(keepingCapacity: true)
        }

        func events(withMentions: Bool, in db: Database) throws -> [TimelineEvent] {
            try AnnalsStore.timelineEvents(
                records, digests: digests, withMentions: withMentions,
                mentionCounts: mentionCounts.count == records.count ? mentionCounts : nil, in: db)
        }
    }

    /// The lines of SQLite's `EXPLAIN QUERY PLAN` for the statement that
    /// ``forEachTimelineEvent(_:_:)`` runs for `query`: how it reads the tables
    /// (`SEARCH … USING INDEX …`, never `SCAN e` of the whole table), for
    /// benchmarks and tests.
    public func queryPlan(_ query: TimelineQuery) throws -> [String] {
        _ = try TimelineRequest(query)
        return try writer.read { db in
            var query = query
            query.actorCodes = try TimelineRequest.rarestFirst(query.actorCodes, in: db)
            let request = try TimelineRequest(query)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + request.sql, arguments: request.arguments)
                .map { $0["detail"] }
        }
    }

    /// Events with a source sentence that contains every word of `text`, best
    /// matches first.
    ///
    /// The words are folded as ingest folds text (``TextNormalizer``): Arabic
    /// ي and ك find Persian ی and ک, Persian and Arabic-Indic digits find ASCII
    /// ones, diacritics, tatweel and ZWNJ do not matter, nor does case. Each word
    /// is then searched as a literal (an FTS5 string), so quotes, `*`, `-`,
    /// `NEAR` or parentheses in `text` have no special meaning. The index holds
    /// the sentences of the `mentions` table (`event_search`, migration 0005);
    /// every summary is a clause of one of its event's sentences.
    ///
    /// `filter` narrows the events by its actors (all of them must take part),
    /// its date range and its CAMEO prefix; hypothetical and negated events are
    /// included whatever it says.
    public func search(_ text: String, filter: TimelineQuery = TimelineQuery(actorCodes: []),
                       limit: Int) throws -> [TimelineEvent] {
        guard let match = AnnalsStore.literalMatchExpression(TextNormalizer().normalizedString(text)), limit > 0
        else { return [] }
        var conditions: [String] = []
        var arguments: StatementArguments = [match]
        var seen: Set<String> = []
        for code in filter.actorCodes where seen.insert(code).inserted {
            conditions.append("EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id AND p.actor_code = ?)")
            arguments += [code]
        }
        if let from = filter.from {
            conditions.append("e.date_end >= ?")
            arguments += [from.iso]
        }
        if let to = filter.to {
            conditions.append("e.date_start <= ?")
            arguments += [to.iso]
        }
        if let prefix = filter.cameoPrefix, !prefix.isEmpty {
            guard prefix.count <= 4, prefix.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw StoreError.invalidQuery("a CAMEO prefix is 1 to 4 digits, not \"\(prefix)\"")
            }
            conditions.append("substr(e.cameo, 1, ?) = ?")
            arguments += [prefix.count, prefix]
        }
        arguments += [limit]
        let filtering = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try writer.read { db in
            // One index row per mention: an event ranks by its best-matching mention.
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(EventRecord.timelineSelection), \(TimelineRequest.mentionCount) FROM (
                        SELECT m.event_id, min(event_search.rank) AS best
                        FROM event_search JOIN mentions m ON m.id = event_search.rowid
                        WHERE event_search MATCH ?
                        GROUP BY m.event_id
                    ) AS found JOIN events e ON e.id = found.event_id
                    \(filtering)
                    ORDER BY found.best, e.id LIMIT ?
                    """,
                arguments: arguments)
            return try AnnalsStore.timelineEvents(
                try rows.map(EventRecord.init(row:)), digests: rows.map(AnnalsStore.participantDigest(in:)),
                withMentions: filter.includesMentions,
                mentionCounts: rows.map { $0[TimelineRequest.mentionCountColumn] }, in: db)
        }
    }

    /// `text` as an FTS5 query of string literals, one per word (all must
    /// match); nil when it has no words.
    static func literalMatchExpression(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
    }

    /// How many events ``forEachTimelineEvent(_:_:)`` completes at once.
    static let timelinePageSize = 256

    static func timelineEvent(_ record: EventRecord, in db: Database) throws -> TimelineEvent {
        guard let event = try timelineEvents([record], in: db).first else {
            throw StoreError.invalidQuery("an event row without id")
        }
        return event
    }

    /// `records` as timeline events, in the same order, with their actors (from
    /// `digests`, each event's `participants` column, when all of them read) and
    /// their mentions (or only how many there are, without `withMentions`: from
    /// `mentionCounts` when the caller counted them), in two queries for all of them.
    static func timelineEvents(_ records: [EventRecord], digests: [ParticipantDigest?] = [], withMentions: Bool = true,
                               mentionCounts knownCounts: [Int]? = nil, in db: Database) throws -> [TimelineEvent] {
        guard !records.isEmpty else { return [] }
        var ids: [Int64] = []
        ids.reserveCapacity(records.count)
        for record in records {
            guard let id = record.id else { throw StoreError.invalidQuery("an event row without id") }
            ids.append(id)
        }
        let idList = "[" + ids.map(String.init).joined(separator: ",") + "]"
        let actors = try actorsFromDigests(ids, digests, in: db) ?? actorsFromParticipants(idList, in: db)
        var mentions: [Int64: [TimelineEvent.Mention]] = [:]
        var mentionCounts: [Int64: Int] = [:]
        if withMentions {
            let mentionRows = try Row.fetchCursor(
                db.cachedStatement(sql: """
                    SELECT m.event_id, m.document_id, m.sentence, m.sentence_start, m.sentence_end, m.trigger_text,
                           d.origin, d.title, d.published, d.source, d.url
                    FROM mentions m JOIN documents d ON d.id = m.document_id
                    WHERE m.event_id IN (SELECT value FROM json_each(?))
                    ORDER BY m.event_id, d.published IS NULL, d.published, m.document_id, m.sentence_start, m.id
                    """),
                arguments: [idList])
            while let row = try mentionRows.next() {
                mentions[row[0], default: []].append(TimelineEvent.Mention(
                    document: Article.displayName(origin: row[6], title: row[7]),
                    documentId: row[1], sentence: row[2], start: row[3],
                    end: row[4], trigger: row[5], published: DayDate.fromISOColumn(row, 8),
                    title: row[7], outlet: row[9], url: row[10]))
            }
        } else if knownCounts == nil {
            // Counted on the index that starts with event_id: no mention row is read.
            let countRows = try Row.fetchCursor(
                db.cachedStatement(sql: """
                    SELECT event_id, count(*) FROM mentions
                    WHERE event_id IN (SELECT value FROM json_each(?)) GROUP BY event_id
                    """),
                arguments: [idList])
            while let row = try countRows.next() { mentionCounts[row[0]] = row[1] }
        }
        var events: [TimelineEvent] = []
        events.reserveCapacity(records.count)
        for (index, record) in records.enumerated() {
            let id = ids[index]
            var event = event(record, id: id, actors: actors[id] ?? [], mentions: mentions[id] ?? [])
            if !withMentions { event.unreadMentionCount = knownCounts?[index] ?? mentionCounts[id] ?? 0 }
            events.append(event)
        }
        return events
    }

    /// The participant digest of an event row (``EventRecord/digestColumn``), read from
    /// SQLite's bytes; nil when the column is NULL or does not read.
    static func participantDigest(in row: Row) throws -> ParticipantDigest? {
        try row.withUnsafeData(atIndex: EventRecord.digestColumn) { data in
            data?.withUnsafeBytes { ParticipantDigest(utf8: $0) }
        }
    }

    /// The actors of each event from its row's participant digest, with their names
    /// read in one query; nil when a digest is missing or does not read.
    private static func actorsFromDigests(_ ids: [Int64], _ digests: [ParticipantDigest?], in db: Database) throws
        -> [Int64: [TimelineEvent.ActorInfo]]? {
        guard digests.count == ids.count else { return nil }
        var parsed: [ParticipantDigest] = []
        parsed.reserveCapacity(digests.count)
        var codes: [String] = []
        var seen: Set<String> = []
        for digest in digests {
            guard let participants = digest else { return nil }
            for entry in participants.entries where seen.insert(entry.actorCode).inserted { codes.append(entry.actorCode) }
            parsed.append(participants)
        }
        var names: [String: (name: String, cameo: String)] = [:]
        let nameRows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT code, name, cameo_code FROM actors WHERE code IN (SELECT value FROM json_each(?))"),
            arguments: [ParticipantDigest.jsonArray(codes)])
        while let row = try nameRows.next() { names[row[0]] = (row[1], row[2]) }
        var actors: [Int64: [TimelineEvent.ActorInfo]] = [:]
        for (id, digest) in zip(ids, parsed) {
            var list: [TimelineEvent.ActorInfo] = []
            list.reserveCapacity(digest.entries.count)
            for entry in digest.entries {
                guard let role = ParticipantRole(rawValue: entry.role) else {
                    throw StoreError.invalidQuery("a participant row with an unknown role")
                }
                // As the join on actors would: a participant whose actor is gone is left out.
                guard let actor = names[entry.actorCode] else { continue }
                list.append(TimelineEvent.ActorInfo(
                    code: entry.actorCode, name: actor.name, role: role, cameo: actor.cameo, person: entry.person))
            }
            // Sources first, then targets, then others, each by code.
            list.sort { ($0.role.rank, $0.code) < ($1.role.rank, $1.code) }
            actors[id] = list
        }
        return actors
    }

    /// The actors of each event of `idList` (a JSON array of ids) from `event_participants`.
    private static func actorsFromParticipants(_ idList: String, in db: Database) throws
        -> [Int64: [TimelineEvent.ActorInfo]] {
        var actors: [Int64: [TimelineEvent.ActorInfo]] = [:]
        let actorRows = try Row.fetchCursor(
            db.cachedStatement(sql: """
                SELECT p.event_id, p.actor_code, p.role, p.person, a.name, a.cameo_code
                FROM event_participants p JOIN actors a ON a.code = p.actor_code
                WHERE p.event_id IN (SELECT value FROM json_each(?))
                ORDER BY p.event_id, CASE p.role WHEN 'source' THEN 0 WHEN 'target' THEN 1 ELSE 2 END, p.actor_code
                """),
            arguments: [idList])
        // Columns by position (the order of the SELECT above): a name look-up per cell costs more than the query.
        while let row = try actorRows.next() {
            guard let role = ParticipantRole(rawValue: row[2]) else {
                throw StoreError.invalidQuery("a participant row with an unknown role")
            }
            actors[row[0], default: []].append(TimelineEvent.ActorInfo(
                code: row[1], name: row[4], role: role, cameo: row[5], person: row[3]))
        }
        return actors
    }

    private static func event(_ record: EventRecord, id: Int64, actors: [TimelineEvent.ActorInfo],
                              mentions: [TimelineEvent.Mention]) -> TimelineEvent {
        let location: TimelineEvent.Location? =
            record.locationCode == nil && record.locationName == nil
            ? nil : TimelineEvent.Location(code: record.locationCode, name: record.locationName)
        return TimelineEvent(
            id: id,
            date: TimelineEvent.DateInfo(
                value: record.dateValue, start: record.dateStart, end: record.dateEnd,
                granularity: record.granularity, calendar: record.calendar),
            type: TimelineEvent.TypeInfo(
                cameo: record.cameo, label: record.label, root: String(record.cameo.prefix(2)),
                rootLabel: record.rootLabel, quadClass: record.quadClass, goldstein: record.goldstein),
            actors: actors,
            location: location,
            summary: record.summary,
            polarity: record.polarity,
            modality: record.modality,
            mentions: mentions)
    }
}
