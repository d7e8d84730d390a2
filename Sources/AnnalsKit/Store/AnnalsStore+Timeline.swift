import GRDB

extension AnnalsStore {
    /// The events that `query` selects, in timeline order: dated events by
    /// start day, then end day, then id; undated events last.
    public func timeline(_ query: TimelineQuery) throws -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        try forEachTimelineEvent(query) { events.append($0) }
        return events
    }

    /// Calls `body` with each event of the timeline in order, reading them one
    /// at a time from the database (for exports of any size).
    ///
    /// The database is read in one transaction, so the events form a
    /// consistent snapshot even while another process ingests.
    public func forEachTimelineEvent(_ query: TimelineQuery, _ body: (TimelineEvent) throws -> Void) throws {
        let request = try TimelineRequest(query)
        try writer.read { db in
            let rows = try EventRecord.fetchCursor(db, sql: request.sql, arguments: request.arguments)
            while let record = try rows.next() {
                try body(try AnnalsStore.timelineEvent(record, in: db))
            }
        }
    }

    /// Events with a mention whose sentence and event summary together contain
    /// every word of `text`, best matches first.
    ///
    /// Each whitespace-separated word is searched as a literal (an FTS5
    /// string), so quotes, `*`, `-`, `NEAR` or parentheses in `text` have no
    /// special meaning. Hypothetical and negated events are included.
    public func search(_ text: String, limit: Int) throws -> [TimelineEvent] {
        guard let match = AnnalsStore.literalMatchExpression(text), limit > 0 else { return [] }
        return try writer.read { db in
            // One index row per mention: an event ranks by its best-matching mention.
            let records = try EventRecord.fetchAll(
                db,
                sql: """
                    SELECT e.* FROM (
                        SELECT m.event_id, min(event_search.rank) AS best
                        FROM event_search JOIN mentions m ON m.id = event_search.rowid
                        WHERE event_search MATCH ?
                        GROUP BY m.event_id
                    ) AS found JOIN events e ON e.id = found.event_id
                    ORDER BY found.best, e.id LIMIT ?
                    """,
                arguments: [match, limit])
            return try records.map { try AnnalsStore.timelineEvent($0, in: db) }
        }
    }

    /// `text` as an FTS5 query of string literals, one per word (all must
    /// match); nil when it has no words.
    static func literalMatchExpression(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty else { return nil }
        return words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: " ")
    }

    static func timelineEvent(_ record: EventRecord, in db: Database) throws -> TimelineEvent {
        guard let id = record.id else {
            throw StoreError.invalidQuery("an event row without id")
        }
        let actors = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT p.actor_code, p.role, p.person, a.name, a.cameo_code
                FROM event_participants p JOIN actors a ON a.code = p.actor_code
                WHERE p.event_id = ?
                ORDER BY CASE p.role WHEN 'source' THEN 0 WHEN 'target' THEN 1 ELSE 2 END, p.actor_code
                """),
            arguments: [id]
        ).map { row in
            TimelineEvent.ActorInfo(
                code: row["actor_code"], name: row["name"], role: row["role"], cameo: row["cameo_code"],
                person: row["person"])
        }
        let mentions = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT m.document_id, m.sentence, m.sentence_start, m.sentence_end, m.trigger_text,
                       d.origin, d.title, d.published
                FROM mentions m JOIN documents d ON d.id = m.document_id
                WHERE m.event_id = ?
                ORDER BY d.published IS NULL, d.published, m.document_id, m.sentence_start, m.id
                """),
            arguments: [id]
        ).map { row in
            TimelineEvent.Mention(
                document: Article.displayName(origin: row["origin"], title: row["title"]),
                documentId: row["document_id"], sentence: row["sentence"], start: row["sentence_start"],
                end: row["sentence_end"], trigger: row["trigger_text"], published: row["published"])
        }
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
