#if PostgreSQL
import AnnalsKit
import PostgresNIO

/// One batch of articles as the PostgreSQL store writes it: documents first
/// (by content hash), then events by merge key, participants, places and
/// persons filled in, then mentions; one statement each (``InsertDocuments`` and the others
/// beside it), whatever the number of rows.
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
        var insert = InsertDocuments()
        for hash in order {
            let article = batch[firstIndex[hash] ?? 0].0
            insert.contentHash.append(hash); insert.title.append(article.title)
            insert.published.append(article.published?.iso); insert.source.append(article.source)
            insert.url.append(article.url); insert.language.append(article.language.rawValue)
            insert.origin.append(article.origin); insert.text.append(article.text)
        }
        if !insert.isEmpty {
            for try await (id, hash) in try await connection.execute(insert, logger: PostgresStore.quiet) {
                storedIDs[hash] = id
            }
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
        var insert = InsertEvents()
        for key in keys {
            guard let entry = merged[key] else { continue }
            let event = entry.first
            let label = labels(event.cameo)
            let time = event.time
            let anchored = time?.isAnchored == true
            insert.cameo.append(event.cameo); insert.label.append(label?.label)
            insert.rootLabel.append(label?.rootLabel); insert.quadClass.append(label?.quadClass)
            insert.goldstein.append(label?.goldstein)
            insert.dateValue.append(time?.timex); insert.dateType.append(time?.type.rawValue)
            insert.dateMod.append(time?.mod)
            insert.dateStart.append(anchored ? time?.start?.iso : nil)
            insert.dateEnd.append(anchored ? time?.end?.iso : nil)
            insert.granularity.append(time?.granularity.rawValue); insert.calendar.append(time?.calendar.rawValue)
            insert.polarity.append(event.polarity.rawValue); insert.modality.append(event.modality.rawValue)
            insert.locationCode.append(entry.locationCode); insert.locationName.append(entry.locationName)
            insert.summary.append(event.summary); insert.mergeKey.append(key)
        }
        if !insert.isEmpty {
            for try await (id, key) in try await connection.execute(insert, logger: PostgresStore.quiet) {
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
        var participants = InsertParticipants()
        var placeRows: [(Int64, String?, String?)] = []
        var personRows: [(Int64, String, String)] = []
        for key in keys {
            guard let entry = merged[key], let id = stored.ids[key] else { continue }
            if stored.inserted.contains(key) {
                var seen: Set<String> = []
                for participant in entry.first.participants where seen.insert(participant.actorCode).inserted {
                    participants.eventID.append(id); participants.actorCode.append(participant.actorCode)
                    participants.role.append(participant.role.rawValue)
                    participants.person.append(entry.persons[participant.actorCode])
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
        var places = CompletePlaces()
        for (id, code, name) in placeRows.sorted(by: { $0.0 < $1.0 }) {
            places.eventID.append(id); places.code.append(code); places.name.append(name)
        }
        var persons = CompletePersons()
        for (id, actor, person) in personRows.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
            persons.eventID.append(id); persons.actorCode.append(actor); persons.person.append(person)
        }
        if !participants.isEmpty {
            for try await _ in try await connection.execute(participants, logger: PostgresStore.quiet) {}
        }
        if !places.isEmpty {
            for try await _ in try await connection.execute(places, logger: PostgresStore.quiet) {}
        }
        if !persons.isEmpty {
            for try await _ in try await connection.execute(persons, logger: PostgresStore.quiet) {}
        }
    }

    /// Inserts every mention not stored yet; how many each document added.
    ///
    /// With `foldsSearch`, each row brings its search vector's text folded here (the
    /// event's stored summary and the sentence, as migration 0008's trigger folds them on
    /// the server), so the server only parses it (migration 0013).
    private func storeMentions(_ occurrences: [Occurrence], documentIDs: [Int: DocumentState],
                               stored: StoredEvents, foldsSearch: Bool,
                               on connection: PostgresConnection) async throws -> [Int64: Int] {
        var insert = InsertMentions()
        for occurrence in occurrences {
            guard case .stored(let documentID)? = documentIDs[occurrence.article],
                  let eventID = stored.ids[occurrence.key] else { continue }
            let summary = stored.summaries[occurrence.key] ?? ""
            for mention in occurrence.event.mentions {
                insert.eventID.append(eventID); insert.documentID.append(documentID)
                insert.sentence.append(mention.sentence)
                insert.sentenceStart.append(mention.start); insert.sentenceEnd.append(mention.end)
                insert.trigger.append(mention.trigger)
                insert.triggerStart.append(mention.triggerStart); insert.triggerEnd.append(mention.triggerEnd)
                insert.timeText.append(mention.timeText)
                insert.folded.append(foldsSearch ? PostgresSearchFolding.fold(summary + " " + mention.sentence) : nil)
            }
        }
        var added: [Int64: Int] = [:]
        if !insert.isEmpty {
            for try await documentID in try await connection.execute(insert, logger: PostgresStore.quiet) {
                added[documentID, default: 0] += 1
            }
        }
        return added
    }
}
#endif
