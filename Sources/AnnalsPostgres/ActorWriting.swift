#if PostgreSQL
import AnnalsKit
import PostgresNIO

/// Actors and their aliases as ``PostgresStore/register(actors:aliases:userDefined:)``
/// writes them, in a transaction of the caller's: the actors upserted (a built-in
/// registration leaves a user-defined actor of the same code as it is), the built-in
/// aliases of the listed actors replaced, the user's own added beside them.
struct ActorWriting: Sendable {
    private let rows: [ActorRow]
    private let aliasRows: [AliasRow]
    private let listed: [String]
    private let userDefined: Bool

    init(actors: [Actor], aliases: [String: [Alias]], userDefined: Bool) {
        let normalizer = TextNormalizer()
        rows = actors.map { ActorRow($0) }
        aliasRows = aliases.keys.sorted().flatMap { code in
            (aliases[code] ?? []).filter { !$0.text.isEmpty }.map {
                AliasRow(code: code, alias: $0, normalized: normalizer.normalizedString($0.text))
            }
        }
        listed = aliases.keys.sorted()
        self.userDefined = userDefined
    }

    /// - Throws: ``AnnalsKit/StoreError/unknownActor(code:origin:)`` when aliases name an actor that is not stored.
    func write(on connection: PostgresConnection) async throws {
        let flag = userDefined ? 1 : 0
        if !rows.isEmpty {
            var code = ColumnArray<String>(), kind = ColumnArray<String>(), name = ColumnArray<String>()
            var persianName = ColumnArray<String>(), cameoCode = ColumnArray<String>()
            var wikidataID = ColumnArray<String>()
            for row in rows {
                code.append(row.code); kind.append(row.kind); name.append(row.name)
                persianName.append(row.persianName); cameoCode.append(row.cameoCode); wikidataID.append(row.wikidataID)
            }
            try await connection.query("""
                INSERT INTO actors (code, kind, name, persian_name, cameo_code, wikidata_id, user_defined)
                SELECT a.*, \(flag)::int4
                FROM unnest(\(code)::text[], \(kind)::text[], \(name)::text[], \(persianName)::text[],
                            \(cameoCode)::text[], \(wikidataID)::text[]) AS a
                ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                    persian_name = excluded.persian_name, cameo_code = excluded.cameo_code,
                    wikidata_id = excluded.wikidata_id, user_defined = excluded.user_defined
                WHERE actors.user_defined = 0 OR excluded.user_defined = 1
                """, logger: PostgresStore.quiet)
        }
        if !listed.isEmpty {
            let known = try await connection.query(
                "SELECT code FROM actors WHERE code = ANY(\(listed))", logger: PostgresStore.quiet).decode(String.self)
            var found: Set<String> = []
            for try await code in known { found.insert(code) }
            if let missing = listed.first(where: { !found.contains($0) }) {
                throw StoreError.unknownActor(code: missing, origin: "aliases")
            }
            if !userDefined {
                try await connection.query(
                    "DELETE FROM actor_aliases WHERE actor_code = ANY(\(listed)) AND user_defined = 0",
                    logger: PostgresStore.quiet)
            }
        }
        guard !aliasRows.isEmpty else { return }
        var code = ColumnArray<String>(), alias = ColumnArray<String>(), normalized = ColumnArray<String>()
        var language = ColumnArray<String>(), form = ColumnArray<String>(), caseSensitive = ColumnArray<Int>()
        for row in aliasRows {
            code.append(row.code); alias.append(row.alias.text); normalized.append(row.normalized)
            language.append(row.alias.language?.rawValue); form.append(row.alias.form.rawValue)
            caseSensitive.append(row.alias.caseSensitive ? 1 : 0)
        }
        try await connection.query("""
            INSERT INTO actor_aliases (actor_code, alias, normalized_alias, language, form, user_defined, case_sensitive)
            SELECT a.code, a.alias, a.normalized, a.language, a.form, \(flag)::int4, a.case_sensitive
            FROM unnest(\(code)::text[], \(alias)::text[], \(normalized)::text[], \(language)::text[],
                        \(form)::text[], \(caseSensitive)::int8[]) AS a(code, alias, normalized, language, form, case_sensitive)
            ON CONFLICT (actor_code, alias, (coalesce(language, '')), form) DO UPDATE
                SET user_defined = 1, case_sensitive = excluded.case_sensitive
                WHERE excluded.user_defined = 1
            """, logger: PostgresStore.quiet)
    }
}

/// An actor's columns.
private struct ActorRow: Sendable {
    let code: String, kind: String, name: String, persianName: String?, cameoCode: String, wikidataID: String?

    init(_ actor: Actor) {
        code = actor.code
        kind = actor.kind.rawValue
        name = actor.name
        persianName = actor.persianName
        cameoCode = actor.cameoCode
        wikidataID = actor.wikidataID
    }
}

/// An alias's columns.
private struct AliasRow: Sendable {
    let code: String
    let alias: Alias
    let normalized: String
}

#endif
