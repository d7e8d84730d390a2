#if PostgreSQL
import AnnalsKit
import PostgresNIO

extension PostgresStore {
    /// Stores every name `gazetteer` resolves (`actor_names`, migration 0007) under
    /// `fingerprint`, unless the names stored already have it, as the SQLite store does.
    ///
    /// Workers that start together with the same gazetteer take turns under an
    /// advisory lock: the first stores the names, the others find them stored.
    public func storeActorNames(of gazetteer: Gazetteer, fingerprint: String) throws {
        try storeNames(of: gazetteer, fingerprint: fingerprint, after: nil)
    }

    /// Stores the built-in actors, their aliases and the names `gazetteer` resolves in one
    /// transaction, unless the names stored were made under `fingerprint`: then one query
    /// is all a worker's start costs.
    ///
    /// The fingerprint names the built-in set (the embedded resources) and the user's own
    /// entries (`ActorNameFingerprint`), and it is written in the transaction
    /// that stores the actors it names: a database that holds it holds those actors.
    /// Workers that start together take turns under an advisory lock and look again once
    /// they hold it, so only the first stores anything.
    public func storeBuiltInActors(_ actors: [Actor], aliases: [String: [Alias]], names gazetteer: Gazetteer,
                                   fingerprint: String) throws {
        try storeNames(of: gazetteer, fingerprint: fingerprint,
                       after: ActorWriting(actors: actors, aliases: aliases, userDefined: false))
    }

    /// Writes `actors` (when given), then the names of `gazetteer` and `fingerprint`, in one
    /// transaction under the names' advisory lock; nothing when the names stored have `fingerprint`.
    private func storeNames(of gazetteer: Gazetteer, fingerprint: String, after actors: ActorWriting?) throws {
        guard try storedFingerprint() != fingerprint else { return }
        let rows = gazetteer.storableNames
        try transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.actorNamesLock))", logger: Self.quiet)
            let stored = try await connection.query(
                "SELECT fingerprint FROM actor_names_source WHERE id = 1", logger: Self.quiet).decode(String.self)
            for try await value in stored where value == fingerprint { return }
            try await actors?.write(on: connection)
            try await connection.query("DELETE FROM actor_names", logger: Self.quiet)
            var kind = ColumnArray<String>(), key = ColumnArray<String>(), actorCode = ColumnArray<String>()
            for row in rows {
                kind.append(row.kind); key.append(row.key); actorCode.append(row.actorCode)
            }
            try await connection.query(
                "INSERT INTO actor_names (kind, key, actor_code) SELECT * FROM unnest(\(kind)::text[], \(key)::text[], \(actorCode)::text[])",
                logger: Self.quiet)
            try await connection.query("""
                INSERT INTO actor_names_source (id, fingerprint) VALUES (1, \(fingerprint))
                ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint
                """, logger: Self.quiet)
        }
    }

    /// The actors `names` stand for, found through the stored names (see
    /// ``AnnalsKit/ActorNameLookup``) without loading the gazetteer: a few index
    /// look-ups in one snapshot. Nil when the stored names were not made under
    /// `fingerprint` (or never made), or when one of `names` is not among them.
    public func storedActors(named names: [String], fingerprint: String) throws -> [Actor]? {
        let lookups = names.map(ActorNameLookup.init)
        return try snapshot { connection in
            let stored = try await connection.query(
                "SELECT fingerprint FROM actor_names_source WHERE id = 1", logger: Self.quiet).decode(String.self)
            var current = false
            for try await value in stored { current = value == fingerprint }
            guard current else { return nil }
            var actors: [Actor] = []
            for lookup in lookups {
                guard let actor = try await Self.storedActor(lookup, on: connection) else { return nil }
                actors.append(actor)
            }
            return actors
        }
    }

    private static func storedActor(_ lookup: ActorNameLookup, on connection: PostgresConnection) async throws -> Actor? {
        if let actor = try await firstActor(of: connection.query(
            "SELECT code, kind, name, persian_name, cameo_code, wikidata_id FROM actors WHERE code = \(lookup.code)",
            logger: quiet)) {
            return actor
        }
        for key in lookup.keys {
            if let actor = try await firstActor(of: connection.query("""
                SELECT a.code, a.kind, a.name, a.persian_name, a.cameo_code, a.wikidata_id
                FROM actor_names n JOIN actors a ON a.code = n.actor_code
                WHERE n.kind = \(key.kind) AND n.key = \(key.key)
                """, logger: quiet)) {
                return actor
            }
        }
        return nil
    }

    /// The actor of the first row of `rows` (code, kind, name, Persian name, CAMEO code, Wikidata id).
    static func firstActor(of rows: PostgresRowSequence) async throws -> Actor? {
        for try await (code, kind, name, persian, cameo, wikidata) in rows.decode(
            (String, String, String, String?, String, String?).self) {
            guard let kind = ActorKind(rawValue: kind) else { return nil }
            return Actor(code: code, kind: kind, name: name, persianName: persian, cameoCode: cameo,
                         wikidataID: wikidata)
        }
        return nil
    }

    /// The fingerprint of the stored names, if any.
    private func storedFingerprint() throws -> String? {
        try reading { client in
            for try await value in try await client.query(
                "SELECT fingerprint FROM actor_names_source WHERE id = 1").decode(String.self) {
                return value
            }
            return nil
        }
    }

    /// The advisory lock key of storing the names ("names" in ASCII).
    static let actorNamesLock: Int64 = 0x6E_616D_6573
}
#endif
