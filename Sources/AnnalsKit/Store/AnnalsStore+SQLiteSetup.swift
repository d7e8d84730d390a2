import AnnalsSQLiteSetup

extension AnnalsStore {
    /// Whether SQLite counts the memory it allocates in this process: false once
    /// Annals is loaded, which switches the count (and the global lock around every
    /// allocation it costs) off before SQLite initialises (`AnnalsSQLiteSetup`).
    static var sqliteCountsMemory: Bool { annals_sqlite_counts_memory() != 0 }
}
