/// A knowledge base in any ``EventStore``, an SQLite file or a PostgreSQL
/// database: what the commands that run on both (ingest, timeline, export,
/// search, actors, recode, copy) need. ``KnowledgeBase`` is the SQLite one.
///
/// ```swift
/// let base = try SharedKnowledgeBase(store: store)
/// let summary = try base.ingestor().ingest(paths: ["news/"], into: base.store)
/// ```
public struct SharedKnowledgeBase: Sendable {
    /// Where the knowledge is kept.
    public let store: any EventStore
    /// The built-in actors and the user's own from the store.
    public let gazetteer: Gazetteer
    /// The rule data the lexicons are built from.
    public let resources: ResourceLibrary
    /// The user's own actors and aliases, as stored when this knowledge base was opened.
    let userEntries: UserGazetteerEntries
    /// The built-in actors alone, which every store holds before its first event.
    let builtIns: Gazetteer
    /// The SQLite knowledge base this one stands for, if it is one.
    let sqlite: KnowledgeBase?

    /// Reads the user's actors from `store` and loads the gazetteer.
    public init(store: any EventStore, resources: ResourceLibrary = .embedded) throws {
        self.store = store
        self.resources = resources
        builtIns = try Gazetteer(resources: resources)
        userEntries = try store.userEntries()
        var gazetteer = builtIns
        gazetteer.add(userEntries)
        self.gazetteer = gazetteer
        sqlite = nil
    }

    /// The SQLite knowledge base `base`, as loaded.
    public init(_ base: KnowledgeBase) {
        store = base.store
        gazetteer = base.gazetteer
        resources = base.resources
        userEntries = base.userEntries
        builtIns = base.builtIns
        sqlite = base
    }

    /// Stores the built-in actors and their aliases, leaving the user's own as they are,
    /// then the names the gazetteer resolves (see ``KnowledgeBase/actors(named:in:resources:)``).
    public func registerBuiltInActors() throws {
        if let sqlite { return try sqlite.registerBuiltInActors() }
        let fingerprint = ActorNameFingerprint(resources: resources, userEntries: userEntries).value
        try store.storeBuiltInActors(builtIns.actors, aliases: builtInAliases, names: gazetteer, fingerprint: fingerprint)
    }

    /// The built-in actors and their aliases alone, the user's own left as they are.
    private func storeBuiltInActors() throws {
        try store.register(actors: builtIns.actors, aliases: builtInAliases, userDefined: false)
    }

    /// The aliases of each built-in actor.
    private var builtInAliases: [String: [Alias]] {
        Dictionary(uniqueKeysWithValues: builtIns.actors.map { ($0.code, builtIns.aliases(of: $0.code)) })
    }

    /// Stores the names a gazetteer loaded now resolves, after the user's own actors or
    /// aliases changed (this knowledge base's ``gazetteer`` was loaded before), so that
    /// the next command finds the new names without loading the gazetteer.
    func storeNamesAfterUserChanges() throws {
        if let sqlite { return try sqlite.storeNamesAfterUserChanges() }
        try SharedKnowledgeBase(store: store, resources: resources).registerBuiltInActors()
    }

    /// Gives the actor `code` one more name of the user's own, in either store: the
    /// built-in actors are stored first (a new database has none yet), and an SQLite
    /// file's stored names are brought up to date so that the next command finds it.
    ///
    /// Check the alias against the ``gazetteer`` first (``Gazetteer/conflict(adding:to:)``).
    public func addUserAlias(_ alias: Alias, to code: String) throws {
        try storeBuiltInActors()
        try store.register(actors: [], aliases: [code: [alias]], userDefined: true)
        try storeNamesAfterUserChanges()
    }

    /// Adds actors of the user's own with their aliases, in either store, after storing the
    /// built-in actors; an SQLite file's stored names are brought up to date as well.
    ///
    /// Check each definition against the ``gazetteer`` first (``Gazetteer/conflict(with:)``).
    ///
    /// - Throws: ``StoreError/duplicateActor(code:)`` when a code is already an actor's,
    ///   and nothing is added.
    public func addUserActors(_ definitions: [ActorDefinition]) throws {
        if let sqlite {
            try sqlite.registerBuiltInActors()
            try sqlite.store.addUserActors(definitions)
            try sqlite.storeNamesAfterUserChanges()
            return
        }
        var codes: Set<String> = []
        for definition in definitions {
            let code = definition.actor.code
            guard gazetteer.actor(code: code) == nil, codes.insert(code).inserted else {
                throw StoreError.duplicateActor(code: code)
            }
        }
        try storeBuiltInActors()
        try store.register(actors: definitions.map(\.actor),
                           aliases: Dictionary(definitions.map { ($0.actor.code, $0.aliases) }, uniquingKeysWith: +),
                           userDefined: true)
        try storeNamesAfterUserChanges()
    }

    /// Reads every stored document again and replaces their events with what the
    /// extractor finds now, in one transaction, in either store (see
    /// ``AnnalsStore/recode(batchSize:extractingWith:progress:)``).
    public func recode(progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws -> RecodeSummary {
        if let sqlite { return try sqlite.recode(progress: progress) }
        let ingestor = try ingestor()
        return try store.recode(batchSize: 64, extractingWith: ingestor.extractInParallel, progress: progress)
    }

    /// An ingestor over this knowledge base's actors, after storing the built-in actors.
    public func ingestor() throws -> Ingestor {
        if let sqlite { return try sqlite.ingestor() }
        try registerBuiltInActors()
        return Ingestor(extractor: try EventExtractor(resources: resources, gazetteer: gazetteer))
    }
}
