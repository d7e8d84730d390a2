import AnnalsMigrations
import Foundation
import GRDB

/// The Annals database: documents, actors, and the events read from the documents.
///
/// Open one through ``KnowledgeBase/open(at:resources:mapsFileForReading:)``, which
/// also loads the gazetteer and stores the built-in actors before any event (an
/// event naming an actor the database does not hold is refused). The store alone
/// is opened with ``init(path:labels:mapsFileForReading:)`` (created and migrated
/// as needed); ingest articles with their extracted events and read timelines back:
/// ```swift
/// let base = try KnowledgeBase.open(at: databasePath)
/// let summary = try base.ingest(paths: [articlesFolder])
/// let events = try base.store.timeline(TimelineQuery(actorCodes: ["NATO", "AZE"]))
/// ```
/// Events merge across documents by the rule of ``EventIdentity``.
///
/// ## Topics
/// - ``ingest(_:events:)``
/// - ``timeline(_:)``
/// - ``forEachTimelineEvent(_:_:)``
/// - ``search(_:filter:limit:)``
public struct AnnalsStore: Sendable {
    let writer: any DatabaseWriter
    let labels: EventTypeLabeler
    /// From how many articles a batch writes its full-text rows and actor pairs once
    /// for the whole batch (`BulkIndexing`) rather than through the row triggers.
    var bulkIndexingMinimum = 16
    /// From how many mentions a batch of fewer articles goes the bulk way too: the row
    /// triggers rebuild an event's `pair_timeline` rows, all its mentions included, at
    /// every mention added, which grows with the square of one long article's mentions.
    var bulkIndexingMentionMinimum = 256
    /// Whether a timeline of two actors or more with its mentions reads `pair_timeline`
    /// (migration 0015); tests turn it off to read the same timeline from the tables of record.
    var readsPairTimeline = true

    /// The database file (`:memory:` for one in memory).
    var path: String { writer.path }

    /// Opens (or creates) the database file at `path` and brings its schema up to date.
    ///
    /// The database runs in WAL mode with foreign keys on and waits up to five
    /// seconds for another process's lock. A database that a newer Annals has
    /// migrated further is refused with ``StoreError/newerSchema(path:unknownMigrations:)``.
    ///
    /// - Parameters:
    ///   - path: the database file.
    ///   - labels: what the CAMEO codebook says about an event code, stored with each new event.
    ///   - mapsFileForReading: whether reading connections map the file into memory, which
    ///     makes timelines and exports faster. An ingest, which reads only to skip known
    ///     articles, passes `false`: mapped pages count in its resident memory, which
    ///     would then grow with the database.
    public init(path: String, labels: @escaping EventTypeLabeler = { _ in nil }, mapsFileForReading: Bool = true) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        // In WAL mode NORMAL keeps the database consistent through crashes and power
        // loss; at worst the last transactions before a power cut are lost, and a
        // re-run of the same ingest adds them again. FULL would sync every commit.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Readers (timelines, exports) map the file instead of copying each page
            // through read(2), which took a third of a timeline query's time. SQLite caps
            // the size at its build's limit (2 GB on Debian). The writer keeps read(2),
            // so that an ingest's memory stays small.
            if db.configuration.readonly, mapsFileForReading {
                try db.execute(sql: "PRAGMA mmap_size = 2147418112")
            }
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: AnnalsStore.reason(error))
        }
        try self.init(writer: pool, path: path, labels: labels)
    }

    /// A fresh database in memory, for tests.
    public static func inMemory(labels: @escaping EventTypeLabeler = { _ in nil }) throws -> AnnalsStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        return try AnnalsStore(writer: DatabaseQueue(configuration: configuration), path: ":memory:", labels: labels)
    }

    init(writer: any DatabaseWriter, path: String, labels: @escaping EventTypeLabeler) throws {
        self.writer = writer
        self.labels = labels
        try AnnalsStore.migrate(writer, path: path)
    }

    /// The migrator for the embedded SQL scripts, each applied in one transaction
    /// under its identifier (`0001_initial`).
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for script in MigrationScript.all {
            migrator.registerMigration(script.identifier) { db in
                try db.execute(sql: script.sql)
            }
        }
        return migrator
    }

    private static func migrate(_ writer: any DatabaseWriter, path: String) throws {
        let migrator = migrator
        let known = Set(MigrationScript.all.map(\.identifier))
        let applied: [String]
        do {
            applied = try writer.read { db in
                try db.tableExists("grdb_migrations")
                    ? String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
                    : []
            }
        } catch {
            throw StoreError.cannotOpen(path: path, reason: reason(error))
        }
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
        // Up to date (nearly every open): nothing to apply, and no write lock to take for finding that out.
        if Set(applied) == known { return }
        var seen = applied
        for attempt in 1...3 {
            do {
                try migrator.migrate(writer)
                return
            } catch {
                // Two processes opening a new database at once both see a migration as pending;
                // the second fails when it applies it. When the applied list has changed since,
                // another process migrated: read again and go on from there.
                let now = (try? writer.read { db in try migrator.appliedIdentifiers(db) }).map { Array($0).sorted() } ?? seen
                if attempt < 3, now != seen.sorted() { seen = now; continue }
                let pending = MigrationScript.all.map(\.identifier).first { !seen.contains($0) } ?? "?"
                throw StoreError.migrationFailed(identifier: pending, reason: reason(error))
            }
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }

    /// Adds the gazetteer's actors, or updates them when their code is known,
    /// and makes each listed actor's stored aliases those given.
    ///
    /// Aliases are keyed by actor code. An actor missing from `aliases` keeps
    /// its stored aliases. Registering the same gazetteer twice changes nothing.
    ///
    /// The user's own entries are never dropped or overwritten here: registering
    /// built-in actors (`userDefined: false`) leaves a user-defined actor of the
    /// same code as it is, and replaces only built-in aliases, never the user's
    /// (see ``addUserActor(_:aliases:)`` and ``addUserAlias(_:to:)``).
    ///
    /// - Parameters:
    ///   - actors: the actors to store.
    ///   - aliases: the aliases of each, by actor code.
    ///   - userDefined: whether these actors come from the user's own gazetteer.
    public func register(actors: [Actor], aliases: [String: [Alias]], userDefined: Bool = false) throws {
        let normalizer = TextNormalizer()
        try writer.write { db in
            // Every ingest registers the built-in actors again: a few hundred actors and
            // thousands of aliases, through statements prepared once and values bound directly.
            let userDefinedActor = try db.cachedStatement(sql: "SELECT user_defined FROM actors WHERE code = ?")
            let upsert = try db.cachedStatement(sql: ActorRecord.upsertSQL)
            for actor in actors {
                if !userDefined {
                    try userDefinedActor.prepareBindings { $0.bind(actor.code) }
                    if try Bool.fetchOne(userDefinedActor) == true { continue }
                }
                try upsert.execute(binding: ActorRecord(actor, userDefined: userDefined).bindUpsert)
            }
            let known = try db.cachedStatement(sql: "SELECT 1 FROM actors WHERE code = ?")
            let removeBuiltIn = try db.cachedStatement(
                sql: "DELETE FROM actor_aliases WHERE actor_code = ? AND user_defined = 0")
            let insertAlias = try db.cachedStatement(sql: ActorAliasRecord.insertOrIgnoreSQL)
            for code in aliases.keys.sorted() {
                guard let list = aliases[code] else { continue }
                try known.prepareBindings { $0.bind(code) }
                guard try Bool.fetchOne(known) ?? false else {
                    throw StoreError.unknownActor(code: code, origin: "aliases")
                }
                if userDefined {
                    // The user's own aliases (a copy of a knowledge base): kept as the user's,
                    // beside the built-in ones.
                    for alias in list { try AnnalsStore.insertUserAlias(alias, code: code, in: db) }
                    continue
                }
                try removeBuiltIn.execute { $0.bind(code) }
                for alias in list where !alias.text.isEmpty {
                    let record = ActorAliasRecord(
                        actorCode: code, alias: alias.text, normalizedAlias: normalizer.normalizedString(alias.text),
                        language: alias.language, form: alias.form)
                    try insertAlias.execute(binding: record.bindInsert)
                }
            }
        }
    }

    /// Whether a document with this ``Article/contentHash`` is stored.
    public func containsDocument(hash: String) throws -> Bool {
        try !knownDocuments(hashes: [hash]).isEmpty
    }

    /// Which of `hashes` a stored document has, asked in one read through one
    /// prepared statement: an ingest asks for every article it reads.
    public func knownDocuments(hashes: [String]) throws -> Set<String> {
        try writer.read { db in
            let statement = try db.cachedStatement(sql: "SELECT 1 FROM documents WHERE content_hash = ?")
            var known: Set<String> = []
            for hash in hashes {
                try statement.prepareBindings { $0.bind(hash) }
                if try Bool.fetchOne(statement) ?? false { known.insert(hash) }
            }
            return known
        }
    }

    /// How many documents, events, mentions and actors are stored.
    public func counts() throws -> StoreCounts {
        try writer.read { db in
            StoreCounts(
                documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0,
                events: try Int.fetchOne(db, sql: "SELECT count(*) FROM events") ?? 0,
                mentions: try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions") ?? 0,
                actors: try Int.fetchOne(db, sql: "SELECT count(*) FROM actors") ?? 0)
        }
    }
}
