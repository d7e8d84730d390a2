#if PostgreSQL
/// What went wrong with a PostgreSQL knowledge base, in words for the user.
public enum PostgresStoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The `--db` text is not a usable address.
    case badAddress(text: String, reason: String)
    /// The server could not be reached or refused the connection.
    case cannotConnect(address: String, reason: String)
    /// A statement failed (the server's message and SQLSTATE).
    case failed(address: String, reason: String)
    /// The server went away while work waited for it (stopped, restarted, unreachable).
    case lost(address: String, reason: String)

    public var description: String {
        switch self {
        case let .badAddress(text, reason):
            "'\(text)' is not a PostgreSQL address: \(reason)"
        case let .cannotConnect(address, reason):
            "cannot connect to \(address): \(reason)"
        case let .failed(address, reason):
            "\(address): \(reason)"
        case let .lost(address, reason):
            "lost \(address) (was the server stopped or restarted?): \(reason); "
                + PostgresStore.restartHint
        }
    }
}
#endif
