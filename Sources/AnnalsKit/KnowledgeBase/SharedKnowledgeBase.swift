/// A knowledge base in any ``EventStore``, an SQLite file or a PostgreSQL
/// database: what the commands that run on both (ingest, timeline, export,
/// search, copy) need. ``KnowledgeBase`` is the SQLite one with everything
/// else (the user's actors, recode).
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
    /// The built-in actors alone, which every store holds before its first event.
    let builtIns: Gazetteer
    /// The SQLite knowledge base this one stands for, if it is one.
    let sqlite: KnowledgeBase?

    /// Reads the user's actors from `store` and loads the gazetteer.
    public init(store: any EventStore, resources: ResourceLibrary = .embedded) throws {
        self.store = store
        self.resources = resources
        builtIns = try Gazetteer(resources: resources)
        var gazetteer = builtIns
        gazetteer.add(try store.userEntries())
        self.gazetteer = gazetteer
        sqlite = nil
    }

    /// The SQLite knowledge base `base`, as loaded.
    public init(_ base: KnowledgeBase) {
        store = base.store
        gazetteer = base.gazetteer
        resources = base.resources
        builtIns = base.builtIns
        sqlite = base
    }

    /// Stores the built-in actors and their aliases, leaving the user's own as they are.
    public func registerBuiltInActors() throws {
        try store.register(actors: builtIns.actors, aliases: Dictionary(
            uniqueKeysWithValues: builtIns.actors.map { ($0.code, builtIns.aliases(of: $0.code)) }), userDefined: false)
    }

    /// Gives the actor `code` one more name of the user's own, in either store: the
    /// built-in actors are stored first (a new database has none yet), and an SQLite
    /// file's stored names are brought up to date so that the next command finds it.
    ///
    /// Check the alias against the ``gazetteer`` first (``Gazetteer/conflict(adding:to:)``).
    public func addUserAlias(_ alias: Alias, to code: String) throws {
        try registerBuiltInActors()
        try store.register(actors: [], aliases: [code: [alias]], userDefined: true)
        try sqlite?.storeNamesAfterUserChanges()
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
        try registerBuiltInActors()
        try store.register(actors: definitions.map(\.actor),
                           aliases: Dictionary(definitions.map { ($0.actor.code, $0.aliases) }, uniquingKeysWith: +),
                           userDefined: true)
    }

    /// An ingestor over this knowledge base's actors, after storing the built-in actors.
    public func ingestor() throws -> Ingestor {
        if let sqlite { return try sqlite.ingestor() }
        try registerBuiltInActors()
        return Ingestor(extractor: try EventExtractor(resources: resources, gazetteer: gazetteer))
    }
}
