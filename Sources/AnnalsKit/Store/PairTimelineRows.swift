import Foundation
import GRDB

/// How a large batch writes the rows of `pair_timeline` (migration 0014) once at
/// its end (``BulkIndexing``) instead of through the two insert triggers that write
/// an event's rows again for each participant and mention.
///
/// Both triggers hold the same two statements for one event:
/// `DELETE FROM pair_timeline WHERE event_id = new.event_id;` and an
/// `INSERT INTO pair_timeline … WHERE e.id = new.event_id;`. The batch runs that
/// very insert (read from the stored trigger, so that a later migration changing it
/// changes both paths) for every new event and every stored event the batch added
/// mentions to, after deleting whatever rows they had.
struct PairTimelineRows: Sendable {
    /// The triggers this replaces during a batch.
    static let insertTriggers = ["pair_timeline_participants_insert", "pair_timeline_mentions_insert"]

    /// The trigger's insert up to its WHERE clause, reading the event `e`.
    let insertHead: String

    /// The triggers' common insert; nil when either trigger is not in the form above.
    init?(triggers: [String]) {
        guard triggers.count == 2,
              let first = PairTimelineRows.insertHead(inTrigger: triggers[0]),
              let second = PairTimelineRows.insertHead(inTrigger: triggers[1]),
              first == second
        else { return nil }
        insertHead = first
    }

    /// The statements that finish a batch, each with its arguments chosen from the
    /// last event id and the last mention id before the batch. Each finds its rows by
    /// id (`BulkIndexingTests` reads their plans).
    func statements(lastEventID: Int64, lastMentionID: Int64) -> [(sql: String, arguments: StatementArguments)] {
        [
            // Rows a trigger that stayed (a merge naming a person or a place) wrote for a new event.
            ("DELETE FROM pair_timeline WHERE event_id > ?", [lastEventID]),
            ("DELETE FROM pair_timeline WHERE event_id IN (\(Self.mergedEvents))", [lastMentionID, lastEventID]),
            (insertHead + " WHERE e.id > ?", [lastEventID]),
            (insertHead + " WHERE e.id IN (\(Self.mergedEvents))", [lastMentionID, lastEventID]),
        ]
    }

    /// The events stored before the batch that it added mentions to. `NOT INDEXED`
    /// reads the new mentions by id, not every mention through an index by event.
    static let mergedEvents = "SELECT event_id FROM mentions NOT INDEXED WHERE id > ? AND event_id <= ?"

    /// The insert of a trigger written as `… BEGIN DELETE FROM pair_timeline WHERE
    /// event_id = new.event_id; INSERT INTO pair_timeline … WHERE e.id = new.event_id; END`,
    /// without its WHERE clause; nil for any other trigger.
    static func insertHead(inTrigger sql: String) -> String? {
        let delete = "DELETE FROM pair_timeline WHERE event_id = new.event_id;"
        let tail = "WHERE e.id = new.event_id;"
        guard let begin = sql.range(of: " BEGIN"),
              let deleting = sql.range(of: delete, range: begin.upperBound..<sql.endIndex),
              sql[begin.upperBound..<deleting.lowerBound].allSatisfy(\.isWhitespace),
              let insert = sql.range(of: "INSERT INTO pair_timeline", range: deleting.upperBound..<sql.endIndex),
              sql[deleting.upperBound..<insert.lowerBound].allSatisfy(\.isWhitespace),
              let end = sql.range(of: tail, options: .backwards),
              insert.upperBound < end.lowerBound,
              sql[end.upperBound...].split(whereSeparator: \.isWhitespace) == ["END"]
        else { return nil }
        let head = String(sql[insert.lowerBound..<end.lowerBound])
        // One statement that reads nothing of the new row but through `e`.
        guard !head.contains(";"), !head.contains("new.") else { return nil }
        return head.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
