import GRDB

extension AnnalsStore {
    /// Calls `body` with each stored document in id order, read from one
    /// consistent snapshot.
    public func forEachDocument(_ body: (StoredDocument) throws -> Void) throws {
        try writer.read { db in
            let records = try DocumentRecord.order(DocumentRecord.CodingKeys.id).fetchCursor(db)
            while let record = try records.next() {
                if let document = record.storedDocument { try body(document) }
            }
        }
    }

    /// Reads every stored document again with `extract` and replaces all
    /// events, participants and mentions with what it finds now (after the
    /// gazetteer gained actors or names, or the extractor improved).
    ///
    /// Documents keep their ids, text, language and publication date; events
    /// get new ids. Because an event may merge mentions of several documents
    /// (see ``EventIdentity``), events are not replaced one
    /// document at a time: all of them are deleted and every document's
    /// events are stored again in document order, in one transaction, exactly
    /// as if the documents had been ingested again in the order they first
    /// were. An error (an event naming an unregistered actor, say) rolls the
    /// whole recode back and leaves the database as it was.
    ///
    /// Documents are handed to `extract` in batches of `batchSize`.
    ///
    /// - Parameters:
    ///   - batchSize: how many documents are extracted together.
    ///   - extract: the events of each article of a batch, in the batch's order.
    ///   - progress: called after each batch with the documents done and their total.
    public func recode(batchSize: Int = 64, extractingWith extract: ([Article]) -> [[ExtractedEvent]],
                       progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> RecodeSummary {
        try writer.write { db in
            var summary = RecodeSummary()
            summary.eventsBefore = try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
            let total = try DocumentRecord.fetchCount(db)
            try db.execute(sql: "DELETE FROM events")
            var lastID: Int64 = 0
            while true {
                let batch = try DocumentRecord
                    .filter(DocumentRecord.CodingKeys.id > lastID)
                    .order(DocumentRecord.CodingKeys.id)
                    .limit(max(1, batchSize))
                    .fetchAll(db)
                    .compactMap(\.storedDocument)
                guard let last = batch.last else { break }
                lastID = last.id
                let extracted = extract(batch.map(\.article))
                var knownActors: Set<String> = []
                for (document, events) in zip(batch, extracted) {
                    try AnnalsStore.validate(document.article, events)
                    _ = try storeEvents(events, documentID: document.id, origin: document.article.origin,
                                        knownActors: &knownActors, in: db)
                }
                summary.documents += batch.count
                progress?(summary.documents, total)
            }
            summary.eventsAfter = try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0
            summary.mentions = try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions") ?? 0
            return summary
        }
    }
}

extension DocumentRecord {
    /// The document this row holds, nil for a row not yet inserted.
    var storedDocument: StoredDocument? {
        guard let id else { return nil }
        return StoredDocument(id: id, article: Article(
            text: text, title: title, published: published, source: source, url: url,
            language: language, origin: origin))
    }
}
