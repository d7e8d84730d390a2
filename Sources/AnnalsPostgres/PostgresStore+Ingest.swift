#if PostgreSQL
import AnnalsKit
import PostgresNIO

extension PostgresStore {
    /// Stores many articles with their events in one transaction, one statement
    /// per table for the whole batch (``IngestPlan``). Outcomes are in the order of `batch`.
    ///
    /// Several workers may run this at once on overlapping input: a document
    /// another worker stored first is ``AnnalsKit/IngestOutcome/alreadyKnown(documentID:)``,
    /// and an event with the merge key of a stored event (the unique index
    /// decides, waiting for the other worker's transaction) merges into it.
    /// Rows are written in key order, which keeps workers from deadlocking
    /// most of the time; when the server breaks one, the batch runs again.
    ///
    /// - Throws: ``AnnalsKit/StoreError/batchFailed(index:origin:reason:)`` when an
    ///   article is invalid or names an unknown actor; nothing of the batch is stored then.
    public func ingest(batch: [(Article, [ExtractedEvent])]) throws -> [IngestOutcome] {
        try AnnalsStore.validate(batch: batch)
        let missing = try unknownActors(in: batch)
        if let index = batch.firstIndex(where: { !missing.isDisjoint(with: Self.actorCodes(of: $0.1)) }) {
            let code = Self.actorCodes(of: batch[index].1).sorted().first { missing.contains($0) } ?? "?"
            throw StoreError.batchFailed(
                index: index, origin: batch[index].0.origin,
                reason: StoreError.unknownActor(code: code, origin: batch[index].0.origin).description)
        }
        let plan = IngestPlan(batch: batch, foldsSearch: try foldsSearchLikeServer())
        let labels = labels
        return try transaction { connection in
            try await plan.write(on: connection, labels: labels)
        }
    }

    /// Stores one article with its events in one transaction.
    public func ingest(_ document: Article, events: [ExtractedEvent]) throws -> IngestOutcome {
        try AnnalsStore.validate(document, events)
        let missing = try unknownActors(in: [(document, events)])
        if let code = missing.sorted().first { throw StoreError.unknownActor(code: code, origin: document.origin) }
        let plan = IngestPlan(batch: [(document, events)], foldsSearch: try foldsSearchLikeServer())
        let labels = labels
        return try transaction { connection in
            try await plan.write(on: connection, labels: labels)
        }[0]
    }

    /// Whether this process folds search text as the server's `annals_fold` does
    /// (``PostgresSearchFolding``): asked of the server once, with a probe text, before the first ingest.
    func foldsSearchLikeServer() throws -> Bool {
        if let known = searchFolding.withLock({ $0 }) { return known }
        let probe = PostgresSearchFolding.probe
        let agrees = try reading { client in
            for try await folded in try await client.query("SELECT annals_fold(\(probe))").decode(String.self) {
                // Scalar for scalar: String's == would take canonically equivalent texts as equal.
                return folded.unicodeScalars.elementsEqual(PostgresSearchFolding.fold(probe).unicodeScalars)
            }
            return false
        }
        searchFolding.withLock { $0 = agrees }
        return agrees
    }

    static func actorCodes(of events: [ExtractedEvent]) -> Set<String> {
        Set(events.flatMap { $0.participants.map(\.actorCode) + [$0.locationCode].compactMap { $0 } })
    }

    /// The actor codes of `batch` that no stored actor has.
    private func unknownActors(in batch: [(Article, [ExtractedEvent])]) throws -> Set<String> {
        let codes = Array(batch.reduce(into: Set<String>()) { $0.formUnion(Self.actorCodes(of: $1.1)) })
        guard !codes.isEmpty else { return [] }
        let known = try reading { client in
            var known: Set<String> = []
            for try await code in try await client.query(
                "SELECT code FROM actors WHERE code = ANY(\(codes))").decode(String.self) {
                known.insert(code)
            }
            return known
        }
        return Set(codes).subtracting(known)
    }

    public func register(actors: [Actor], aliases: [String: [Alias]], userDefined: Bool) throws {
        let writing = ActorWriting(actors: actors, aliases: aliases, userDefined: userDefined)
        try transaction { connection in try await writing.write(on: connection) }
    }

    public func userEntries() throws -> UserGazetteerEntries {
        try reading { client in
            var actors: [Actor] = []
            let actorRows = try await client.query("""
                SELECT code, kind, name, persian_name, cameo_code, wikidata_id FROM actors
                WHERE user_defined = 1 ORDER BY code
                """)
            for try await (code, kind, name, persian, cameo, wikidata) in actorRows.decode(
                (String, String, String, String?, String, String?).self) {
                guard let kind = ActorKind(rawValue: kind) else { continue }
                actors.append(Actor(code: code, kind: kind, name: name, persianName: persian, cameoCode: cameo,
                                    wikidataID: wikidata))
            }
            var aliases: [String: [Alias]] = [:]
            let aliasRows = try await client.query("""
                SELECT actor_code, alias, language, form, case_sensitive FROM actor_aliases
                WHERE user_defined = 1 ORDER BY id
                """)
            for try await (code, text, language, form, caseSensitive) in aliasRows.decode(
                (String, String, String?, String, Int).self) {
                guard let form = ActorMention.Form(rawValue: form) else { continue }
                aliases[code, default: []].append(Alias(
                    text: text, language: language.flatMap(Language.init(rawValue:)), form: form,
                    caseSensitive: caseSensitive == 1, placeName: form == .city ? text : nil))
            }
            return UserGazetteerEntries(actors: actors, aliases: aliases)
        }
    }
}

extension Array {
    /// The elements in runs of at most `size`.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
#endif
