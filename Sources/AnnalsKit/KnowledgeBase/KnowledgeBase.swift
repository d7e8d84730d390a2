import Dispatch
import Synchronization

/// An Annals knowledge base: the database with the gazetteer, the CAMEO
/// codebook and the lexicons that read articles into it. The front door of
/// AnnalsKit.
///
/// Open one, ingest articles, read a timeline:
/// ```swift
/// let base = try KnowledgeBase.open(at: databasePath)
/// let summary = try base.ingest(paths: [articlesFolder])
/// let events = try base.store.timeline(TimelineQuery(actorCodes: ["NATO", "AZE"]))
/// ```
///
/// Its ``gazetteer`` knows the built-in actors and the user's own stored in
/// the database. Everything that writes events (``ingest(paths:overrides:progress:)``,
/// ``ingest(_:)``, ``recode(progress:)``, ``ingestor()``) first stores the
/// built-in actors, so no event is refused for naming an actor the database
/// does not know yet.
///
/// ## Topics
/// - ``open(at:resources:mapsFileForReading:)``
/// - ``inMemory(resources:)``
/// - ``ingest(paths:overrides:progress:)``
/// - ``extractor()``
public struct KnowledgeBase: Sendable {
    /// The database.
    public let store: AnnalsStore
    /// The built-in actors and the user's own from the database.
    public let gazetteer: Gazetteer
    /// The user's own actors and aliases, as stored.
    public let userEntries: UserGazetteerEntries
    /// The rule data the lexicons are built from.
    public let resources: ResourceLibrary
    /// The built-in actors alone, which every database holds before its first event.
    let builtIns: Gazetteer

    /// Opens (or creates) the database file at `path` and loads the gazetteer
    /// with the built-in actors and the user's own.
    ///
    /// - Parameters:
    ///   - path: the database file (`:memory:` is not for this; see ``inMemory(resources:)``).
    ///   - resources: the rule data (the data built into Annals unless given).
    ///   - mapsFileForReading: see ``AnnalsStore/init(path:labels:mapsFileForReading:)``.
    public static func open(at path: String, resources: ResourceLibrary = .embedded,
                            mapsFileForReading: Bool = true) throws -> KnowledgeBase {
        let labels = try CameoCodebook(resources: resources).labeler
        return try KnowledgeBase(
            store: AnnalsStore(path: path, labels: labels, mapsFileForReading: mapsFileForReading),
            resources: resources)
    }

    /// A fresh knowledge base in memory (for tests and one-off reading).
    public static func inMemory(resources: ResourceLibrary = .embedded) throws -> KnowledgeBase {
        try KnowledgeBase(store: AnnalsStore.inMemory(labels: CameoCodebook(resources: resources).labeler),
                          resources: resources)
    }

    private init(store: AnnalsStore, resources: ResourceLibrary) throws {
        self.store = store
        self.resources = resources
        builtIns = try Gazetteer(resources: resources)
        userEntries = try store.userEntries()
        var gazetteer = builtIns
        gazetteer.add(userEntries)
        self.gazetteer = gazetteer
    }

    /// Stores the built-in actors and their aliases, leaving the user's own as they are.
    ///
    /// Another process writing to the database for longer than the store's
    /// timeout is waited for a few more times, as an ingest's writes are.
    /// Also stores the names the gazetteer resolves (see ``actors(named:in:resources:)``).
    public func registerBuiltInActors() throws {
        let aliases = Dictionary(uniqueKeysWithValues: builtIns.actors.map { ($0.code, builtIns.aliases(of: $0.code)) })
        try Ingestor.retryingWhileBusy { try store.register(actors: builtIns.actors, aliases: aliases) }
        let fingerprint = ActorNameFingerprint(resources: resources, userEntries: userEntries).value
        try Ingestor.retryingWhileBusy { try store.storeActorNames(of: gazetteer, fingerprint: fingerprint) }
    }

    /// Stores the names a gazetteer loaded now resolves, after the user's own
    /// actors or aliases changed (this knowledge base's ``gazetteer`` was loaded
    /// before): so that ``actors(named:in:resources:)`` finds the new names at once
    /// rather than after the next ingest.
    public func storeNamesAfterUserChanges() throws {
        try KnowledgeBase(store: store, resources: resources).registerBuiltInActors()
    }

    /// The actors `names` stand for (codes or names in any language, as
    /// ``Gazetteer/resolve(_:)`` takes them), found in the names the database
    /// stores instead of a loaded gazetteer: a few index look-ups, for commands
    /// that only read.
    ///
    /// The names are those of the gazetteer that last stored the built-in actors
    /// (every ingest does). Returns nil when a gazetteer loaded now could resolve
    /// differently (other built-in data, or the user's own actors and aliases
    /// changed since) or when a name is not found: then open the knowledge base
    /// and ask its ``gazetteer``, which also suggests near names.
    ///
    /// ```swift
    /// let store = try AnnalsStore(path: databasePath)
    /// let actors = try KnowledgeBase.actors(named: ["NATO", "جمهوری آذربایجان"], in: store)
    /// actors?.map(\.code)   // ["NATO", "AZE"]
    /// ```
    public static func actors(named names: [String], in store: any EventStore,
                              resources: ResourceLibrary = .embedded) throws -> [Actor]? {
        let fingerprint = ActorNameFingerprint(resources: resources, userEntries: try store.userEntries()).value
        return try store.storedActors(named: names, fingerprint: fingerprint)
    }

    /// An event extractor over this knowledge base's actors, after storing the
    /// built-in actors.
    ///
    /// Storing the actors and building the lexicons take about as long as each
    /// other and do not depend on each other, so they run at once.
    public func extractor() throws -> EventExtractor {
        let registration = Mutex<(any Error)?>(nil)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            do {
                try registerBuiltInActors()
            } catch {
                registration.withLock { $0 = error }
            }
        }
        let extractor = Result { try EventExtractor(resources: resources, gazetteer: gazetteer) }
        group.wait()
        if let error = registration.withLock({ $0 }) { throw error }
        return try extractor.get()
    }

    /// An ingestor writing to this knowledge base (see ``extractor()``).
    public func ingestor() throws -> Ingestor {
        Ingestor(extractor: try extractor())
    }

    /// Reads the articles in `paths` (files, folders, `-`) and stores their events.
    public func ingest(paths: [String], overrides: ArticleOverrides = ArticleOverrides(),
                       progress: (@Sendable (IngestProgress) -> Void)? = nil) throws -> IngestSummary {
        try ingestor().ingest(paths: paths, overrides: overrides, into: store, progress: progress)
    }

    /// Extracts the events of `article` and stores both. It builds the
    /// lexicons each time: for many articles, keep one ``ingestor()``.
    public func ingest(_ article: Article) throws -> IngestOutcome {
        let extractor = try extractor()
        return try store.ingest(article, events: extractor.events(in: article))
    }

    /// Reads every stored document again and replaces their events with what
    /// the extractor finds now (see ``AnnalsStore/recode(using:batchSize:progress:)``).
    public func recode(progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> RecodeSummary {
        try store.recode(using: extractor(), progress: progress)
    }
}
