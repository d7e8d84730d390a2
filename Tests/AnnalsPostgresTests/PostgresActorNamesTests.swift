#if PostgreSQL
@testable import AnnalsKit
import AnnalsPostgres
import Foundation
import Synchronization
import Testing

/// The names the PostgreSQL store keeps (`actor_names`, migration 0007), through which
/// commands that only read find actors without loading the gazetteer: stored as the SQLite
/// store stores them, resolving as the gazetteer does, not used once stale.
@Suite(.enabled(if: TestServer.available, TestServer.skipReason), .serialized)
struct PostgresActorNamesTests {
    @Test func everyNameResolvesAsTheGazetteerDoes() throws {
        let address = try TestServer.freshDatabase()
        let postgres = try PostgresStoreTests.open(address)
        #expect(try KnowledgeBase.actors(named: ["NATO"], in: postgres) == nil, "nothing before the names are stored")
        let base = try SharedKnowledgeBase(store: postgres)
        try base.registerBuiltInActors()
        let names = base.gazetteer.storableNames
        #expect(names.count > 1000)
        #expect(try TestServer.psql(address, "SELECT count(*) FROM actor_names") == "\(names.count)")
        let all = names.map(\.key) + ["the Azerbaijan", "nato"]
        let stored = try #require(try KnowledgeBase.actors(named: all, in: postgres))
        #expect(stored == all.map { base.gazetteer.resolve($0) })
        for unknown in ["Atlantis", "ترک", "", "the", "ZZ"] {
            #expect(base.gazetteer.resolve(unknown) == nil)
            #expect(try KnowledgeBase.actors(named: ["NATO", unknown], in: postgres) == nil, "\(unknown)")
        }
        // A second worker with the same gazetteer finds them stored.
        try SharedKnowledgeBase(store: PostgresStoreTests.open(address)).registerBuiltInActors()
        #expect(try KnowledgeBase.actors(named: ["جمهوری آذربایجان"], in: postgres)?.map(\.code) == ["AZE"])
    }

    @Test func theUsersChangesMakeTheNamesStaleUntilStoredAgain() throws {
        let postgres = try PostgresStoreTests.open(try TestServer.freshDatabase())
        try SharedKnowledgeBase(store: postgres).registerBuiltInActors()
        // Written past the knowledge base, the stored names are stale.
        let alias = try ActorDefinition.alias("Northern Alliance of Oceans")
        try postgres.register(actors: [], aliases: ["NATO": [alias]], userDefined: true)
        #expect(try KnowledgeBase.actors(named: ["NATO"], in: postgres) == nil)
        // Through it, they are stored again at once.
        try SharedKnowledgeBase(store: postgres).addUserAlias(try ActorDefinition.alias("Ocean Alliance"), to: "NATO")
        #expect(try KnowledgeBase.actors(named: [alias.text, "ocean alliance"], in: postgres)?.map(\.code)
                == ["NATO", "NATO"])
        let definition = try ActorDefinition(code: "KRG", name: "Kurdistan Regional Government", kind: "organisation")
        let krg = definition.actor
        try SharedKnowledgeBase(store: postgres).addUserActors([definition])
        #expect(try KnowledgeBase.actors(named: ["kurdistan regional government", "krg"], in: postgres) == [krg, krg])
    }

    /// Every row of the built-in actors and aliases with the transaction that last wrote it.
    static func builtInRows(_ address: String) throws -> String {
        try TestServer.psql(address, """
            SELECT (SELECT string_agg(code || ':' || xmin::text, ',' ORDER BY code) FROM actors WHERE user_defined = 0)
                || '|' || (SELECT string_agg(id::text || ':' || xmin::text, ',' ORDER BY id) FROM actor_aliases
                           WHERE user_defined = 0)
            """)
    }

    /// A worker that starts on a database whose built-in actors and names were stored under
    /// the same fingerprint writes nothing; one that finds another fingerprint stores them
    /// all again, and workers that start together store them once.
    @Test func aWorkerStoresTheBuiltInActorsOnlyWhenTheirFingerprintDiffers() throws {
        let address = try TestServer.freshDatabase()
        let stores = try (0..<4).map { _ in try PostgresStoreTests.open(address) }
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: stores.count) { index in
            do {
                _ = try SharedKnowledgeBase(store: stores[index]).ingestor()
            } catch {
                failures.withLock { $0.append(String(describing: error)) }
            }
        }
        #expect(failures.withLock { $0 } == [])
        let written = try Self.builtInRows(address)
        #expect(try stores[0].counts().actors == SharedKnowledgeBase(store: stores[0]).builtIns.actors.count)
        let aliases = try TestServer.psql(address, "SELECT count(*) FROM actor_aliases")
        #expect(aliases != "0")

        _ = try SharedKnowledgeBase(store: PostgresStoreTests.open(address)).ingestor()
        #expect(try Self.builtInRows(address) == written, "the same fingerprint: nothing written again")

        // Another fingerprint (an older Annals, say) and a built-in alias gone: stored again.
        try TestServer.psql(address, "UPDATE actor_names_source SET fingerprint = 'older'")
        try TestServer.psql(address, "DELETE FROM actor_aliases WHERE actor_code = 'NATO' AND user_defined = 0")
        #expect(try KnowledgeBase.actors(named: ["NATO"], in: stores[0]) == nil)
        _ = try SharedKnowledgeBase(store: PostgresStoreTests.open(address)).ingestor()
        #expect(try Self.builtInRows(address) != written)
        #expect(try TestServer.psql(address, "SELECT count(*) FROM actor_aliases") == aliases)
        #expect(try KnowledgeBase.actors(named: ["NATO"], in: stores[0])?.map(\.code) == ["NATO"])
    }
}
#endif
