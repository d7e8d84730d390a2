/// One step of the database schema's history, read from `Migrations/sql/NNNN_name.sql`.
///
/// Migrations are append-only: a released script is never edited; a change to
/// the schema is a new script with the next number.
public struct MigrationScript: Sendable, Hashable {
    /// The number at the start of the file name; scripts apply in this order.
    public let version: Int
    /// The file name without its number and extension, e.g. `initial`.
    public let name: String
    /// The SQL that the script runs, in one transaction.
    public let sql: String

    /// Every embedded migration, ordered by version.
    public static let all: [MigrationScript] = AnnalsMigrationsFiles.contents
        .compactMap { path, sql in MigrationScript(path: path, sql: sql) }
        .sorted { $0.version < $1.version }

    /// The PostgreSQL variant of every migration, read from
    /// `Migrations/sql/postgres/NNNN_name.sql`, ordered by version. Each has
    /// the identifier of the SQLite script it stands for.
    public static let postgres: [MigrationScript] = AnnalsMigrationsFiles.contents
        .compactMap { path, sql in
            path.hasPrefix(postgresFolder) ? MigrationScript(path: String(path.dropFirst(postgresFolder.count)), sql: sql) : nil
        }
        .sorted { $0.version < $1.version }

    private static let postgresFolder = "postgres/"

    /// The identifier GRDB records for this script, e.g. `0001_initial`.
    public var identifier: String {
        let number = String(version)
        return String(repeating: "0", count: max(0, 4 - number.count)) + number + "_" + name
    }

    init?(path: String, sql: String) {
        guard path.hasSuffix(".sql") else { return nil }
        let stem = path.dropLast(4)
        guard let underscore = stem.firstIndex(of: "_"),
              let version = Int(stem[..<underscore]) else { return nil }
        self.version = version
        self.name = String(stem[stem.index(after: underscore)...])
        self.sql = sql
    }
}
