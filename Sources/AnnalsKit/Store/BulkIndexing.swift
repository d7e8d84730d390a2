import Foundation
import GRDB

/// The full-text rows (`event_search`), actor pairs (`event_actor_pairs`),
/// participant digests (`events.participants`), mention counts
/// (`events.mention_count`), the longest event span (`event_span`) and the pair
/// timelines (`pair_timeline`) of a large batch, written once for the whole batch
/// instead of row by row by the schema's triggers.
///
/// ``begin(in:)`` drops the seven insert triggers inside the batch's write
/// transaction, the batch's rows are inserted as usual, and ``finish(in:)`` adds
/// the index rows of every mention and participant the batch inserted, then
/// creates the triggers again from the very SQL the schema held. All of it is
/// one transaction: a failure or a killed process rolls the triggers back with
/// the rows, and other connections never see the schema without them.
///
/// The result is the same as the triggers': the folding expression is read from
/// the stored trigger itself (so a later migration that changes it changes both
/// paths), mentions get their rows in id order, and every pair of an event's
/// actors is paired once. Rows for one mention cost several times less this way
/// (the trigger's nested folding runs as one statement's expression).
struct BulkIndexing {
    /// A trigger as the schema stores it.
    private struct StoredTrigger {
        let name: String
        let sql: String
    }

    private let triggers: [StoredTrigger]
    /// The folding of the search trigger, reading `m.sentence`.
    private let foldedSentence: String
    /// The same folding applied in Swift; nil when it is not a chain of one-character
    /// replacements, and SQLite evaluates `foldedSentence`.
    let folding: SearchFolding?
    private let lastMentionID: Int64
    private let lastEventID: Int64

    static let searchTrigger = "mentions_search_insert"
    static let pairsTrigger = "participants_pairs_insert"
    /// Writes an event's participant digest (`events.participants`, migration 0009) again.
    static let digestTrigger = "participants_digest_insert"
    /// Adds one to an event's number of mentions (`events.mention_count`, migration 0012).
    static let countTrigger = "mentions_count_insert"
    /// Grows the longest span of a dated event (`event_span`, migration 0003).
    static let spanTrigger = "events_span_insert"
    /// Writes an event's rows of `pair_timeline` again when it gains a participant or a mention (migration 0015).
    static let pairTimelineTriggers = PairTimelineRows.insertTriggers

    /// Drops the seven insert triggers; nil (and nothing changed) when the schema's
    /// triggers are not in the form this path knows, and the triggers do the work.
    static func begin(in db: Database) throws -> BulkIndexing? {
        let rows = try Row.fetchAll(
            db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?, ?, ?, ?, ?) ORDER BY rowid",
            arguments: StatementArguments([searchTrigger, pairsTrigger, digestTrigger, countTrigger, spanTrigger] + pairTimelineTriggers))
        let triggers = rows.map { StoredTrigger(name: $0[0], sql: $0[1]) }
        guard triggers.count == 7,
              PairTimelineRows.recognises(triggers.filter { pairTimelineTriggers.contains($0.name) }.map { $0.sql }),
              let span = triggers.first(where: { $0.name == spanTrigger }),
              normalizedSpace(span.sql).hasSuffix(normalizedSpace(spanTriggerBody)),
              let count = triggers.first(where: { $0.name == countTrigger }),
              normalizedSpace(count.sql).hasSuffix(normalizedSpace(countTriggerBody)),
              let digest = triggers.first(where: { $0.name == digestTrigger }),
              normalizedSpace(digest.sql).contains(normalizedSpace(digestExpression("new.event_id"))),
              let search = triggers.first(where: { $0.name == searchTrigger }),
              let folded = foldedSentence(inSearchTrigger: search.sql),
              let pairs = triggers.first(where: { $0.name == pairsTrigger }),
              normalizedSpace(pairs.sql).hasSuffix(normalizedSpace(pairsTriggerBody))
        else { return nil }
        let indexing = BulkIndexing(
            triggers: triggers, foldedSentence: folded, folding: SearchFolding(expression: folded),
            lastMentionID: try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM mentions") ?? 0,
            lastEventID: try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM events") ?? 0)
        for trigger in triggers { try db.execute(sql: "DROP TRIGGER \(trigger.name)") }
        return indexing
    }

    /// Adds the index rows of the mentions and participants inserted since
    /// ``begin(in:)``, the participant digests of the new events and the new
    /// mentions to their events' counts, grows the longest event span to the new
    /// events' longest, then creates the triggers again.
    ///
    /// New rows have larger ids than every row before (SQLite gives a new row the
    /// largest id plus one), and participants are inserted only with a new event.
    func finish(in db: Database) throws {
        if let folding {
            // The same rows in the same order, folded here: the SQL's sub-selects cost
            // the writer more than the index itself.
            let insert = try db.cachedStatement(sql: "INSERT INTO event_search(rowid, sentence) VALUES (?, ?)")
            let rows = try Row.fetchCursor(db.cachedStatement(sql: Self.newSentences), arguments: [lastMentionID])
            var mentions: [(id: Int64, sentence: String)] = []
            while let row = try rows.next() { mentions.append((row[0], row[1])) }
            for mention in mentions {
                try insert.execute(arguments: [mention.id, folding.fold(mention.sentence)])
            }
        } else {
            try db.execute(
                sql: """
                    INSERT INTO event_search(rowid, sentence)
                    SELECT m.id, \(foldedSentence) FROM mentions m WHERE m.id > ? ORDER BY m.id
                    """,
                arguments: [lastMentionID])
        }
        try db.execute(sql: Self.newPairs, arguments: [lastEventID])
        try db.execute(sql: Self.newDigests, arguments: [lastEventID])
        // New mentions may report events stored before the batch (merged mentions).
        try db.execute(sql: Self.newMentionCounts, arguments: [lastMentionID])
        // The trigger grows the span to each new event's in turn: to their longest at once here.
        try db.execute(sql: Self.newLongestSpan, arguments: [lastEventID])
        for statement in PairTimelineRows.statements(lastEventID: lastEventID, lastMentionID: lastMentionID) {
            try db.execute(sql: statement.sql, arguments: statement.arguments)
        }
        for trigger in triggers { try db.execute(sql: trigger.sql) }
    }

    /// The statements that write the batch's rows of `pair_timeline`, for tests.
    var pairTimelineStatements: [(sql: String, arguments: StatementArguments)] {
        PairTimelineRows.statements(lastEventID: 0, lastMentionID: 0)
    }

    /// An event's span in days as the span trigger computes it (migration 0003); an
    /// unreadable day counts as ten million days.
    // The statements of `finish(in:)`, each reading only the rows after the last id
    // before the batch (its one argument). Each must find those rows by id: a plan
    // that scans a whole table or index costs every batch the size of the database
    // (`BulkIndexingTests` reads their plans).

    /// The new mentions' sentences, in id order.
    static let newSentences = "SELECT id, sentence FROM mentions WHERE id > ? ORDER BY id"

    /// Every pair of the new events' actors.
    static let newPairs = """
        INSERT OR IGNORE INTO event_actor_pairs (actor_low, actor_high, event_id)
        SELECT p.actor_code, q.actor_code, p.event_id
        FROM event_participants p JOIN event_participants q ON q.event_id = p.event_id AND p.actor_code < q.actor_code
        WHERE p.event_id > ?
        ORDER BY p.event_id, p.actor_code, q.actor_code
        """

    /// The participant digests of the new events.
    static let newDigests = "UPDATE events SET participants = \(digestExpression("events.id")) WHERE id > ?"

    /// The new mentions added to their events' counts. `NOT INDEXED` keeps SQLite
    /// from reading the new mentions in event order through the covering unique
    /// index, which scans every mention ever stored.
    static let newMentionCounts = """
        UPDATE events SET mention_count = mention_count + added.number
        FROM (SELECT event_id, count(*) AS number FROM mentions NOT INDEXED WHERE id > ? GROUP BY event_id) AS added
        WHERE events.id = added.event_id
        """

    /// The longest span among the new dated events, if longer than the one recorded.
    static let newLongestSpan = """
        UPDATE event_span SET longest_days = added.longest
        FROM (SELECT max(\(spanExpression)) AS longest
              FROM events WHERE id > ? AND date_start IS NOT NULL) AS added
        WHERE event_span.id = 1 AND event_span.longest_days < added.longest
        """

    private static let spanExpression =
        "coalesce(CAST(julianday(date_end) - julianday(date_start) AS INTEGER), 10000000)"

    /// What the span trigger does (migration 0003), for recognising it.
    private static let spanTriggerBody = """
        WHEN new.date_start IS NOT NULL BEGIN
            UPDATE event_span
               SET longest_days = coalesce(CAST(julianday(new.date_end) - julianday(new.date_start) AS INTEGER), 10000000)
             WHERE id = 1
               AND longest_days < coalesce(CAST(julianday(new.date_end) - julianday(new.date_start) AS INTEGER), 10000000);
        END
        """

    /// The participant digest of the event `eventID` (an SQL expression), as migration 0009 writes it.
    private static func digestExpression(_ eventID: String) -> String {
        """
        (
            SELECT json_group_array(json_array(actor_code, role, person))
            FROM (SELECT actor_code, role, person FROM event_participants WHERE event_id = \(eventID) ORDER BY actor_code))
        """
    }

    /// What the pairs trigger does (migration 0004), for recognising it.
    private static let pairsTriggerBody = """
        INSERT OR IGNORE INTO event_actor_pairs (actor_low, actor_high, event_id)
        SELECT min(new.actor_code, q.actor_code), max(new.actor_code, q.actor_code), new.event_id
        FROM event_participants q
        WHERE q.event_id = new.event_id AND q.actor_code <> new.actor_code;
        END
        """

    /// What the mention count trigger does (migration 0012), for recognising it.
    private static let countTriggerBody = """
        UPDATE events SET mention_count = mention_count + 1 WHERE id = new.event_id;
        END
        """

    /// The search trigger's value for `sentence`, reading `m.sentence` instead of
    /// `new.sentence`; nil unless the trigger is one insert of `(new.id, EXPRESSION)`.
    static func foldedSentence(inSearchTrigger sql: String) -> String? {
        let head = "INSERT INTO event_search(rowid, sentence)"
        guard let insert = sql.range(of: head),
              let values = sql.range(of: "VALUES (new.id, ", range: insert.upperBound..<sql.endIndex),
              sql[insert.upperBound..<values.lowerBound].allSatisfy(\.isWhitespace),
              let end = sql.range(of: ");", options: .backwards),
              values.upperBound < end.lowerBound,
              normalizedSpace(String(sql[end.upperBound...])) == "END"
        else { return nil }
        let expression = String(sql[values.upperBound..<end.lowerBound])
        // One statement, one reference to the new row: its sentence.
        guard !expression.contains(";"),
              expression.components(separatedBy: "new.").count == 2,
              expression.contains("new.sentence")
        else { return nil }
        return expression.replacingOccurrences(of: "new.sentence", with: "m.sentence")
    }

    private static func normalizedSpace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
