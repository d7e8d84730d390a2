#if PostgreSQL
import PostgresNIO

/// Rows written by multi-row statements, `VALUES ($1, $2), ($3, $4), …` with at most
/// `rowsPerStatement` rows each and every value a bound parameter: the one way the
/// PostgreSQL store writes many rows at once (an ingest's batch, actors and their names).
struct MultiRowStatement<Row> {
    private let columns: Int
    private let rowsPerStatement: Int
    private let template: (Int, String) -> String
    private let bind: (Row, inout PostgresBindings) -> Void
    private let sql: (String) -> String

    /// - Parameters:
    ///   - columns: how many values `bind` appends for each row.
    ///   - rowsPerStatement: the most rows of one statement (fewer when the values
    ///     would pass PostgreSQL's 65,535 parameters).
    ///   - template: the SQL of one value in the `VALUES` list, given its column
    ///     (from 0) and its placeholder: the placeholder itself unless given.
    ///   - bind: appends the values of one row.
    ///   - sql: the statement of one chunk, given its `VALUES` list (after the keyword).
    init(columns: Int, rowsPerStatement: Int, template: @escaping (Int, String) -> String = { $1 },
         bind: @escaping (Row, inout PostgresBindings) -> Void, sql: @escaping (String) -> String) {
        self.columns = columns
        self.rowsPerStatement = max(1, min(rowsPerStatement, 65_535 / max(1, columns)))
        self.template = template
        self.bind = bind
        self.sql = sql
    }

    /// Values typed by casts, for a `VALUES` list that no table gives types to
    /// (`UPDATE … FROM (VALUES …)`): one SQL type per column.
    init(types: [String], rowsPerStatement: Int, bind: @escaping (Row, inout PostgresBindings) -> Void,
         sql: @escaping (String) -> String) {
        self.init(columns: types.count, rowsPerStatement: rowsPerStatement, template: { "\($1)::\(types[$0])" },
                  bind: bind, sql: sql)
    }

    /// Runs the statement once per chunk of `rows`, handing the rows each returns to `returned`.
    func run(_ rows: [Row], on connection: PostgresConnection,
             returned: (PostgresRowSequence) async throws -> Void = { _ in }) async throws {
        for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
            var binds = PostgresBindings()
            var values: [String] = []
            for row in rows[start..<min(start + rowsPerStatement, rows.count)] {
                let first = binds.count
                bind(row, &binds)
                values.append("(" + (0..<columns).map { template($0, "$\(first + $0 + 1)") }.joined(separator: ", ") + ")")
            }
            try await returned(connection.query(
                PostgresQuery(unsafeSQL: sql(values.joined(separator: ", ")), binds: binds), logger: PostgresStore.quiet))
        }
    }
}
#endif
