#if PostgreSQL
import AnnalsKit
import PostgresNIO

/// The columns of an `events` row as timelines read them (``selection``, by position).
struct EventColumns: Sendable {
    let id: Int64
    let cameo: String
    let label: String?
    let rootLabel: String?
    let quadClass: Int?
    let goldstein: Double?
    let stored: StoredEvent

    /// Every column timelines read, as `e.<column>`, in the order ``init(_:)`` reads them.
    static let selection = """
        e.id, e.cameo, e.label, e.root_label, e.quad_class, e.goldstein, e.date_value, e.date_type, e.date_mod,
        e.date_start, e.date_end, e.granularity, e.calendar, e.polarity, e.modality, e.location_code,
        e.location_name, e.summary
        """

    init(_ row: PostgresRow) throws {
        let cells = row.makeRandomAccess()
        id = try cells[0].decode(Int64.self)
        cameo = try cells[1].decode(String.self)
        label = try cells[2].decode(String?.self)
        rootLabel = try cells[3].decode(String?.self)
        quadClass = try cells[4].decode(Int?.self)
        goldstein = try cells[5].decode(Double?.self)
        guard let polarity = Polarity(rawValue: try cells[13].decode(String.self)),
              let modality = Modality(rawValue: try cells[14].decode(String.self)) else {
            throw StoreError.invalidQuery("an event row with an unknown polarity or modality")
        }
        stored = StoredEvent(
            cameo: cameo, dateValue: try cells[6].decode(String?.self),
            dateType: try cells[7].decode(String?.self).flatMap(TimexType.init(rawValue:)),
            dateMod: try cells[8].decode(String?.self),
            dateStart: try cells[9].decode(String?.self).flatMap(DayDate.init(iso:)),
            dateEnd: try cells[10].decode(String?.self).flatMap(DayDate.init(iso:)),
            granularity: try cells[11].decode(String?.self).flatMap(Granularity.init(rawValue:)),
            calendar: try cells[12].decode(String?.self).flatMap(CalendarSystem.init(rawValue:)),
            locationCode: try cells[15].decode(String?.self), locationName: try cells[16].decode(String?.self),
            polarity: polarity, modality: modality, summary: try cells[17].decode(String.self))
    }

    func timelineEvent(actors: [TimelineEvent.ActorInfo], mentions: [TimelineEvent.Mention]) -> TimelineEvent {
        let time = stored.time
        let location: TimelineEvent.Location? = stored.locationCode == nil && stored.locationName == nil
            ? nil : TimelineEvent.Location(code: stored.locationCode, name: stored.locationName)
        return TimelineEvent(
            id: id,
            date: TimelineEvent.DateInfo(value: time?.timex, start: time?.start, end: time?.end,
                                         granularity: time?.granularity, calendar: time?.calendar),
            type: TimelineEvent.TypeInfo(cameo: cameo, label: label, root: String(cameo.prefix(2)),
                                         rootLabel: rootLabel, quadClass: quadClass, goldstein: goldstein),
            actors: actors, location: location, summary: stored.summary,
            polarity: stored.polarity, modality: stored.modality, mentions: mentions)
    }
}

/// The PostgreSQL statement of a timeline query: the same selection and
/// order as the SQLite store's, every value bound.
struct PostgresTimelineRequest: Sendable {
    let query: PostgresQuery

    init(_ timeline: TimelineQuery) throws {
        var bindings = StatementBindings()
        var joins: [String] = []
        var conditions: [String] = []
        var actors: [String] = []
        for code in timeline.actorCodes where !actors.contains(code) { actors.append(code) }
        var from = "events e"
        if actors.count >= 2 {
            // The first two actors through their pair's range of event_actor_pairs (migration 0004).
            let (low, high) = actors[0].utf8.lexicographicallyPrecedes(actors[1].utf8)
                ? (actors[0], actors[1]) : (actors[1], actors[0])
            from = "event_actor_pairs x"
            for (index, code) in actors.enumerated().dropFirst(2) {
                joins.append("JOIN event_participants p\(index) ON p\(index).event_id = x.event_id "
                    + "AND p\(index).actor_code = \(bindings.placeholder(for: code))")
            }
            joins.append("JOIN events e ON e.id = x.event_id")
            conditions.append("x.actor_low = \(bindings.placeholder(for: low)) "
                + "AND x.actor_high = \(bindings.placeholder(for: high))")
        } else if let first = actors.first {
            from = "event_participants p0"
            joins.append("JOIN events e ON e.id = p0.event_id")
            conditions.append("p0.actor_code = \(bindings.placeholder(for: first))")
        }
        conditions += try bindings.eventConditions(of: timeline)
        if !timeline.includeHypothetical { conditions.append("e.modality = 'asserted'") }
        if !timeline.includeNegated { conditions.append("e.polarity = 'positive'") }
        var sql = "SELECT \(EventColumns.selection) FROM \(from)"
        if !joins.isEmpty { sql += " " + joins.joined(separator: " ") }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += timeline.from != nil || timeline.to != nil
            ? " ORDER BY e.date_start, e.date_end, e.id"
            : " ORDER BY e.date_start IS NULL, e.date_start, e.date_end, e.id"
        query = PostgresQuery(unsafeSQL: sql, binds: bindings.binds)
    }
}
#endif
