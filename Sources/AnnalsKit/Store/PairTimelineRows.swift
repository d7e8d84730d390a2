import GRDB

/// How a large batch writes the rows of `pair_timeline` (migration 0015) once at
/// its end (``BulkIndexing``) instead of through the two insert triggers that write
/// an event's rows again for each participant and mention.
///
/// Both triggers delete the event's rows and insert them again from the view
/// `pair_timeline_rows`, the one definition of them. The batch does the same, from
/// the same view, for every new event and every stored event it added mentions to.
struct PairTimelineRows: Sendable {
    /// The triggers this replaces during a batch.
    static let insertTriggers = ["pair_timeline_participants_insert", "pair_timeline_mentions_insert"]

    /// What both triggers do, for recognising them.
    static let triggerBody = """
        BEGIN
            DELETE FROM pair_timeline WHERE event_id = new.event_id;
            INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows WHERE event_id = new.event_id;
        END
        """

    /// Whether the stored triggers `sql` (the two of ``insertTriggers``) do what ``triggerBody`` says.
    static func recognises(_ sql: [String]) -> Bool {
        sql.count == 2 && sql.allSatisfy { normalizedSpace($0).hasSuffix(normalizedSpace(triggerBody)) }
    }

    /// The statements that finish a batch, each with its arguments chosen from the
    /// last event id and the last mention id before the batch. Each finds its rows by
    /// id (`BulkIndexingTests` reads their plans).
    static func statements(lastEventID: Int64, lastMentionID: Int64) -> [(sql: String, arguments: StatementArguments)] {
        [
            // Rows a trigger that stayed (a merge naming a person or a place) wrote for a new event.
            ("DELETE FROM pair_timeline WHERE event_id > ?", [lastEventID]),
            ("DELETE FROM pair_timeline WHERE event_id IN (\(mergedEvents))", [lastMentionID, lastEventID]),
            ("INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows WHERE event_id > ?", [lastEventID]),
            ("INSERT INTO pair_timeline SELECT * FROM pair_timeline_rows WHERE event_id IN (\(mergedEvents))",
             [lastMentionID, lastEventID]),
        ]
    }

    /// The events stored before the batch that it added mentions to. `NOT INDEXED`
    /// reads the new mentions by id, not every mention through an index by event.
    static let mergedEvents = "SELECT event_id FROM mentions NOT INDEXED WHERE id > ? AND event_id <= ?"

    private static func normalizedSpace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
