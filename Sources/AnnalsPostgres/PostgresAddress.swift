#if PostgreSQL
import Foundation

/// Where a PostgreSQL knowledge base is: `postgres://user@host:port/database`.
///
/// A password is never taken from the address's text in examples; it comes
/// from `PGPASSWORD`, else from the password file (`PGPASSFILE`, else
/// `~/.pgpass`, lines `host:port:database:user:password` with `*` for any).
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    /// The password found for this address, if any.
    public var password: String?

    /// Whether `text` is a PostgreSQL address rather than a file path.
    public static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses `text`; the password comes from the address, `PGPASSWORD` or the password file.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isAddress(text), let components = URLComponents(string: text) else {
            throw PostgresStoreError.badAddress(text: Self.redacted(text),
                                                reason: "write it as postgres://user@host:port/database")
        }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? 5432
        user = components.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? user
        password = components.password.flatMap { $0.removingPercentEncoding }
            ?? environment["PGPASSWORD"]
            ?? Self.passwordFromFile(host: host, port: port, database: database, user: user, environment: environment)
    }

    /// The address without a password, for messages.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// `text` with any password in it replaced by `***`.
    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? "postgres://…"
    }

    /// The first matching line of the password file, as libpq reads it.
    static func passwordFromFile(host: String, port: Int, database: String, user: String,
                                 environment: [String: String]) -> String? {
        let path = environment["PGPASSFILE"] ?? environment["HOME"].map { $0 + "/.pgpass" }
        guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = passFields(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [host, String(port), database, user]
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// The `:`-separated fields of a password-file line, with `\:` and `\\` read as escapes.
    static func passFields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":", fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
#endif
