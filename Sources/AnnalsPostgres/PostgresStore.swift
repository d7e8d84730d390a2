#if PostgreSQL
import AnnalsKit
import AnnalsMigrations
import Dispatch
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// An Annals knowledge base in a PostgreSQL database, shared by several
/// processes: users reading timelines and ingest workers writing at once.
///
/// It follows the rules of ``AnnalsKit/EventStore`` like the SQLite store:
/// a document is stored once (its content hash is unique; `ON CONFLICT DO
/// NOTHING`), events merge by the unique merge key of ``AnnalsKit/EventIdentity``
/// (`INSERT … ON CONFLICT`, the transaction run again after a deadlock), and
/// the schema comes from `Migrations/sql/postgres/`, recorded by identifier in
/// `annals_migrations`; a newer schema is refused.
///
/// Its methods block the calling thread while a pool of connections
/// (postgres-nio's `PostgresClient`) does the work; every value is a bound parameter.
public final class PostgresStore: EventStore {
    /// The database.
    public let address: PostgresAddress
    let client: PostgresClient
    let labels: EventTypeLabeler
    private let runner: Task<Void, Never>
    /// Whether the server folds search text as this process does, once asked (see ``foldsSearchLikeServer()``).
    let searchFolding = Mutex<Bool?>(nil)

    /// A logger that writes nothing: failures come back as errors.
    static let quiet = Logger(label: "annals.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    /// Connects to `address`, brings its schema up to date and keeps up to
    /// `connections` connections open.
    ///
    /// - Throws: ``PostgresStoreError/cannotConnect(address:reason:)`` when the
    ///   server cannot be reached or refuses the login;
    ///   ``AnnalsKit/StoreError/newerSchema(path:unknownMigrations:)`` when a newer Annals
    ///   migrated the database further.
    public init(address: PostgresAddress, labels: @escaping EventTypeLabeler = { _ in nil },
                connections: Int = 4) throws {
        self.address = address
        self.labels = labels
        var configuration = PostgresClient.Configuration(
            host: address.host, port: address.port, username: address.user, password: address.password,
            database: address.database, tls: .disable)
        configuration.options.maximumConnections = max(1, connections)
        configuration.options.connectTimeout = .seconds(10)
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.quiet)
        self.client = client
        // The pool's own work runs where the store's does (see ``blocking(_:)``).
        runner = if #available(macOS 15, *) {
            Task(executorPreference: Self.executor) { await client.run() }
        } else {
            Task { await client.run() }
        }
        try probe()
        try migrate()
    }

    deinit {
        runner.cancel()
    }

    public var location: String { address.description }

    /// One connection made outside the pool, which fails at once (the pool
    /// would keep trying): a clear error when the server is down or refuses us.
    private func probe() throws {
        if let reason = serverAbsence() {
            throw PostgresStoreError.cannotConnect(address: address.description, reason: reason)
        }
    }

    /// Runs `work` on the pool and waits for it on this thread.
    ///
    /// The pool waits for a connection for as long as the server is away (it keeps
    /// trying to connect), so every few seconds of waiting the server is looked for
    /// with a connection of its own: when that fails, the work is given up with
    /// ``PostgresStoreError/lost(address:reason:)``. Work that is slow while the
    /// server answers (a long recode, a worker waiting for another's lock) goes on.
    func blocking<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) throws -> Value {
        let outcome = Outcome<Value>()
        let done = DispatchSemaphore(value: 0)
        let run: @Sendable () async -> Void = {
            do {
                outcome.result = .success(try await work())
            } catch {
                outcome.result = .failure(error)
            }
            done.signal()
        }
        // Off Swift's cooperative pool: its few threads (one per core) may all be
        // callers waiting here, which would leave none to do the work.
        let task = if #available(macOS 15, *) { Task(executorPreference: Self.executor, operation: run) } else { Task(operation: run) }
        while done.wait(timeout: .now() + Self.watchInterval) == .timedOut {
            if let reason = serverAbsence() {
                task.cancel()
                throw PostgresStoreError.lost(address: address.description, reason: reason)
            }
        }
        guard let result = outcome.result else { throw CancellationError() }
        return try result.get()
    }

    /// Where the store's tasks run (see ``DispatchTaskExecutor``).
    @available(macOS 15, *)
    static let executor = DispatchTaskExecutor()

    /// How long work waits before the server is looked for.
    static let watchInterval: DispatchTimeInterval = .seconds(5)

    /// Why the server cannot be reached now, or nil when a new connection to it
    /// succeeds. Waits on this thread for NIO's, needing no task to run.
    private func serverAbsence() -> String? {
        let connecting = PostgresConnection.connect(
            on: PostgresConnection.defaultEventLoopGroup.any(), configuration: Self.connectionConfiguration(address),
            id: 0, logger: Self.quiet)
        do {
            try connecting.wait().close().wait()
            return nil
        } catch {
            return Self.reason(error)
        }
    }

    /// The configuration of one connection outside the pool.
    static func connectionConfiguration(_ address: PostgresAddress) -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: address.password,
            database: address.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    /// `work` in one transaction, run again (up to ten times in all) when the
    /// server broke a deadlock between workers or a serialization conflict by failing it.
    func transaction<Value: Sendable>(
        _ work: @escaping @Sendable (PostgresConnection) async throws -> Value) throws -> Value {
        let client = client
        let address = address
        return try blocking {
            var attempt = 1
            while true {
                do {
                    return try await client.withTransaction(logger: Self.quiet) { connection in
                        try await work(connection)
                    }
                } catch {
                    let inner = Self.unwrapped(error)
                    if attempt < 10, Self.isRetryable(inner) {
                        attempt += 1
                        try await Task.sleep(for: .milliseconds(20 * attempt))
                        continue
                    }
                    if inner is StoreError || inner is PostgresStoreError { throw inner }
                    throw PostgresStoreError.failed(address: address.description, reason: Self.reason(inner))
                }
            }
        }
    }

    /// A read outside a transaction.
    func reading<Value: Sendable>(_ work: @escaping @Sendable (PostgresClient) async throws -> Value) throws -> Value {
        let client = client
        let address = address
        return try blocking {
            do {
                return try await work(client)
            } catch let error as StoreError {
                throw error
            } catch {
                throw PostgresStoreError.failed(address: address.description, reason: Self.reason(error))
            }
        }
    }

    /// SQLSTATE 40P01 (deadlock detected) and 40001 (serialization failure).
    static func isRetryable(_ error: any Error) -> Bool {
        let state = sqlState(of: error)
        return state == "40P01" || state == "40001"
    }

    static func sqlState(of error: any Error) -> String? {
        (unwrapped(error) as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// The error inside a failed transaction: the work's, else BEGIN's or COMMIT's.
    static func unwrapped(_ error: any Error) -> any Error {
        guard let error = error as? PostgresTransactionError else { return error }
        return error.closureError ?? error.beginError ?? error.commitError ?? error
    }

    /// The server's message, or what happened to the connection, in words.
    static func reason(_ error: any Error) -> String {
        let error = unwrapped(error)
        guard let error = error as? PSQLError else { return String(describing: error) }
        if let info = error.serverInfo, let message = info[.message] {
            let state = info[.sqlState]
            // Class 57P: the server is shutting down, restarting, or not accepting connections yet.
            let hint = state?.hasPrefix("57P") == true ? "; " + restartHint : ""
            return message + (state.map { " (SQLSTATE \($0))" } ?? "") + hint
        }
        switch error.code {
        // Annals closes its connections only when its work is done: a connection closed on the
        // client's side in the middle of work is one the driver gave up after the server went away.
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return "the server closed the connection (was it restarted or stopped?); " + restartHint
        case .connectionError:
            return "no connection (is the server running and listening there?)"
        case .authMechanismRequiresPassword:
            return "the server wants a password: set PGPASSWORD or add it to ~/.pgpass (or PGPASSFILE)"
        default:
            return String(describing: error.code)
        }
    }

    /// What to do after the server went away in the middle of work.
    static let restartHint = "everything committed is kept: run the same command again once the server is back"

    /// Applies the PostgreSQL migrations the database lacks, each recorded in
    /// `annals_migrations`, all under one advisory lock so that workers
    /// starting together migrate once.
    private func migrate() throws {
        let location = location
        let scripts = MigrationScript.postgres
        try transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.migrationLock))", logger: Self.quiet)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS annals_migrations (
                    identifier TEXT PRIMARY KEY,
                    applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """, logger: Self.quiet)
            var applied: [String] = []
            for try await identifier in try await connection.query(
                "SELECT identifier FROM annals_migrations ORDER BY identifier", logger: Self.quiet).decode(String.self) {
                applied.append(identifier)
            }
            let known = Set(scripts.map(\.identifier))
            let unknown = applied.filter { !known.contains($0) }
            guard unknown.isEmpty else { throw StoreError.newerSchema(path: location, unknownMigrations: unknown) }
            for script in scripts where !applied.contains(script.identifier) {
                do {
                    for statement in PostgresScript.statements(of: script.sql) {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: Self.quiet)
                    }
                    try await connection.query(
                        "INSERT INTO annals_migrations (identifier) VALUES (\(script.identifier))", logger: Self.quiet)
                } catch {
                    throw StoreError.migrationFailed(identifier: script.identifier, reason: Self.reason(error))
                }
            }
        }
    }

    /// The advisory lock key of migrations ("annals" in ASCII).
    static let migrationLock: Int64 = 0x616E_6E61_6C73

    /// Asked once per article read: a named statement, prepared once per connection.
    public func containsDocument(hash: String) throws -> Bool {
        try reading { client in
            for try await _ in try await client.execute(KnownDocument(hash: hash)) { return true }
            return false
        }
    }

    /// One query for a whole batch read by an ingest.
    public func knownDocuments(hashes: [String]) throws -> Set<String> {
        guard !hashes.isEmpty else { return [] }
        return try reading { client in
            var known: Set<String> = []
            for try await hash in try await client.query(
                "SELECT content_hash FROM documents WHERE content_hash = ANY(\(hashes))").decode(String.self) {
                known.insert(hash)
            }
            return known
        }
    }

    public func counts() throws -> StoreCounts {
        try reading { client in
            let rows = try await client.query("""
                SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),
                       (SELECT count(*) FROM mentions), (SELECT count(*) FROM actors)
                """)
            for try await (documents, events, mentions, actors) in rows.decode((Int, Int, Int, Int).self) {
                return StoreCounts(documents: documents, events: events, mentions: mentions, actors: actors)
            }
            return StoreCounts(documents: 0, events: 0, mentions: 0, actors: 0)
        }
    }
}
/// Whether a document with a content hash is stored.
struct KnownDocument: PostgresPreparedStatement {
    static let sql = "SELECT 1 FROM documents WHERE content_hash = $1"
    typealias Row = Int

    let hash: String

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(hash)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Int {
        try row.decode(Int.self)
    }
}

/// The result of work done on another task, written before the semaphore
/// that the waiting thread reads it after is signalled.
private final class Outcome<Value: Sendable>: @unchecked Sendable {
    var result: Result<Value, any Error>?
}
#endif
