import GRDB
import GRDBSQLite

/// Binds the values of one execution straight to a prepared statement, in the
/// order of its `?` parameters, without building `StatementArguments`.
///
/// The ingest runs a few cached statements hundreds of thousands of times; an
/// array of `DatabaseValue`s per row (each value boxed in an existential and each
/// text copied into it) cost the writer about as much as SQLite's own work on the
/// row. The values bound here are the same as `DatabaseValueConvertible` gives:
/// texts as UTF-8 text, enums by their raw value, days as `YYYY-MM-DD`, nil as NULL.
///
/// ```swift
/// let insert = try db.cachedStatement(sql: "INSERT INTO t (a, b) VALUES (?, ?)")
/// try insert.execute { $0.bind("text"); $0.bind(42) }
/// ```
struct StatementBinder {
    private let statement: SQLiteStatement
    /// The next parameter's number (SQLite counts from 1).
    private var index: CInt = 1

    fileprivate init(_ statement: SQLiteStatement) {
        self.statement = statement
    }

    /// How many parameters are bound so far.
    fileprivate var count: Int { Int(index) - 1 }

    mutating func bind(_ value: String) {
        let code = value.utf8.withContiguousStorageIfAvailable(bindText) ?? {
            var copy = value
            return copy.withUTF8(bindText)
        }()
        check(code)
    }

    /// Binds UTF-8 bytes as text; SQLite copies them (SQLITE_TRANSIENT), so they
    /// need not outlive the call.
    private func bindText(_ bytes: UnsafeBufferPointer<UInt8>) -> CInt {
        // A null pointer would bind NULL: an empty text still needs an address.
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            return sqlite3_bind_text(statement, index, "", 0, sqliteTransient)
        }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            sqlite3_bind_text(statement, index, $0, CInt(bytes.count), sqliteTransient)
        }
    }

    mutating func bind(_ value: String?) {
        if let value { bind(value) } else { bindNull() }
    }

    mutating func bind(_ value: Int64) {
        check(sqlite3_bind_int64(statement, index, value))
    }

    mutating func bind(_ value: Int) {
        bind(Int64(value))
    }

    mutating func bind(_ value: Int?) {
        if let value { bind(Int64(value)) } else { bindNull() }
    }

    mutating func bind(_ value: Double?) {
        if let value { check(sqlite3_bind_double(statement, index, value)) } else { bindNull() }
    }

    mutating func bind(_ value: DayDate?) {
        bind(value?.iso)
    }

    mutating func bind<Value: RawRepresentable>(_ value: Value) where Value.RawValue == String {
        bind(value.rawValue)
    }

    mutating func bind<Value: RawRepresentable>(_ value: Value?) where Value.RawValue == String {
        bind(value?.rawValue)
    }

    mutating func bindNull() {
        check(sqlite3_bind_null(statement, index))
    }

    /// Moves to the next parameter. A bind fails only for a parameter the
    /// statement does not have or out of memory: a mistake in the SQL's code.
    private mutating func check(_ code: CInt) {
        precondition(code == SQLITE_OK, "binding parameter \(index) failed with SQLite code \(code)")
        index += 1
    }
}

/// `SQLITE_TRANSIENT`, which the C header defines as a cast Swift does not import.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension Statement {
    /// Binds every parameter with `bind`, in order, then runs the statement to its end.
    ///
    /// - Throws: a `DatabaseError` when SQLite refuses the statement, as ``execute(arguments:)`` does.
    func execute(binding bind: (inout StatementBinder) -> Void) throws {
        try prepareBindings(bind)
        try execute()
    }

    /// Binds every parameter with `bind`, in order, for a fetch of the statement
    /// without arguments that follows (`Int64.fetchOne(statement)`).
    func prepareBindings(_ bind: (inout StatementBinder) -> Void) throws {
        // Marks the (empty) arguments as bound, so that execution only resets the
        // statement, and leaves it reset for new bindings.
        setUncheckedArguments(StatementArguments())
        var binder = StatementBinder(sqliteStatement)
        bind(&binder)
        precondition(binder.count == Int(sqlite3_bind_parameter_count(sqliteStatement)),
                     "\(binder.count) values bound to \(sql)")
    }
}
