import ArgumentParser
import AnnalsKit
import Foundation
#if PostgreSQL
import AnnalsPostgres
#endif

/// The `--db` option every command that reads or writes the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The database file, or a PostgreSQL address postgres://user@host:port/database "
            + "(password from PGPASSWORD or ~/.pgpass) (default: $ANNALS_DB, else ./annals.sqlite).",
        valueName: "path"))
    var path: String?

    /// The database path to use.
    var resolvedPath: String {
        EnvironmentDefault(variable: "ANNALS_DB").value(or: path) ?? DatabaseOptions.defaultPath
    }

    /// The database used when neither `--db` nor `ANNALS_DB` names one.
    static let defaultPath = "annals.sqlite"

    /// The database path for a command that only reads: an error naming the
    /// path when no file is there, so that a mistyped `--db` never creates an
    /// empty database that then answers "No events.".
    func existingPath() throws -> String {
        let path = resolvedPath
        if DatabaseOptions.isPostgres(path) { return path }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandFailure("""
                No database at \(path). Check the path, or create one: \
                `annals ingest ARTICLES… --db \(path)` or `annals demo --db \(path)`.
                """)
        }
        guard !isDirectory.boolValue else {
            throw CommandFailure("\(path) is a folder, not a database file; name the file with --db.")
        }
        return path
    }

    /// Opens the knowledge base: a PostgreSQL database for a `postgres://` address, else an SQLite file.
    func openShared(mapsFileForReading: Bool = true, resources: ResourceLibrary = .embedded) throws -> SharedKnowledgeBase {
        try DatabaseOptions.openShared(resolvedPath, mapsFileForReading: mapsFileForReading, resources: resources)
    }

    /// Opens the knowledge base for a command that only reads (see ``existingPath()``).
    func openExisting() throws -> SharedKnowledgeBase {
        try DatabaseOptions.openShared(try existingPath())
    }

    /// Opens the knowledge base at `location` (see ``openShared(mapsFileForReading:)``).
    static func openShared(_ location: String, mapsFileForReading: Bool = true,
                           resources: ResourceLibrary = .embedded) throws -> SharedKnowledgeBase {
        guard isPostgres(location) else {
            return SharedKnowledgeBase(try KnowledgeBase.open(at: location, resources: resources,
                                                              mapsFileForReading: mapsFileForReading))
        }
        #if PostgreSQL
        let store = try PostgresStore(address: PostgresAddress(location), labels: CameoCodebook(resources: resources).labeler)
        return try SharedKnowledgeBase(store: store, resources: resources)
        #else
        throw withoutPostgres(location)
        #endif
    }

    /// The store at `location` alone, without loading the gazetteer: for a command that
    /// only reads and finds its actors through the stored names.
    static func openStore(_ location: String) throws -> any EventStore {
        guard isPostgres(location) else { return try AnnalsStore(path: location) }
        #if PostgreSQL
        return try PostgresStore(address: PostgresAddress(location))
        #else
        throw withoutPostgres(location)
        #endif
    }

    /// The error for a PostgreSQL address given to an annals built without the trait.
    private static func withoutPostgres(_ location: String) -> ValidationError {
        ValidationError("""
            This annals was built without PostgreSQL support; build it with \
            `swift build --traits PostgreSQL` to use \(location.prefix(while: { $0 != "@" && $0 != "/" }))// addresses.
            """)
    }

    /// Whether `location` is a PostgreSQL address rather than a file path.
    static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }
}
