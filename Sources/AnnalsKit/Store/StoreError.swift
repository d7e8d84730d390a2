/// What can go wrong when opening, writing or reading an Annals database.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be opened as a database.
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer Annals: it has migrations this binary does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// A migration failed; the database is left at the previous version.
    case migrationFailed(identifier: String, reason: String)
    /// An event names an actor that is not registered (see ``AnnalsStore/register(actors:aliases:userDefined:)``).
    case unknownActor(code: String, origin: String)
    /// An actor with this code is already stored (built-in or the user's own).
    case duplicateActor(code: String)
    /// An event or mention holds a value the schema refuses.
    case invalidEvent(origin: String, reason: String)
    /// The query cannot be run as given.
    case invalidQuery(String)
    /// An article of a batch failed; nothing of that batch was written.
    case batchFailed(index: Int, origin: String, reason: String)
    /// The database refused a write for a reason that is not the article's (a full disk,
    /// a file-size limit, an I/O error); what was committed before is kept.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            "cannot open the database \(path): \(reason)"
        case let .newerSchema(path, unknown):
            "the database \(path) was written by a newer version of Annals (unknown migrations: "
                + unknown.joined(separator: ", ") + "); upgrade Annals or use another database"
        case let .migrationFailed(identifier, reason):
            "migration \(identifier) failed: \(reason)"
        case let .unknownActor(code, origin):
            "\(origin): unknown actor code \(code); register it in the gazetteer first"
        case let .duplicateActor(code):
            "an actor with the code \(code) already exists"
        case let .invalidEvent(origin, reason):
            "\(origin): invalid event: \(reason)"
        case let .invalidQuery(reason):
            "invalid query: \(reason)"
        case let .batchFailed(index, origin, reason):
            "article \(index + 1) of the batch (\(origin)) failed, the batch was not stored: \(reason)"
        case let .writeFailed(path, reason):
            "cannot write to the database \(path): \(reason)"
        }
    }
}
