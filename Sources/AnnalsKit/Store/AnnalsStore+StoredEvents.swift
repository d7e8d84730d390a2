import GRDB

extension AnnalsStore {
    /// Calls `body` with the stored documents a page at a time, in the order
    /// they were stored, each with its events as stored and its own mentions of
    /// them (see ``EventStore/forEachDocument(_:)``).
    ///
    /// The database is read in one transaction: a consistent snapshot.
    public func forEachDocument(_ body: ([(Article, [ExtractedEvent])]) throws -> Void) throws {
        try writer.read { db in
            var after: Int64 = 0
            while true {
                let documents = try Row.fetchAll(db, sql: """
                    SELECT id, text, title, published, source, url, language, origin FROM documents
                    WHERE id > ? ORDER BY id LIMIT ?
                    """, arguments: [after, AnnalsStore.documentPageSize])
                guard let last = documents.last else { return }
                after = last[0]
                let ids = documents.map { $0[0] as Int64 }
                let events = try storedEvents(ofDocuments: ids, in: db)
                try body(documents.map { row in
                    let article = Article(
                        text: row[1], title: row[2], published: DayDate.fromISOColumn(row, 3), source: row[4],
                        url: row[5], language: Language(rawValue: row[6]), origin: row[7])
                    return (article, events[row[0]] ?? [])
                })
            }
        }
    }

    /// How many documents ``forEachDocument(_:)`` reads at once.
    static let documentPageSize = 64

    /// The events of each document of `ids`, in the order their first mention was stored.
    private func storedEvents(ofDocuments ids: [Int64], in db: Database) throws -> [Int64: [ExtractedEvent]] {
        let idList = "[" + ids.map(String.init).joined(separator: ",") + "]"
        var participants: [Int64: [Participant]] = [:]
        let participantRows = try Row.fetchCursor(db, sql: """
            SELECT p.event_id, p.actor_code, p.role, p.person FROM event_participants p
            WHERE p.event_id IN (SELECT event_id FROM mentions WHERE document_id IN (SELECT value FROM json_each(?)))
            ORDER BY p.event_id, CASE p.role WHEN 'source' THEN 0 WHEN 'target' THEN 1 ELSE 2 END, p.actor_code
            """, arguments: [idList])
        while let row = try participantRows.next() {
            guard let role = ParticipantRole(rawValue: row[2]) else {
                throw StoreError.invalidQuery("a participant row with an unknown role")
            }
            participants[row[0], default: []].append(Participant(actorCode: row[1], role: role, personName: row[3]))
        }
        var builder = StoredEventsBuilder()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT \(EventRecord.selection), m.document_id, m.sentence, m.sentence_start, m.sentence_end,
                   m.trigger_text, m.trigger_start, m.trigger_end, m.time_text
            FROM mentions m JOIN events e ON e.id = m.event_id
            WHERE m.document_id IN (SELECT value FROM json_each(?))
            ORDER BY m.document_id, m.id
            """, arguments: [idList])
        while let row = try rows.next() {
            let record = try EventRecord(row: row)
            let mention = EventMention(
                sentence: row[20], start: row[21], end: row[22], trigger: row[23],
                triggerStart: row[24], triggerEnd: row[25], timeText: row[26])
            builder.add(mention, of: StoredEvent(record), id: record.id ?? 0, document: row[19],
                        participants: participants[record.id ?? 0] ?? [])
        }
        return builder.events
    }
}
