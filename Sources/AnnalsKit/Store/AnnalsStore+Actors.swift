import GRDB

extension AnnalsStore {
    /// The user's own actors and aliases.
    ///
    /// They are rows marked `user_defined = 1` in `actors` and
    /// `actor_aliases`; registering the built-in gazetteer never drops or
    /// overwrites them (see ``register(actors:aliases:userDefined:)``), so they
    /// survive upgrades.
    public func userEntries() throws -> UserGazetteerEntries {
        try writer.read { db in
            let actors = try ActorRecord
                .filter(ActorRecord.CodingKeys.userDefined == true)
                .order(ActorRecord.CodingKeys.code)
                .fetchAll(db)
                .map(\.actor)
            var aliases: [String: [Alias]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT actor_code, alias, language, form, case_sensitive FROM actor_aliases
                WHERE user_defined = 1 ORDER BY id
                """)
            while let row = try rows.next() {
                let form: ActorMention.Form = row["form"]
                let text: String = row["alias"]
                aliases[row["actor_code"], default: []].append(Alias(
                    text: text, language: row["language"], form: form, caseSensitive: row["case_sensitive"],
                    placeName: form == .city ? text : nil))
            }
            return UserGazetteerEntries(actors: actors, aliases: aliases)
        }
    }

    /// Stores an actor the user defined, with its aliases, in one transaction.
    ///
    /// - Throws: ``StoreError/duplicateActor(code:)`` when an actor (built-in
    ///   or the user's) already has the code.
    public func addUserActor(_ actor: Actor, aliases: [Alias]) throws {
        try addUserActors([ActorDefinitionRow(actor: actor, aliases: aliases)])
    }

    /// Stores several user-defined actors in one transaction: all or none.
    ///
    /// - Throws: ``StoreError/duplicateActor(code:)`` when an actor already has
    ///   one of the codes; nothing is stored then.
    public func addUserActors(_ definitions: [ActorDefinition]) throws {
        try addUserActors(definitions.map { ActorDefinitionRow(actor: $0.actor, aliases: $0.aliases) })
    }

    /// Gives the actor with `code` (built-in and registered, or the user's) one more name.
    ///
    /// Adding an alias it already has marks it as the user's, so it is kept
    /// whatever later versions of the built-in data say.
    ///
    /// - Throws: ``StoreError/unknownActor(code:origin:)`` when no stored actor has `code`.
    public func addUserAlias(_ alias: Alias, to code: String) throws {
        try writer.write { db in
            let code = code.uppercased()
            guard try ActorRecord.exists(db, key: code) else {
                throw StoreError.unknownActor(code: code, origin: "alias '\(alias.text)'")
            }
            try AnnalsStore.insertUserAlias(alias, code: code, in: db)
        }
    }

    private struct ActorDefinitionRow {
        let actor: Actor
        let aliases: [Alias]
    }

    private func addUserActors(_ rows: [ActorDefinitionRow]) throws {
        try writer.write { db in
            for row in rows {
                guard try !ActorRecord.exists(db, key: row.actor.code) else {
                    throw StoreError.duplicateActor(code: row.actor.code)
                }
                try ActorRecord(row.actor, userDefined: true).insert(db)
                for alias in row.aliases {
                    try AnnalsStore.insertUserAlias(alias, code: row.actor.code, in: db)
                }
            }
        }
    }

    static func insertUserAlias(_ alias: Alias, code: String, in db: Database) throws {
        guard !alias.text.isEmpty else { return }
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO actor_aliases
                    (actor_code, alias, normalized_alias, language, form, user_defined, case_sensitive)
                VALUES (?, ?, ?, ?, ?, 1, ?)
                """,
            arguments: [code, alias.text, TextNormalizer().normalizedString(alias.text), alias.language,
                        alias.form, alias.caseSensitive])
        if db.changesCount == 0 {
            // The alias was there already (a built-in one): it is now the user's too.
            try db.execute(
                sql: """
                    UPDATE actor_aliases SET user_defined = 1, case_sensitive = ?
                    WHERE actor_code = ? AND alias = ? AND ifnull(language, '') = ? AND form = ?
                    """,
                arguments: [alias.caseSensitive, code, alias.text, alias.language?.rawValue ?? "", alias.form])
        }
    }
}

extension ActorRecord {
    /// The actor this row describes.
    var actor: Actor {
        Actor(code: code, kind: kind, name: name, persianName: persianName, cameoCode: cameoCode, wikidataID: wikidataID)
    }
}
