import GRDB

extension AnnalsStore {
    /// Stores one article and the events read from it, in one transaction.
    ///
    /// Nothing is written when an article with the same
    /// ``Article/contentHash`` is already stored (``IngestOutcome/alreadyKnown(documentID:)``).
    /// Each event is merged into a stored event by the merge rule
    /// (``EventIdentity``) or inserted; its mentions and participants follow.
    ///
    /// - Throws: ``StoreError/unknownActor(code:origin:)`` when an event names
    ///   an actor that is not registered, ``StoreError/invalidEvent(origin:reason:)``
    ///   for values the schema refuses. Nothing is stored then.
    public func ingest(_ document: Article, events: [ExtractedEvent]) throws -> IngestOutcome {
        try AnnalsStore.validate(document, events)
        return try writer.write { db in
            var knownActors: Set<String> = []
            return try ingest(document, hash: document.contentHash, events: events, knownActors: &knownActors, in: db)
        }
    }

    /// Stores many articles in one write transaction, which is much faster
    /// than one transaction each. Outcomes are in the order of `batch`.
    ///
    /// - Throws: ``StoreError/batchFailed(index:origin:reason:)`` when an article
    ///   fails; nothing of the batch is stored then (ingest the articles one by
    ///   one to store the others).
    public func ingest(batch: [(Article, [ExtractedEvent])]) throws -> [IngestOutcome] {
        try ingest(batch: batch, hashes: batch.map { $0.0.contentHash })
    }

    /// Stores many articles in one write transaction, as ``ingest(batch:)`` does,
    /// with the ``Article/contentHash`` of each already computed (by the reading
    /// thread, off the writer's path).
    ///
    /// A batch of `bulkIndexingMinimum` articles or more, or of
    /// `bulkIndexingMentionMinimum` mentions or more, writes its full-text rows,
    /// actor pairs and pair timelines once at its end (`BulkIndexing`), with the
    /// same result as the triggers that smaller batches go through.
    public func ingest(batch: [(Article, [ExtractedEvent])], hashes: [String]) throws -> [IngestOutcome] {
        precondition(hashes.count == batch.count, "one hash per article")
        try AnnalsStore.validate(batch: batch)
        return try writer.write { db in
            let indexing = indexesInBulk(batch) ? try BulkIndexing.begin(in: db) : nil
            var outcomes: [IngestOutcome] = []
            outcomes.reserveCapacity(batch.count)
            // Actors are looked up once per batch: its transaction adds and removes none.
            var knownActors: Set<String> = []
            for (index, (document, events)) in batch.enumerated() {
                do {
                    outcomes.append(try ingest(document, hash: hashes[index], events: events,
                                               knownActors: &knownActors, in: db))
                } catch {
                    throw StoreError.batchFailed(index: index, origin: document.origin, reason: String(describing: error))
                }
            }
            try indexing?.finish(in: db)
            return outcomes
        }
    }

    /// Whether `batch` goes the bulk way (`BulkIndexing`): many articles, or few with
    /// many mentions (one long article), whose row triggers would cost more than
    /// indexing the batch once.
    func indexesInBulk(_ batch: [(Article, [ExtractedEvent])]) -> Bool {
        if batch.count >= bulkIndexingMinimum { return true }
        var mentions = 0
        for (_, events) in batch {
            for event in events { mentions += event.mentions.count }
            if mentions >= bulkIndexingMentionMinimum { return true }
        }
        return false
    }

    /// Checks every article of `batch` as ``validate(_:_:)`` does, before any is stored.
    ///
    /// - Throws: ``StoreError/batchFailed(index:origin:reason:)`` naming the first article refused.
    public static func validate(batch: [(Article, [ExtractedEvent])]) throws {
        for (index, (document, events)) in batch.enumerated() {
            do {
                try validate(document, events)
            } catch {
                throw StoreError.batchFailed(index: index, origin: document.origin, reason: String(describing: error))
            }
        }
    }

    /// Checks what the schema's CHECK constraints would refuse, with a clearer message.
    public static func validate(_ document: Article, _ events: [ExtractedEvent]) throws {
        for event in events {
            func refuse(_ reason: String) -> StoreError {
                .invalidEvent(origin: document.origin, reason: "\(event.cameo) \"\(event.summary)\": \(reason)")
            }
            guard (2...4).contains(event.cameo.count), event.cameo.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw refuse("the CAMEO code must be 2 to 4 digits")
            }
            if let time = event.time, let start = time.start, let end = time.end, start > end {
                throw refuse("the date interval ends before it starts")
            }
            for mention in event.mentions {
                guard mention.start >= 0, mention.end >= mention.start,
                      mention.triggerStart >= 0, mention.triggerEnd >= mention.triggerStart else {
                    throw refuse("mention offsets out of order in \"\(mention.sentence)\"")
                }
            }
        }
    }

    private func ingest(_ document: Article, hash: String, events: [ExtractedEvent], knownActors: inout Set<String>,
                        in db: Database) throws -> IngestOutcome {
        let knownDocument = try db.cachedStatement(sql: "SELECT id FROM documents WHERE content_hash = ?")
        try knownDocument.prepareBindings { $0.bind(hash) }
        if let known = try Int64.fetchOne(knownDocument) {
            return .alreadyKnown(documentID: known)
        }
        let record = DocumentRecord(document, contentHash: hash)
        try db.cachedStatement(sql: DocumentRecord.insertSQL).execute(binding: record.bindInsert)
        let documentID = db.lastInsertedRowID
        let counts = try storeEvents(events, documentID: documentID, origin: document.origin,
                                     knownActors: &knownActors, in: db)
        return .stored(documentID: documentID, newEvents: counts.newEvents, mergedEvents: counts.mergedEvents,
                       newMentions: counts.newMentions)
    }

    /// Stores the events read from the stored document `documentID`, merging
    /// each into a stored event by the merge rule (``EventIdentity``).
    ///
    /// `knownActors` holds the actor codes found registered in this transaction;
    /// the codes this call finds are added to it.
    func storeEvents(_ events: [ExtractedEvent], documentID: Int64, origin: String, knownActors: inout Set<String>,
                     in db: Database) throws -> (newEvents: Int, mergedEvents: Int, newMentions: Int) {
        var newEvents = 0
        var mergedEvents = 0
        var newMentions = 0
        for event in events {
            let participants = AnnalsStore.distinctParticipants(event.participants)
            for participant in participants {
                try checkRegistered(participant.actorCode, origin: origin, knownActors: &knownActors, in: db)
            }
            if let location = event.locationCode {
                try checkRegistered(location, origin: origin, knownActors: &knownActors, in: db)
            }

            let key = EventIdentity(event).storageKey(documentID: documentID)
            let eventID: Int64
            // Prepared statements cached on the connection, values bound straight to them
            // (`StatementBinder`): no SQL generated and no arguments array built per row.
            // Most events are new: the insert comes first and does nothing for a known
            // merge key, so a new event costs one look-up of its key, not two.
            let record = EventRecord(event, label: labels(event.cameo), mergeKey: key)
            try db.cachedStatement(sql: EventRecord.insertUnlessKnownSQL).execute(binding: record.bindInsert)
            if db.changesCount > 0 {
                eventID = db.lastInsertedRowID
                newEvents += 1
                let insertParticipant = try db.cachedStatement(sql: ParticipantRecord.insertSQL)
                for participant in participants {
                    let row = ParticipantRecord(eventID: eventID, actorCode: participant.actorCode,
                                                role: participant.role, person: participant.personName)
                    try insertParticipant.execute(binding: row.bindInsert)
                }
            } else {
                let known = try db.cachedStatement(
                    sql: "SELECT id, location_code IS NULL AND location_name IS NULL FROM events WHERE merge_key = ?")
                try known.prepareBindings { $0.bind(key) }
                guard let existing = try Row.fetchOne(known) else {
                    throw StoreError.invalidEvent(origin: origin, reason: "\(event.cameo) \"\(event.summary)\": not stored")
                }
                eventID = existing[0]
                mergedEvents += 1
                let placeless: Bool = existing[1]
                if placeless, event.locationCode != nil || event.locationName != nil {
                    try db.cachedStatement(sql: "UPDATE events SET location_code = ?, location_name = ? WHERE id = ?")
                        .execute(arguments: [event.locationCode, event.locationName, eventID])
                }
                for participant in participants where participant.personName != nil {
                    try db.cachedStatement(sql: """
                        UPDATE event_participants SET person = ?
                        WHERE event_id = ? AND actor_code = ? AND person IS NULL
                        """)
                        .execute(arguments: [participant.personName, eventID, participant.actorCode])
                }
            }

            if !event.mentions.isEmpty {
                let insertMention = try db.cachedStatement(sql: MentionRecord.insertOrIgnoreSQL)
                for mention in event.mentions {
                    let row = MentionRecord(mention, eventID: eventID, documentID: documentID)
                    try insertMention.execute(binding: row.bindInsert)
                    newMentions += db.changesCount
                }
            }
        }
        return (newEvents, mergedEvents, newMentions)
    }

    /// Throws ``StoreError/unknownActor(code:origin:)`` unless the actor `code` is
    /// registered; `knownActors` remembers the codes found, for the rest of the transaction.
    private func checkRegistered(_ code: String, origin: String, knownActors: inout Set<String>,
                                 in db: Database) throws {
        guard !knownActors.contains(code) else { return }
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM actors WHERE code = ?")
        try statement.prepareBindings { $0.bind(code) }
        guard try Bool.fetchOne(statement) ?? false else {
            throw StoreError.unknownActor(code: code, origin: origin)
        }
        knownActors.insert(code)
    }

    /// One participant per actor: the first one given.
    static func distinctParticipants(_ participants: [Participant]) -> [Participant] {
        var seen: Set<String> = []
        return participants.filter { seen.insert($0.actorCode).inserted }
    }
}
