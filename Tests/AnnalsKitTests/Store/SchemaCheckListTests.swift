import GRDB
import Testing
@testable import AnnalsKit

/// The CHECK constraints that allow a column a few words (migration 0016): each
/// word is accepted, anything else refused, as the `IN (…)` lists they replace did;
/// and an insert no longer builds a temporary index of the list for every row.
@Suite struct SchemaCheckListTests {
    /// A column whose CHECK allows a list of words, an insert that puts `?` in it, and its words.
    struct CheckedColumn: Sendable, CustomTestStringConvertible {
        let column: String
        let insert: String
        let allowed: [String]
        var testDescription: String { column }
    }

    static let eventColumns = """
        INSERT INTO events (cameo, polarity, modality, summary, merge_key, date_value, date_type, granularity, calendar)
        """

    static let columns: [CheckedColumn] = [
        CheckedColumn(
            column: "events.date_type",
            insert: eventColumns + " VALUES ('057', 'positive', 'asserted', 's', ?2, '2020', ?1, 'year', 'gregorian')",
            allowed: ["DATE", "TIME", "DURATION", "SET"]),
        CheckedColumn(
            column: "events.granularity",
            insert: eventColumns + " VALUES ('057', 'positive', 'asserted', 's', ?2, '2020', 'DATE', ?1, 'gregorian')",
            allowed: ["day", "week", "month", "season", "quarter", "year", "decade", "century", "none"]),
        CheckedColumn(
            column: "events.calendar",
            insert: eventColumns + " VALUES ('057', 'positive', 'asserted', 's', ?2, '2020', 'DATE', 'year', ?1)",
            allowed: ["gregorian", "solar-hijri", "lunar-hijri"]),
        CheckedColumn(
            column: "event_participants.role",
            insert: "INSERT INTO event_participants (event_id, actor_code, role, person) VALUES (1, 'AZE', ?1, ?2)",
            allowed: ["source", "target", "other"]),
        CheckedColumn(
            column: "actor_aliases.form",
            insert: "INSERT INTO actor_aliases (actor_code, alias, normalized_alias, form) VALUES ('AZE', ?2, ?2, ?1)",
            allowed: ["name", "demonym", "city", "spokesperson"]),
    ]

    /// Near misses of the allowed words, each refused.
    static let refused = ["", "Day", "DAY ", "source ", "other1", "gregorian,", "sourcetarget", "'name'"]

    /// A store with one event (id 1) to hang participants on.
    static func store() throws -> AnnalsStore {
        let store = try StoreFixture.store()
        try store.writer.write { db in
            try db.execute(sql: """
                INSERT INTO events (id, cameo, polarity, modality, summary, merge_key) VALUES (1, '057', 'positive', 'asserted', 's', 'first')
                """)
        }
        return store
    }

    @Test(arguments: columns)
    func acceptsEveryWordOfTheList(_ checked: CheckedColumn) throws {
        let store = try Self.store()
        for (index, word) in checked.allowed.enumerated() {
            try store.writer.write { db in
                // One participant per actor and event: a fresh event for each role.
                if checked.column == "event_participants.role" { try db.execute(sql: "DELETE FROM event_participants") }
                try db.execute(sql: checked.insert, arguments: [word, "key \(index)"])
            }
        }
    }

    @Test(arguments: columns)
    func refusesAnyOtherWord(_ checked: CheckedColumn) throws {
        let store = try Self.store()
        for (index, word) in Self.refused.enumerated() {
            #expect(throws: DatabaseError.self, "\(checked.column) took '\(word)'") {
                try store.writer.write { db in try db.execute(sql: checked.insert, arguments: [word, "key \(index)"]) }
            }
        }
    }

    @Test func nullIsAllowedOnlyWhereItWas() throws {
        let store = try Self.store()
        // An undated event: no date type, granularity or calendar.
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO events (cameo, polarity, modality, summary, merge_key) VALUES ('057', 'negative', 'asserted', 's', 'undated')")
        }
        #expect(throws: DatabaseError.self) {
            try store.writer.write { db in
                try db.execute(sql: "INSERT INTO event_participants (event_id, actor_code, role) VALUES (1, 'AZE', NULL)")
            }
        }
    }

    /// The inserts an ingest runs for every event, participant and built-in alias
    /// open no temporary table: SQLite built one per row for each `IN (…)` list.
    @Test(arguments: [EventRecord.insertUnlessKnownSQL, ParticipantRecord.insertSQL, ActorAliasRecord.insertOrIgnoreSQL])
    func insertsBuildNoTemporaryIndex(_ sql: String) throws {
        let store = try StoreFixture.store()
        let opcodes = try store.writer.read { db in
            let unbound = StatementArguments(Array(repeating: DatabaseValue.null, count: sql.filter { $0 == "?" }.count))
            return try Row.fetchAll(db, sql: "EXPLAIN " + sql, arguments: unbound).map { $0["opcode"] as String }
        }
        #expect(opcodes.contains("Insert") || opcodes.contains("IdxInsert"))
        #expect(!opcodes.contains("OpenEphemeral"))
    }

    @Test func theEditedSchemaIsSound() throws {
        let store = try Self.store()
        let (integrity, scratchLeft) = try store.writer.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try db.tableExists("migration_0016_schema_version"))
        }
        #expect(integrity == ["ok"])
        #expect(!scratchLeft)
    }
}
