import GRDB
import GRDBSQLite

/// The timeline of two actors or more with every mention, read from `pair_timeline`
/// (migration 0015): one range of one table, in the order it prints, each row
/// holding its event with its participants and mentions.
///
/// The first two actors (the rarest first, as callers order them) are the range;
/// further actors are checked through the `(event_id, actor_code)` key of
/// `event_participants`. The rows are read straight from SQLite's statement: a
/// column's bytes, never a `Row` copied into values first.
struct PairTimelineRequest: Sendable {
    let sql: String
    let arguments: StatementArguments

    /// The request for `query`, nil when the pair table does not serve it: fewer than
    /// two actors, or a timeline that leaves the mentions unread (one row of `events`
    /// per event is less to read then).
    init?(_ query: TimelineQuery) throws {
        var actors: [String] = []
        for code in query.actorCodes where !actors.contains(code) { actors.append(code) }
        guard actors.count >= 2, query.includesMentions else { return nil }
        // In SQLite's text order: by UTF-8 bytes.
        let (low, high) = actors[0].utf8.lexicographicallyPrecedes(actors[1].utf8)
            ? (actors[0], actors[1]) : (actors[1], actors[0])
        var conditions = ["t.actor_low = ?", "t.actor_high = ?"]
        var arguments: StatementArguments = [low, high]
        if query.from != nil || query.to != nil { conditions.append("t.undated = 0") }
        if let start = query.from {
            conditions.append("t.day_end >= ?")
            arguments += [start.iso]
        }
        if let end = query.to {
            conditions.append("t.day_start <= ?")
            arguments += [end.iso]
        }
        if let prefix = query.cameoPrefix, !prefix.isEmpty {
            guard prefix.count <= 4, prefix.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw StoreError.invalidQuery("a CAMEO prefix is 1 to 4 digits, not \"\(prefix)\"")
            }
            conditions.append("substr(t.cameo, 1, ?) = ?")
            arguments += [prefix.count, prefix]
        }
        if !query.includeHypothetical { conditions.append("t.modality = 'asserted'") }
        if !query.includeNegated { conditions.append("t.polarity = 'positive'") }
        for code in actors.dropFirst(2) {
            conditions.append("EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = t.event_id AND p.actor_code = ?)")
            arguments += [code]
        }
        sql = """
            SELECT t.event_id, t.undated, t.day_start, t.day_end, t.cameo, t.polarity, t.modality, t.goldstein, t.entry
            FROM pair_timeline t
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY t.undated, t.day_start, t.day_end, t.event_id
            """
        self.arguments = arguments
    }
}

extension AnnalsStore {
    /// Calls `body` with each event of `request`, in order, read in `db`.
    static func forEachPairTimelineEvent(_ request: PairTimelineRequest, in db: Database,
                                         _ body: (TimelineEvent) throws -> Void) throws {
        let statement = try db.cachedStatement(sql: request.sql)
        let rows = try Row.fetchCursor(statement, arguments: request.arguments)
        let handle = statement.sqliteStatement
        var actors = ActorNames()
        while try rows.next() != nil {
            try body(try pairTimelineEvent(handle, actors: &actors, in: db))
        }
    }

    /// The event of the row `handle` stands on.
    private static func pairTimelineEvent(_ handle: SQLiteStatement, actors: inout ActorNames,
                                          in db: Database) throws -> TimelineEvent {
        let id = sqlite3_column_int64(handle, 0)
        let undated = sqlite3_column_int64(handle, 1) != 0
        guard let cameo = text(handle, 4),
              let polarity = text(handle, 5).flatMap(Polarity.init(rawValue:)),
              let modality = text(handle, 6).flatMap(Modality.init(rawValue:)),
              let entry = withBytes(handle, 8, { PairTimelineEntry(utf8: $0) }) ?? nil
        else { throw StoreError.invalidQuery("the pair timeline row of event \(id) does not read") }
        let goldstein: Double? = sqlite3_column_type(handle, 7) == SQLITE_NULL ? nil : sqlite3_column_double(handle, 7)
        let start = undated ? nil : text(handle, 2).flatMap(DayDate.init(isoUTF8:))
        let end = undated ? nil : text(handle, 3).flatMap(DayDate.init(isoUTF8:))

        var list: [TimelineEvent.ActorInfo] = []
        list.reserveCapacity(entry.participants.count)
        for participant in entry.participants {
            guard let role = ParticipantRole(rawValue: participant.role) else {
                throw StoreError.invalidQuery("a participant row with an unknown role")
            }
            // As the join on actors would: a participant whose actor is gone is left out.
            guard let actor = try actors.actor(participant.actorCode, in: db) else { continue }
            list.append(TimelineEvent.ActorInfo(
                code: participant.actorCode, name: actor.name, role: role, cameo: actor.cameo, person: participant.person))
        }
        // Sources first, then targets, then others, each by code.
        list.sort { ($0.role.rank, $0.code) < ($1.role.rank, $1.code) }

        var mentions: [TimelineEvent.Mention] = []
        mentions.reserveCapacity(entry.mentions.count)
        for mention in entry.mentions {
            mentions.append(TimelineEvent.Mention(
                document: Article.displayName(origin: mention.origin, title: mention.title),
                documentId: mention.documentID, sentence: mention.sentence, start: mention.start, end: mention.end,
                trigger: mention.trigger, published: mention.published.flatMap(DayDate.init(isoUTF8:)),
                title: mention.title, outlet: mention.source, url: mention.url))
        }
        let location: TimelineEvent.Location? =
            entry.locationCode == nil && entry.locationName == nil
            ? nil : TimelineEvent.Location(code: entry.locationCode, name: entry.locationName)
        return TimelineEvent(
            id: id,
            date: TimelineEvent.DateInfo(
                value: entry.dateValue, start: start, end: end,
                granularity: entry.granularity.flatMap(Granularity.init(rawValue:)),
                calendar: entry.calendar.flatMap(CalendarSystem.init(rawValue:))),
            type: TimelineEvent.TypeInfo(
                cameo: cameo, label: entry.label, root: String(cameo.prefix(2)), rootLabel: entry.rootLabel,
                quadClass: entry.quadClass, goldstein: goldstein),
            actors: list,
            location: location,
            summary: entry.summary,
            polarity: polarity,
            modality: modality,
            mentions: mentions)
    }

    /// The text of column `index`, nil when it is NULL.
    private static func text(_ handle: SQLiteStatement, _ index: Int32) -> String? {
        withBytes(handle, index) { String(decoding: $0, as: UTF8.self) }
    }

    /// `body` applied to the UTF-8 bytes of column `index` as SQLite holds them; nil
    /// when the column is NULL.
    private static func withBytes<Result>(_ handle: SQLiteStatement, _ index: Int32,
                                          _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard sqlite3_column_type(handle, index) != SQLITE_NULL else { return nil }
        // The text first, then its length: the order SQLite's documentation asks for.
        let text = sqlite3_column_text(handle, index)
        let count = Int(sqlite3_column_bytes(handle, index))
        guard let text else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: text, count: count))
    }

    /// The names and CAMEO codes of the actors a timeline prints, each read once.
    private struct ActorNames {
        private var known: [String: (name: String, cameo: String)?] = [:]

        mutating func actor(_ code: String, in db: Database) throws -> (name: String, cameo: String)? {
            if let actor = known[code] { return actor }
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT name, cameo_code FROM actors WHERE code = ?"), arguments: [code])
            let actor: (name: String, cameo: String)? = row.map { ($0[0], $0[1]) }
            known[code] = .some(actor)
            return actor
        }
    }
}
