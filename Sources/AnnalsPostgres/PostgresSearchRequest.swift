#if PostgreSQL
import AnnalsKit
import PostgresNIO

/// The PostgreSQL statement of a search: events with a mention whose sentence and event
/// summary hold every word, narrowed as the SQLite store narrows a search (all the
/// filter's actors take part, the date range overlaps, the CAMEO code has the prefix),
/// best match first. The words and every filter value are bound, never part of the SQL;
/// both sides of the match are folded by `annals_fold` (migration 0008).
struct PostgresSearchRequest: Sendable {
    let query: PostgresQuery

    /// Nil when `words` holds nothing to look for.
    init?(_ words: String, filter: TimelineQuery, limit: Int) throws {
        let folded = TextNormalizer().normalizedString(words)
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard !folded.isEmpty, limit > 0 else { return nil }
        var bindings = StatementBindings()
        let match = bindings.placeholder(for: folded)
        var conditions: [String] = []
        var seen: Set<String> = []
        for code in filter.actorCodes where seen.insert(code).inserted {
            conditions.append("EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = e.id "
                + "AND p.actor_code = \(bindings.placeholder(for: code)))")
        }
        conditions += try bindings.eventConditions(of: filter)
        let filtering = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        query = PostgresQuery(unsafeSQL: """
            SELECT \(EventColumns.selection) FROM (
                SELECT m.event_id, max(ts_rank(m.search, q)) AS best
                FROM mentions m, plainto_tsquery('simple', annals_fold(\(match))) q
                WHERE m.search @@ q
                GROUP BY m.event_id
            ) AS found JOIN events e ON e.id = found.event_id
            \(filtering)
            ORDER BY found.best DESC, e.id LIMIT \(bindings.placeholder(for: limit))
            """, binds: bindings.binds)
    }
}
#endif
