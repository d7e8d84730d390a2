import GRDB

extension AnnalsStore {
    /// Stores every name `gazetteer` resolves (`actor_names`, migration 0007)
    /// under `fingerprint`, unless the names stored already have it.
    ///
    /// Call it after the gazetteer's actors are stored (``register(actors:aliases:userDefined:)``):
    /// each name refers to its actor's row.
    public func storeActorNames(of gazetteer: Gazetteer, fingerprint: String) throws {
        try writer.write { db in
            let stored = try String.fetchOne(db, sql: "SELECT fingerprint FROM actor_names_source WHERE id = 1")
            guard stored != fingerprint else { return }
            try db.execute(sql: "DELETE FROM actor_names")
            let insert = try db.cachedStatement(sql: "INSERT INTO actor_names (kind, key, actor_code) VALUES (?, ?, ?)")
            for row in gazetteer.storableNames {
                try insert.execute(arguments: [row.kind, row.key, row.actorCode])
            }
            try db.execute(
                sql: "INSERT OR REPLACE INTO actor_names_source (id, fingerprint) VALUES (1, ?)",
                arguments: [fingerprint])
        }
    }

    /// The actors `names` stand for, resolved as ``Gazetteer/resolve(_:)``
    /// resolves them but through the stored names, without loading the gazetteer;
    /// nil when the stored names were not made under `fingerprint` (or never made),
    /// or when one of `names` is not among them.
    ///
    /// A name is looked for as ``ActorNameLookup`` says.
    public func storedActors(named names: [String], fingerprint: String) throws -> [Actor]? {
        try writer.read { db in
            let stored = try String.fetchOne(db, sql: "SELECT fingerprint FROM actor_names_source WHERE id = 1")
            guard stored == fingerprint else { return nil }
            var actors: [Actor] = []
            for name in names {
                guard let actor = try AnnalsStore.storedActor(named: name, in: db) else { return nil }
                actors.append(actor)
            }
            return actors
        }
    }

    private static func storedActor(named name: String, in db: Database) throws -> Actor? {
        let lookup = ActorNameLookup(name)
        if let actor = try ActorRecord.fetchOne(db, key: lookup.code) { return actor.actor }
        for key in lookup.keys {
            let record = try ActorRecord.fetchOne(
                db,
                sql: """
                    SELECT a.* FROM actor_names n JOIN actors a ON a.code = n.actor_code
                    WHERE n.kind = ? AND n.key = ?
                    """,
                arguments: [key.kind, key.key])
            if let record { return record.actor }
        }
        return nil
    }
}
