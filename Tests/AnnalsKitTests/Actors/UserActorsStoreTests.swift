import Foundation
import GRDB
import Testing
@testable import AnnalsKit

/// The user's own actors and aliases: kept in the store, never dropped by
/// registering the built-in data again, and added to the gazetteer.
struct UserActorsStoreTests {
    static let krg = Actor(code: "KRG", kind: .organisation, name: "Kurdistan Regional Government",
                           persianName: "اقلیم کردستان", cameoCode: "KRG", wikidataID: "Q1234")

    static func krgAliases() throws -> [Alias] {
        [try ActorDefinition.alias("Kurdistan Region"), try ActorDefinition.alias("دولت اقلیم کردستان")]
    }

    @Test func userEntriesSurviveRegisteringTheBuiltInsAgain() throws {
        let store = try StoreFixture.store()
        try store.addUserActor(Self.krg, aliases: try Self.krgAliases())
        let azeri = try ActorDefinition.alias("آذری", form: .demonym)
        try store.addUserAlias(azeri, to: "aze")
        let before = try store.userEntries()

        // A newer built-in gazetteer: a changed AZE, and an actor with the user's code.
        var builtIns = StoreFixture.actors
        builtIns.append(Actor(code: "KRG", kind: .country, name: "Built-in KRG", cameoCode: "XXX"))
        var aliases = StoreFixture.aliases
        aliases["AZE"] = [Alias(text: "Azerbaycan", language: .english)]
        aliases["KRG"] = [Alias(text: "Built-in name", language: .english)]
        try store.register(actors: builtIns, aliases: aliases)
        try store.register(actors: builtIns, aliases: aliases)

        let after = try store.userEntries()
        #expect(after.actors == [Self.krg])
        #expect(after.aliases["AZE"] == [azeri])
        #expect(after.aliases["KRG"] == before.aliases["KRG"])
        #expect(after == before)
    }

    /// Registering the user's entries (what a copy of a knowledge base does) keeps them the
    /// user's: they were stored as built-in ones, which took the actor's built-in aliases
    /// away and were themselves dropped by the next ingest's registration.
    @Test func registeringUserEntriesKeepsThemTheUsersBesideTheBuiltIns() throws {
        let original = try StoreFixture.store()
        try original.addUserActor(Self.krg, aliases: try Self.krgAliases())
        try original.addUserAlias(try ActorDefinition.alias("آذری", form: .demonym), to: "AZE")
        let entries = try original.userEntries()

        let copy = try StoreFixture.store()
        try copy.register(actors: entries.actors, aliases: entries.aliases, userDefined: true)
        #expect(try copy.userEntries() == entries)
        let builtInAliasesOfAZE = "SELECT count(*) FROM actor_aliases WHERE actor_code = 'AZE' AND user_defined = 0"
        #expect(try copy.writer.read { try Int.fetchOne($0, sql: builtInAliasesOfAZE) }
                == original.writer.read { try Int.fetchOne($0, sql: builtInAliasesOfAZE) })
        // The next ingest registers the built-in data again: the user's entries stay.
        try copy.register(actors: StoreFixture.actors, aliases: StoreFixture.aliases)
        #expect(try copy.userEntries() == entries)
    }

    @Test func aBuiltInAliasTheUserGivesAgainBecomesTheirs() throws {
        let store = try StoreFixture.store()
        let alias = Alias(text: "ناتو", language: .persian)
        try store.addUserAlias(alias, to: "NATO")
        try store.register(actors: StoreFixture.actors, aliases: ["NATO": []])
        #expect(try store.userEntries().aliases["NATO"] == [alias])
    }

    @Test func duplicateAndUnknownCodesAreRefused() throws {
        let store = try StoreFixture.store()
        #expect(throws: StoreError.duplicateActor(code: "AZE")) {
            try store.addUserActor(Actor(code: "AZE", kind: .country, name: "Other", cameoCode: "AZE"), aliases: [])
        }
        #expect(throws: StoreError.self) {
            try store.addUserAlias(Alias(text: "Nowhere", language: .english), to: "NOPE")
        }
        // All or nothing: the second definition's code is taken, so neither is stored.
        let first = try ActorDefinition(code: "AAA", name: "First", kind: "country")
        let taken = try ActorDefinition(code: "NATO", name: "Second", kind: "organisation")
        #expect(throws: StoreError.duplicateActor(code: "NATO")) { try store.addUserActors([first, taken]) }
        #expect(try store.userEntries().actors.isEmpty)
    }

    @Test func userEntriesSurviveReopeningTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("annals-user-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        do {
            let store = try AnnalsStore(path: path)
            try store.register(actors: StoreFixture.actors, aliases: StoreFixture.aliases)
            try store.addUserActor(Self.krg, aliases: try Self.krgAliases())
        }
        let reopened = try AnnalsStore(path: path)
        try reopened.register(actors: StoreFixture.actors, aliases: StoreFixture.aliases)
        let entries = try reopened.userEntries()
        #expect(entries.actors == [Self.krg])
        #expect(entries.aliases["KRG"] == (try Self.krgAliases()))
    }

    @Test func aDatabaseOfTheFirstSchemaIsUpgradedWithItsDataKept() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("annals-0001-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        do {
            let queue = try DatabaseQueue(path: path)
            try AnnalsStore.migrator.migrate(queue, upTo: "0001_initial")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO actors(code, kind, name, cameo_code, user_defined) VALUES ('AZE', 'country', 'Azerbaijan', 'AZE', 0);
                    INSERT INTO actors(code, kind, name, cameo_code, user_defined) VALUES ('KRG', 'organisation', 'KRG', 'KRG', 1);
                    INSERT INTO actor_aliases(actor_code, alias, normalized_alias, language, form)
                        VALUES ('AZE', 'Azerbaycan', 'Azerbaycan', 'en', 'name');
                    """)
            }
        }
        let store = try AnnalsStore(path: path)
        let entries = try store.userEntries()
        #expect(entries.actors.map(\.code) == ["KRG"])
        #expect(entries.aliases.isEmpty)
        try store.addUserAlias(Alias(text: "Azeri Republic", language: .english), to: "AZE")
        try store.register(actors: StoreFixture.actors, aliases: StoreFixture.aliases)
        #expect(try store.userEntries().aliases["AZE"]?.map(\.text) == ["Azeri Republic"])
    }

    @Test func theGazetteerLearnsUserEntries() throws {
        var gazetteer = try ActorTestSupport.gazetteer.get()
        #expect(gazetteer.resolve("اقلیم کردستان") == nil)
        let unknown = gazetteer.add(UserGazetteerEntries(
            actors: [Self.krg],
            aliases: ["KRG": try Self.krgAliases(), "AZE": [try ActorDefinition.alias("Azeri Republic")],
                      "NOPE": [Alias(text: "Nothing", language: .english)]]))
        #expect(unknown == ["NOPE"])
        #expect(gazetteer.resolve("اقلیم کردستان")?.code == "KRG")
        #expect(gazetteer.resolve("kurdistan region")?.code == "KRG")
        #expect(gazetteer.resolve("Azeri Republic")?.code == "AZE")

        let analyzer = try ActorTestSupport.analyzer.get()
        let text = analyzer.analyze("دولت اقلیم کردستان با ناتو گفتگو کرد", language: .persian)
        #expect(gazetteer.mentions(in: text).map(\.actorCode) == ["KRG", "NATO"])
    }

    @Test(arguments: [
        ("", "code: is missing"), ("1AB", "is not an actor code"), ("A", "is not an actor code"),
        ("ABCDEFGHIJKLMNOPQ", "is not an actor code"), ("KR G", "is not an actor code"),
    ])
    func badCodes(code: String, reason: String) {
        #expect { try ActorDefinition.code(code) } throws: { error in
            String(describing: error).contains(reason)
        }
    }

    @Test(arguments: [("krg", "KRG"), ("G7", "G7"), (" x_y-z ", "X_Y-Z")])
    func goodCodes(code: String, expected: String) throws {
        #expect(try ActorDefinition.code(code) == expected)
    }
}
