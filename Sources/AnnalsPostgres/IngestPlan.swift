#if PostgreSQL
import AnnalsKit
import PostgresNIO

/// One batch of articles as the PostgreSQL store writes it: documents first
/// (by content hash), then events by merge key, participants, places and
/// persons filled in, then mentions; each a few multi-row statements.
///
/// The outcome is what storing the articles one after another in batch order
/// gives in the SQLite store: an event keeps the first summary, roles and
/// place, a missing place or person is taken from the first later event that has one.
struct IngestPlan: Sendable {
    let batch: [(Article, [ExtractedEvent])]
    let hashes: [String]

    init(batch: [(Article, [ExtractedEvent])]) {
        self.batch = batch
        hashes = batch.map { $0.0.contentHash }
    }

    /// The events of one stored article with their merge keys.
    private struct Occurrence {
        let article: Int
        let event: ExtractedEvent
        let key: String
    }

    /// What the batch says about one merge key: its first event, the first place
    /// given, the first person given for each actor.
    private struct Merged {
        let first: ExtractedEvent
        var locationCode: String?
        var locationName: String?
        var persons: [String: String] = [:]
    }

    func write(on connection: PostgresConnection, labels: EventTypeLabeler) async throws -> [IngestOutcome] {
        try await writeEvents(documentIDs: try await storeDocuments(on: connection), on: connection, labels: labels)
    }

    /// Stores the events of articles already stored, with the ids `documentIDs`
    /// (in batch order): what a recode does after deleting every event.
    func writeEvents(ofStoredDocuments documentIDs: [Int64], on connection: PostgresConnection,
                     labels: EventTypeLabeler) async throws {
        let states = Dictionary(uniqueKeysWithValues: documentIDs.enumerated().map { ($0.offset, DocumentState.stored($0.element)) })
        _ = try await writeEvents(documentIDs: states, on: connection, labels: labels)
    }

    private func writeEvents(documentIDs: [Int: DocumentState], on connection: PostgresConnection,
                             labels: EventTypeLabeler) async throws -> [IngestOutcome] {
        var occurrences: [Occurrence] = []
        var merged: [String: Merged] = [:]
        var firstOccurrence: [String: Int] = [:]
        for (index, (_, events)) in batch.enumerated() {
            guard case .stored(let documentID)? = documentIDs[index] else { continue }
            for event in events {
                let key = EventIdentity(event).storageKey(documentID: documentID)
                if merged[key] == nil {
                    merged[key] = Merged(first: event)
                    firstOccurrence[key] = occurrences.count
                }
                if merged[key]?.locationCode == nil, merged[key]?.locationName == nil,
                   event.locationCode != nil || event.locationName != nil {
                    merged[key]?.locationCode = event.locationCode
                    merged[key]?.locationName = event.locationName
                }
                for participant in event.participants {
                    if let person = participant.personName, merged[key]?.persons[participant.actorCode] == nil {
                        merged[key]?.persons[participant.actorCode] = person
                    }
                }
                occurrences.append(Occurrence(article: index, event: event, key: key))
            }
        }
        let keys = merged.keys.sorted()
        let (eventIDs, inserted) = try await storeEvents(keys: keys, merged: merged, on: connection, labels: labels)
        try await completeEvents(keys: keys, merged: merged, eventIDs: eventIDs, inserted: inserted, on: connection)
        let mentionsAdded = try await storeMentions(occurrences, documentIDs: documentIDs, eventIDs: eventIDs,
                                                    on: connection)

        var newEvents = [Int](repeating: 0, count: batch.count)
        var mergedEvents = [Int](repeating: 0, count: batch.count)
        for (position, occurrence) in occurrences.enumerated() {
            if inserted.contains(occurrence.key), firstOccurrence[occurrence.key] == position {
                newEvents[occurrence.article] += 1
            } else {
                mergedEvents[occurrence.article] += 1
            }
        }
        return batch.indices.map { index -> IngestOutcome in
            switch documentIDs[index] {
            case .stored(let id)?:
                .stored(documentID: id, newEvents: newEvents[index], mergedEvents: mergedEvents[index],
                        newMentions: mentionsAdded[id] ?? 0)
            case .known(let id)?:
                .alreadyKnown(documentID: id)
            case nil:
                .alreadyKnown(documentID: 0)
            }
        }
    }

    private enum DocumentState {
        case stored(Int64)
        case known(Int64)
    }

    /// Inserts the documents not stored yet, in content-hash order; the others are known.
    private func storeDocuments(on connection: PostgresConnection) async throws -> [Int: DocumentState] {
        var firstIndex: [String: Int] = [:]
        for (index, hash) in hashes.enumerated() where firstIndex[hash] == nil { firstIndex[hash] = index }
        let order = firstIndex.keys.sorted()
        var storedIDs: [String: Int64] = [:]
        for chunk in order.chunked(500) {
            var binds = PostgresBindings()
            var values: [String] = []
            for hash in chunk {
                guard let index = firstIndex[hash] else { continue }
                let article = batch[index].0
                values.append(binds.placeholders(8))
                binds.append(hash); binds.append(article.title); binds.append(article.published?.iso)
                binds.append(article.source); binds.append(article.url); binds.append(article.language.rawValue)
                binds.append(article.origin); binds.append(article.text)
            }
            let rows = try await connection.query(PostgresQuery(unsafeSQL: """
                INSERT INTO documents (content_hash, title, published, source, url, language, origin, text)
                VALUES \(values.joined(separator: ", "))
                ON CONFLICT (content_hash) DO NOTHING RETURNING id, content_hash
                """, binds: binds), logger: PostgresStore.quiet)
            for try await (id, hash) in rows.decode((Int64, String).self) { storedIDs[hash] = id }
        }
        let others = order.filter { storedIDs[$0] == nil }
        var knownIDs: [String: Int64] = [:]
        if !others.isEmpty {
            let rows = try await connection.query(
                "SELECT id, content_hash FROM documents WHERE content_hash = ANY(\(others))", logger: PostgresStore.quiet)
            for try await (id, hash) in rows.decode((Int64, String).self) { knownIDs[hash] = id }
        }
        var states: [Int: DocumentState] = [:]
        for (index, hash) in hashes.enumerated() {
            if let id = storedIDs[hash] {
                states[index] = firstIndex[hash] == index ? .stored(id) : .known(id)
            } else if let id = knownIDs[hash] {
                states[index] = .known(id)
            }
        }
        return states
    }

    /// Inserts an event for each merge key not stored yet, in key order, and
    /// reads the ids of the others: every key's id, and the keys inserted here.
    private func storeEvents(keys: [String], merged: [String: Merged], on connection: PostgresConnection,
                             labels: EventTypeLabeler) async throws -> ([String: Int64], Set<String>) {
        var ids: [String: Int64] = [:]
        var inserted: Set<String> = []
        for chunk in keys.chunked(1000) {
            var binds = PostgresBindings()
            var values: [String] = []
            for key in chunk {
                guard let entry = merged[key] else { continue }
                let event = entry.first
                let label = labels(event.cameo)
                let time = event.time
                let anchored = time?.isAnchored == true
                values.append(binds.placeholders(18))
                binds.append(event.cameo); binds.append(label?.label); binds.append(label?.rootLabel)
                binds.append(label?.quadClass); binds.append(label?.goldstein)
                binds.append(time?.timex); binds.append(time?.type.rawValue); binds.append(time?.mod)
                binds.append(anchored ? time?.start?.iso : nil); binds.append(anchored ? time?.end?.iso : nil)
                binds.append(time?.granularity.rawValue); binds.append(time?.calendar.rawValue)
                binds.append(event.polarity.rawValue); binds.append(event.modality.rawValue)
                binds.append(entry.locationCode); binds.append(entry.locationName)
                binds.append(event.summary); binds.append(key)
            }
            let rows = try await connection.query(PostgresQuery(unsafeSQL: """
                INSERT INTO events (cameo, label, root_label, quad_class, goldstein, date_value, date_type, date_mod,
                                    date_start, date_end, granularity, calendar, polarity, modality,
                                    location_code, location_name, summary, merge_key)
                VALUES \(values.joined(separator: ", "))
                ON CONFLICT (merge_key) DO NOTHING RETURNING id, merge_key
                """, binds: binds), logger: PostgresStore.quiet)
            for try await (id, key) in rows.decode((Int64, String).self) {
                ids[key] = id
                inserted.insert(key)
            }
        }
        let others = keys.filter { ids[$0] == nil }
        for chunk in others.chunked(5000) {
            let rows = try await connection.query(
                "SELECT id, merge_key FROM events WHERE merge_key = ANY(\(Array(chunk)))", logger: PostgresStore.quiet)
            for try await (id, key) in rows.decode((Int64, String).self) { ids[key] = id }
        }
        return (ids, inserted)
    }

    /// The participants of the new events; a place and persons for stored events that lack them.
    private func completeEvents(keys: [String], merged: [String: Merged], eventIDs: [String: Int64],
                                inserted: Set<String>, on connection: PostgresConnection) async throws {
        var participantRows: [(Int64, String, String, String?)] = []
        var placeRows: [(Int64, String?, String?)] = []
        var personRows: [(Int64, String, String)] = []
        for key in keys {
            guard let entry = merged[key], let id = eventIDs[key] else { continue }
            if inserted.contains(key) {
                var seen: Set<String> = []
                for participant in entry.first.participants where seen.insert(participant.actorCode).inserted {
                    participantRows.append((id, participant.actorCode, participant.role.rawValue,
                                            entry.persons[participant.actorCode]))
                }
            } else {
                if entry.locationCode != nil || entry.locationName != nil {
                    placeRows.append((id, entry.locationCode, entry.locationName))
                }
                for (actor, person) in entry.persons.sorted(by: { $0.key < $1.key }) {
                    personRows.append((id, actor, person))
                }
            }
        }
        for chunk in participantRows.chunked(2000) {
            var binds = PostgresBindings()
            var values: [String] = []
            for row in chunk {
                values.append(binds.placeholders(4))
                binds.append(row.0); binds.append(row.1); binds.append(row.2); binds.append(row.3)
            }
            try await connection.query(PostgresQuery(unsafeSQL: """
                INSERT INTO event_participants (event_id, actor_code, role, person)
                VALUES \(values.joined(separator: ", ")) ON CONFLICT DO NOTHING
                """, binds: binds), logger: PostgresStore.quiet)
        }
        for chunk in placeRows.sorted(by: { $0.0 < $1.0 }).chunked(2000) {
            var binds = PostgresBindings()
            var values: [String] = []
            for row in chunk {
                values.append("($\(binds.count + 1)::bigint, $\(binds.count + 2)::text, $\(binds.count + 3)::text)")
                binds.append(row.0); binds.append(row.1); binds.append(row.2)
            }
            try await connection.query(PostgresQuery(unsafeSQL: """
                UPDATE events e SET location_code = v.code, location_name = v.name
                FROM (VALUES \(values.joined(separator: ", "))) AS v(id, code, name)
                WHERE e.id = v.id AND e.location_code IS NULL AND e.location_name IS NULL
                """, binds: binds), logger: PostgresStore.quiet)
        }
        for chunk in personRows.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }).chunked(2000) {
            var binds = PostgresBindings()
            var values: [String] = []
            for row in chunk {
                values.append("($\(binds.count + 1)::bigint, $\(binds.count + 2)::text, $\(binds.count + 3)::text)")
                binds.append(row.0); binds.append(row.1); binds.append(row.2)
            }
            try await connection.query(PostgresQuery(unsafeSQL: """
                UPDATE event_participants p SET person = v.person
                FROM (VALUES \(values.joined(separator: ", "))) AS v(event_id, actor_code, person)
                WHERE p.event_id = v.event_id AND p.actor_code = v.actor_code AND p.person IS NULL
                """, binds: binds), logger: PostgresStore.quiet)
        }
    }

    /// Inserts every mention not stored yet; how many each document added.
    private func storeMentions(_ occurrences: [Occurrence], documentIDs: [Int: DocumentState],
                               eventIDs: [String: Int64], on connection: PostgresConnection) async throws -> [Int64: Int] {
        var rows: [(Int64, Int64, EventMention)] = []
        for occurrence in occurrences {
            guard case .stored(let documentID)? = documentIDs[occurrence.article],
                  let eventID = eventIDs[occurrence.key] else { continue }
            for mention in occurrence.event.mentions { rows.append((eventID, documentID, mention)) }
        }
        var added: [Int64: Int] = [:]
        for chunk in rows.chunked(2000) {
            var binds = PostgresBindings()
            var values: [String] = []
            for (eventID, documentID, mention) in chunk {
                values.append(binds.placeholders(9))
                binds.append(eventID); binds.append(documentID); binds.append(mention.sentence)
                binds.append(mention.start); binds.append(mention.end); binds.append(mention.trigger)
                binds.append(mention.triggerStart); binds.append(mention.triggerEnd); binds.append(mention.timeText)
            }
            let inserted = try await connection.query(PostgresQuery(unsafeSQL: """
                INSERT INTO mentions (event_id, document_id, sentence, sentence_start, sentence_end,
                                      trigger_text, trigger_start, trigger_end, time_text)
                VALUES \(values.joined(separator: ", "))
                ON CONFLICT DO NOTHING RETURNING document_id
                """, binds: binds), logger: PostgresStore.quiet)
            for try await documentID in inserted.decode(Int64.self) { added[documentID, default: 0] += 1 }
        }
        return added
    }
}
#endif
