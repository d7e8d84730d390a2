import GRDB

/// The SQL that selects a timeline's events, in timeline order.
///
/// Each requested actor joins `event_participants` through its
/// `(actor_code, event_id)` index, so a timeline of one or two actors reads
/// only their events, never the whole `events` table.
struct TimelineRequest: Sendable {
    let sql: String
    let arguments: StatementArguments

    /// Dated events by start, end and id; undated events last, by id.
    static let order = "e.date_start IS NULL, e.date_start, e.date_end, e.id"

    init(_ query: TimelineQuery) throws {
        var joins: [String] = []
        var conditions: [String] = []
        var arguments: StatementArguments = []
        var actors: [String] = []
        for code in query.actorCodes where !actors.contains(code) { actors.append(code) }
        var from = "events e"
        if let first = actors.first {
            from = "event_participants p0 JOIN events e ON e.id = p0.event_id"
            // Placeholders bind in the order they appear: the joins', then the WHERE clause's.
            for (index, code) in actors.enumerated().dropFirst() {
                joins.append("JOIN event_participants p\(index) ON p\(index).event_id = e.id AND p\(index).actor_code = ?")
                arguments += [code]
            }
            conditions.append("p0.actor_code = ?")
            arguments += [first]
        }

        if let start = query.from {
            conditions.append("e.date_end >= ?")
            arguments += [start.iso]
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

        var sql = "SELECT e.* FROM \(from)"
        if !joins.isEmpty { sql += " " + joins.joined(separator: " ") }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY " + TimelineRequest.order
        self.sql = sql
        self.arguments = arguments
    }
}
