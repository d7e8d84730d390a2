import Testing
@testable import AnnalsKit

@Suite struct SQLiteSetupTests {
    /// SQLite's memory statistics are off in every process that loads Annals: nothing
    /// is counted even after a database is opened and written.
    @Test func sqliteCountsNoMemory() throws {
        let store = try StoreFixture.store()
        _ = try store.ingest(StoreFixture.document("An article."), events: [StoreFixture.event()])
        #expect(try store.counts().events == 1)
        #expect(!AnnalsStore.sqliteCountsMemory)
    }
}
