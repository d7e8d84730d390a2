import GRDB

extension AnnalsStore {
    /// What SQLite's `PRAGMA integrity_check` and `PRAGMA foreign_key_check` find wrong
    /// with the database file; empty when it is sound.
    public func integrityProblems() throws -> [String] {
        try writer.read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let foreignKeys = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                "foreign key: \(row[0] as String? ?? "?") row \(row[1] as Int64? ?? 0) -> \(row[2] as String? ?? "?")"
            }
            return integrity + foreignKeys
        }
    }
}
