#if PostgreSQL
import AnnalsKit
import PostgresNIO

/// The values bound to a statement while its SQL is written: each value added
/// gives the placeholder to write in its place, so no value is ever part of the SQL.
struct StatementBindings {
    private(set) var binds = PostgresBindings()

    /// Binds `value`; its placeholder (`$n`).
    mutating func placeholder(for value: some PostgresNonThrowingEncodable & Sendable) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// The conditions on `events e` that a timeline and a search narrow by alike:
    /// the event's dates overlap `query`'s range, its CAMEO code has `query`'s prefix.
    ///
    /// - Throws: ``AnnalsKit/StoreError/invalidQuery(_:)`` for a prefix that is not 1 to 4 digits.
    mutating func eventConditions(of query: TimelineQuery) throws -> [String] {
        var conditions: [String] = []
        if let start = query.from { conditions.append("e.date_end >= \(placeholder(for: start.iso))") }
        if let end = query.to { conditions.append("e.date_start <= \(placeholder(for: end.iso))") }
        if let prefix = query.cameoPrefix, !prefix.isEmpty {
            guard prefix.count <= 4, prefix.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw StoreError.invalidQuery("a CAMEO prefix is 1 to 4 digits, not \"\(prefix)\"")
            }
            conditions.append("e.cameo LIKE \(placeholder(for: prefix + "%"))")
        }
        return conditions
    }
}
#endif
