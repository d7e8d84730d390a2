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
    /// Whether each mention's search text is folded here (``PostgresSearchFolding``) rather than by the server.
    let foldsSearch: Bool

    init(batch: [(Article, [ExtractedEvent])], foldsSearch: Bool) {
        self.batch = batch
        hashes = batch.map { $0.0.contentHash }
        self.foldsSearch = foldsSearch
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
        let stored = try await storeEvents(keys: keys, merged: merged, on: connection, labels: labels)
        try await completeEvents(keys: keys, merged: merged, stored: stored, on: connection)
        let mentionsAdded = try await storeMentions(occurrences, documentIDs: documentIDs, stored: stored,
                                                    foldsSearch: foldsSearch, on: connection)

        var newEvents = [Int](repeating: 0, count: batch.count)
        var mergedEvents = [Int](repeating: 0, count: batch.count)
        for (position, occurrence) in occurrences.enumerated() {
            if stored.inserted.contains(occurrence.key), firstOccurrence[occurrence.key] == position {
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
        let insert = MultiRowStatement<String>(columns: 8, rowsPerStatement: 500, bind: { hash, binds in
            let article = batch[firstIndex[hash] ?? 0].0
            binds.append(hash); binds.append(article.title); binds.append(article.published?.iso)
            binds.append(article.source); binds.append(article.url); binds.append(article.language.rawValue)
            binds.append(article.origin); binds.append(article.text)
        }, sql: { values in """
            INSERT INTO documents (content_hash, title, published, source, url, language, origin, text)
            VALUES \(values) ON CONFLICT (content_hash) DO NOTHING RETURNING id, content_hash
            """ })
        try await insert.run(order, on: connection) { rows in
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
    /// reads the ids of the others: every key's id and stored summary, and the keys inserted here.
    private func storeEvents(keys: [String], merged: [String: Merged], on connection: PostgresConnection,
                             labels: EventTypeLabeler) async throws -> StoredEvents {
        var stored = StoredEvents()
        let rows = keys.compactMap { key in merged[key].map { (key, $0, labels($0.first.cameo)) } }
        let insert = MultiRowStatement<(String, Merged, EventTypeLabel?)>(columns: 18, rowsPerStatement: 1000, bind: { row, binds in
            let (key, entry, label) = row
            let event = entry.first
            let time = event.time
            let anchored = time?.isAnchored == true
            binds.append(event.cameo); binds.append(label?.label); binds.append(label?.rootLabel)
            binds.append(label?.quadClass); binds.append(label?.goldstein)
            binds.append(time?.timex); binds.append(time?.type.rawValue); binds.append(time?.mod)
            binds.append(anchored ? time?.start?.iso : nil); binds.append(anchored ? time?.end?.iso : nil)
            binds.append(time?.granularity.rawValue); binds.append(time?.calendar.rawValue)
            binds.append(event.polarity.rawValue); binds.append(event.modality.rawValue)
            binds.append(entry.locationCode); binds.append(entry.locationName)
            binds.append(event.summary); binds.append(key)
        }, sql: { values in """
            INSERT INTO events (cameo, label, root_label, quad_class, goldstein, date_value, date_type, date_mod,
                                date_start, date_end, granularity, calendar, polarity, modality,
                                location_code, location_name, summary, merge_key)
            VALUES \(values) ON CONFLICT (merge_key) DO NOTHING RETURNING id, merge_key
            """ })
        try await insert.run(rows, on: connection) { inserted in
            for try await (id, key) in inserted.decode((Int64, String).self) {
                stored.ids[key] = id
                stored.summaries[key] = merged[key]?.first.summary
                stored.inserted.insert(key)
            }
        }
        let others = keys.filter { stored.ids[$0] == nil }
        for chunk in others.chunked(5000) {
            let rows = try await connection.query(
                "SELECT id, merge_key, summary FROM events WHERE merge_key = ANY(\(Array(chunk)))",
                logger: PostgresStore.quiet)
            for try await (id, key, summary) in rows.decode((Int64, String, String).self) {
                stored.ids[key] = id
                stored.summaries[key] = summary
            }
        }
        return stored
    }

    /// The events of a batch as stored: the id and summary of each merge key, and the keys inserted by this batch.
    private struct StoredEvents {
        var ids: [String: Int64] = [:]
        var summaries: [String: String] = [:]
        var inserted: Set<String> = []
    }

    /// The participants of the new events; a place and persons for stored events that lack them.
    private func completeEvents(keys: [String], merged: [String: Merged], stored: StoredEvents,
                                on connection: PostgresConnection) async throws {
        var participantRows: [(Int64, String, String, String?)] = []
        var placeRows: [(Int64, String?, String?)] = []
        var personRows: [(Int64, String, String)] = []
        for key in keys {
            guard let entry = merged[key], let id = stored.ids[key] else { continue }
            if stored.inserted.contains(key) {
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
        try await MultiRowStatement<(Int64, String, String, String?)>(columns: 4, rowsPerStatement: 2000, bind: { row, binds in
            binds.append(row.0); binds.append(row.1); binds.append(row.2); binds.append(row.3)
        }, sql: { values in
            "INSERT INTO event_participants (event_id, actor_code, role, person) VALUES \(values) ON CONFLICT DO NOTHING"
        }).run(participantRows, on: connection)
        try await MultiRowStatement<(Int64, String?, String?)>(
            types: ["bigint", "text", "text"], rowsPerStatement: 2000, bind: { row, binds in
                binds.append(row.0); binds.append(row.1); binds.append(row.2)
            }, sql: { values in """
                UPDATE events e SET location_code = v.code, location_name = v.name
                FROM (VALUES \(values)) AS v(id, code, name)
                WHERE e.id = v.id AND e.location_code IS NULL AND e.location_name IS NULL
                """ }).run(placeRows.sorted(by: { $0.0 < $1.0 }), on: connection)
        try await MultiRowStatement<(Int64, String, String)>(
            types: ["bigint", "text", "text"], rowsPerStatement: 2000, bind: { row, binds in
                binds.append(row.0); binds.append(row.1); binds.append(row.2)
            }, sql: { values in """
                UPDATE event_participants p SET person = v.person
                FROM (VALUES \(values)) AS v(event_id, actor_code, person)
                WHERE p.event_id = v.event_id AND p.actor_code = v.actor_code AND p.person IS NULL
                """ }).run(personRows.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }), on: connection)
    }

    /// Inserts every mention not stored yet; how many each document added.
    ///
    /// With `foldsSearch`, each row brings its search vector's text folded here (the
    /// event's stored summary and the sentence, as migration 0008's trigger folds them on
    /// the server), so the server only parses it (migration 0013).
    private func storeMentions(_ occurrences: [Occurrence], documentIDs: [Int: DocumentState],
                               stored: StoredEvents, foldsSearch: Bool,
                               on connection: PostgresConnection) async throws -> [Int64: Int] {
        var rows: [(Int64, Int64, EventMention, String?)] = []
        for occurrence in occurrences {
            guard case .stored(let documentID)? = documentIDs[occurrence.article],
                  let eventID = stored.ids[occurrence.key] else { continue }
            let summary = stored.summaries[occurrence.key] ?? ""
            for mention in occurrence.event.mentions {
                let folded = foldsSearch ? PostgresSearchFolding.fold(summary + " " + mention.sentence) : nil
                rows.append((eventID, documentID, mention, folded))
            }
        }
        var added: [Int64: Int] = [:]
        let insert = MultiRowStatement<(Int64, Int64, EventMention, String?)>(
            columns: 10, rowsPerStatement: 2000, template: { column, placeholder in
                column == 9 ? "to_tsvector('simple', \(placeholder)::text)" : placeholder
            }, bind: { row, binds in
                let (eventID, documentID, mention, folded) = row
                binds.append(eventID); binds.append(documentID); binds.append(mention.sentence)
                binds.append(mention.start); binds.append(mention.end); binds.append(mention.trigger)
                binds.append(mention.triggerStart); binds.append(mention.triggerEnd); binds.append(mention.timeText)
                binds.append(folded)
            }, sql: { values in """
                INSERT INTO mentions (event_id, document_id, sentence, sentence_start, sentence_end,
                                      trigger_text, trigger_start, trigger_end, time_text, search)
                VALUES \(values) ON CONFLICT DO NOTHING RETURNING document_id
                """ })
        try await insert.run(rows, on: connection) { inserted in
            for try await documentID in inserted.decode(Int64.self) { added[documentID, default: 0] += 1 }
        }
        return added
    }
}
#endif
