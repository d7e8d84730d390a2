/// Where a knowledge base keeps its documents, actors and events: an SQLite
/// file (``AnnalsStore``) or a PostgreSQL database (the `AnnalsPostgres`
/// module, built with the `PostgreSQL` package trait).
///
/// Every implementation follows the same rules: a document is stored once by
/// its ``Article/contentHash``, events merge by ``EventIdentity``, a schema
/// newer than this Annals knows is refused, and a timeline lists events in the
/// same order with the same content, so that an export from one store equals
/// an export from the other (event and document ids aside).
///
/// The ingest pipeline (``Ingestor``), the exporters (``TimelineEventSource``)
/// and ``KnowledgeBaseCopy`` work with any of them.
public protocol EventStore: Sendable {
    /// The file path or the database's address, without a password, for messages.
    var location: String { get }

    /// Adds or updates actors and their aliases; see ``AnnalsStore/register(actors:aliases:userDefined:)``.
    func register(actors: [Actor], aliases: [String: [Alias]], userDefined: Bool) throws

    /// The user's own actors and aliases.
    func userEntries() throws -> UserGazetteerEntries

    /// Whether a document with this ``Article/contentHash`` is stored.
    func containsDocument(hash: String) throws -> Bool

    /// Which of `hashes` (each an ``Article/contentHash``) a stored document has: what
    /// an ingest asks once per batch read, so that a store across a network answers in one round trip.
    func knownDocuments(hashes: [String]) throws -> Set<String>

    /// Stores many articles with their events; see ``AnnalsStore/ingest(batch:)``.
    func ingest(batch: [(Article, [ExtractedEvent])]) throws -> [IngestOutcome]

    /// Stores many articles with their events, the ``Article/contentHash`` of each
    /// already computed; see ``AnnalsStore/ingest(batch:hashes:)``.
    func ingest(batch: [(Article, [ExtractedEvent])], hashes: [String]) throws -> [IngestOutcome]

    /// Stores one article with its events; see ``AnnalsStore/ingest(_:events:)``.
    func ingest(_ document: Article, events: [ExtractedEvent]) throws -> IngestOutcome

    /// Calls `body` with each event of the timeline, in timeline order.
    func forEachTimelineEvent(_ query: TimelineQuery, _ body: (TimelineEvent) throws -> Void) throws

    /// Calls `body` with each stored document, in the order they were stored,
    /// and the events as stored with its mentions: what an ingest of the same
    /// article into another store needs to give the same events (see ``KnowledgeBaseCopy``).
    func forEachDocument(_ body: ([(Article, [ExtractedEvent])]) throws -> Void) throws

    /// How many documents, events, mentions and actors are stored.
    func counts() throws -> StoreCounts

    /// The stored documents of `ids` (unknown ids left out), in id order: what the
    /// key dates (`--top`) read to count the articles that name a day.
    func documents(ids: some Sequence<Int64>) throws -> [StoredDocument]

    /// Events whose source sentences hold every word of `text`, folded as ingest folds
    /// text, best matches first, narrowed by `filter`; see ``AnnalsStore/search(_:filter:limit:)``.
    func search(_ text: String, filter: TimelineQuery, limit: Int) throws -> [TimelineEvent]

    /// Stores every name `gazetteer` resolves (``Gazetteer/storableNames``) under
    /// `fingerprint`, unless the names stored already have it; see ``AnnalsStore/storeActorNames(of:fingerprint:)``.
    func storeActorNames(of gazetteer: Gazetteer, fingerprint: String) throws

    /// Stores the built-in `actors` with their `aliases` (the user's own left as they are),
    /// then the names `gazetteer` resolves under `fingerprint`: what every process does before
    /// its first ingest. A store may skip it all when the names stored were made under
    /// `fingerprint`, which names the built-in set (the resources) and the user's entries.
    func storeBuiltInActors(_ actors: [Actor], aliases: [String: [Alias]], names gazetteer: Gazetteer,
                            fingerprint: String) throws

    /// The actors `names` stand for, through the stored names (``ActorNameLookup``) when
    /// they were made under `fingerprint`; nil when they were not, or when a name is not
    /// among them. See ``KnowledgeBase/actors(named:in:resources:)``.
    func storedActors(named names: [String], fingerprint: String) throws -> [Actor]?

    /// Reads every stored document again with `extract` and replaces all events,
    /// participants and mentions in one transaction; see ``AnnalsStore/recode(batchSize:extractingWith:progress:)``.
    func recode(batchSize: Int, extractingWith extract: ([Article]) -> [[ExtractedEvent]],
                progress: ((_ done: Int, _ total: Int) -> Void)?) throws -> RecodeSummary
}

extension EventStore {
    /// Asks ``containsDocument(hash:)`` for each hash.
    public func knownDocuments(hashes: [String]) throws -> Set<String> {
        var known: Set<String> = []
        for hash in hashes where try containsDocument(hash: hash) { known.insert(hash) }
        return known
    }

    /// Registers the actors, then stores the names (see ``storeActorNames(of:fingerprint:)``).
    public func storeBuiltInActors(_ actors: [Actor], aliases: [String: [Alias]], names gazetteer: Gazetteer,
                                   fingerprint: String) throws {
        try register(actors: actors, aliases: aliases, userDefined: false)
        try storeActorNames(of: gazetteer, fingerprint: fingerprint)
    }

    /// Stores the batch as ``ingest(batch:)`` does: a store that keys articles
    /// otherwise computes what it needs itself.
    public func ingest(batch: [(Article, [ExtractedEvent])], hashes: [String]) throws -> [IngestOutcome] {
        try ingest(batch: batch)
    }

    /// The events that `query` selects, in timeline order.
    public func timeline(_ query: TimelineQuery) throws -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        try forEachTimelineEvent(query) { events.append($0) }
        return events
    }
}

extension AnnalsStore: EventStore {
    public var location: String { path }
}
