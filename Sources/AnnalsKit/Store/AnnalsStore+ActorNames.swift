import GRDB

extension AnnalsStore {
    /// Stores every name `gazetteer` resolves (`actor_names`, migration 0007)
    /// under `fingerprint`, unless the names stored already have it.
    ///
    /// Call it after the gazetteer's actors are stored (``register(actors:aliases:userDefined:)``):
    /// each name refers to its actor's row.
    func storeActorNames(of gazetteer: Gazetteer, fingerprint: String) throws {
        try writer.write { db in
            let stored = try String.fetchOne(db, sql: "SELECT fingerprint FROM actor_names_source WHERE id = 1")
            guard stored != fingerprint else { return }
            try db.execute(sql: "DELETE FROM actor_names")
            let (names, alpha2) = gazetteer.directory.resolvableNames
            let insert = try db.cachedStatement(sql: "INSERT INTO actor_names (kind, key, actor_code) VALUES (?, ?, ?)")
            for (kind, entries) in [("name", names), ("alpha2", alpha2)] {
                for (key, code) in entries where !key.isEmpty {
                    try insert.execute(arguments: [kind, key, code])
                }
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
    /// A name is tried as an actor code, then as a folded name (with a leading
    /// English "the" left out), then as an ISO alpha-2 code.
    func storedActors(named names: [String], fingerprint: String) throws -> [Actor]? {
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
        let trimmed = name.trimmingSpaces()
        if let actor = try ActorRecord.fetchOne(db, key: trimmed.uppercased()) { return actor.actor }
        var key = NameFolding.key(trimmed)
        var candidates = [("name", key)]
        if key.hasPrefix("the ") {
            key.removeFirst(4)
            candidates.append(("name", key))
        }
        candidates.append(("alpha2", trimmed.uppercased()))
        for (kind, key) in candidates {
            let record = try ActorRecord.fetchOne(
                db,
                sql: """
                    SELECT a.* FROM actor_names n JOIN actors a ON a.code = n.actor_code
                    WHERE n.kind = ? AND n.key = ?
                    """,
                arguments: [kind, key])
            if let record { return record.actor }
        }
        return nil
    }
}
