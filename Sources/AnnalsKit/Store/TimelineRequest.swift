import GRDB

/// The SQL that selects a timeline's events, in timeline order.
///
/// A timeline of one actor reads its events through the `(actor_code, event_id)`
/// index of `event_participants`; of two or more, the common events of the first
/// two through `event_actor_pairs`; never the whole `events` table.
struct TimelineRequest: Sendable {
    let sql: String
    let arguments: StatementArguments

    /// `codes` without repeats, the actor with the fewest events first (ties keep
    /// their order), so that the timeline query starts from the smallest index range.
    static func rarestFirst(_ codes: [String], in db: Database) throws -> [String] {
        var unique: [String] = []
        for code in codes where !unique.contains(code) { unique.append(code) }
        // Two actors are one range of event_actor_pairs whatever their order: nothing to count.
        guard unique.count > 2 else { return unique }
        var best = 0
        var bestCount = Int.max
        for (index, code) in unique.enumerated() {
            // Counting stops at the smallest count so far: the cost is bounded by the rarest actor.
            let count = try Int.fetchOne(
                db.cachedStatement(sql: "SELECT count(*) FROM (SELECT 1 FROM event_participants WHERE actor_code = ? LIMIT ?)"),
                arguments: [code, bestCount == Int.max ? -1 : bestCount]) ?? 0
            if count < bestCount {
                best = index
                bestCount = count
            }
        }
        let rarest = unique.remove(at: best)
        return [rarest] + unique
    }

    /// How many mentions the event `e` has: the count its row keeps (migration 0012).
    static let mentionCount = "e.mention_count"

    /// The column of ``mentionCount`` in a request that leaves the mentions unread.
    static let mentionCountColumn = EventRecord.digestColumn + 1

    /// Dated events by start, end and id; undated events last, by id.
    static let order = "e.date_start IS NULL, e.date_start, e.date_end, e.id"

    /// ``order`` when every event is dated: the order of the `events_date` index.
    static let datedOrder = "e.date_start, e.date_end, e.id"

    /// No event overlapping a range from `?` on starts before `?` minus the longest
    /// stored interval (`event_span`, kept by triggers). Without the row (never
    /// expected), or for a day SQLite cannot shift, the bound is the empty text,
    /// below every date.
    static let earliestOverlappingStart = """
        e.date_start >= coalesce((SELECT date(?, '-' || longest_days || ' days') FROM event_span WHERE id = 1), '')
        """

    init(_ query: TimelineQuery) throws {
        var joins: [String] = []
        var conditions: [String] = []
        var arguments: StatementArguments = []
        var actors: [String] = []
        for code in query.actorCodes where !actors.contains(code) { actors.append(code) }
        var from = "events e"
        if actors.count >= 2 {
            // The first two actors (the rarest, as callers order them) through their pair's
            // range of event_actor_pairs (migration 0004): only their common events. Further
            // actors are checked through the (event_id, actor_code) key, then the event row is read.
            // In SQLite's text order: by UTF-8 bytes.
            let (low, high) = actors[0].utf8.lexicographicallyPrecedes(actors[1].utf8)
                ? (actors[0], actors[1]) : (actors[1], actors[0])
            from = "event_actor_pairs x"
            // Placeholders bind in the order they appear: the joins', then the WHERE clause's.
            for (index, code) in actors.enumerated().dropFirst(2) {
                joins.append("CROSS JOIN event_participants p\(index) ON p\(index).event_id = x.event_id AND p\(index).actor_code = ?")
                arguments += [code]
            }
            joins.append("CROSS JOIN events e ON e.id = x.event_id")
            conditions.append("x.actor_low = ? AND x.actor_high = ?")
            arguments += [low, high]
        } else if let first = actors.first {
            // CROSS JOIN keeps this order: the actor's events through its index, then the event row.
            from = "event_participants p0"
            joins.append("CROSS JOIN events e ON e.id = p0.event_id")
            conditions.append("p0.actor_code = ?")
            arguments += [first]
        }

        if let start = query.from {
            conditions.append("e.date_end >= ?")
            arguments += [start.iso]
            if actors.isEmpty {
                // The date index orders by start: bound it below too, by the longest interval
                // stored (migration 0003), so the range reads only events that can overlap it.
                conditions.append(TimelineRequest.earliestOverlappingStart)
                arguments += [start.iso]
            }
        }
        if let end = query.to {
            conditions.append("e.date_start <= ?")
            arguments += [end.iso]
        }
        if let prefix = query.cameoPrefix, !prefix.isEmpty {
            guard prefix.count <= 4, prefix.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw StoreError.invalidQuery("a CAMEO prefix is 1 to 4 digits, not \"\(prefix)\"")
            }
            conditions.append("substr(e.cameo, 1, ?) = ?")
            arguments += [prefix.count, prefix]
        }
        if !query.includeHypothetical { conditions.append("e.modality = 'asserted'") }
        if !query.includeNegated { conditions.append("e.polarity = 'positive'") }

        // Without the sentences, each event's number of mentions is read from its
        // row, at ``mentionCountColumn``: no mention and no index of them is read.
        var sql = "SELECT \(EventRecord.timelineSelection)"
            + (query.includesMentions ? "" : ", " + TimelineRequest.mentionCount) + " FROM \(from)"
        if !joins.isEmpty { sql += " " + joins.joined(separator: " ") }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        // A date bound leaves out the undated events: then the date index gives the order as it is.
        sql += " ORDER BY " + (query.from != nil || query.to != nil ? TimelineRequest.datedOrder : TimelineRequest.order)
        self.sql = sql
        self.arguments = arguments
    }
}
