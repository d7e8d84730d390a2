import Testing
@testable import AnnalsKit

/// The names the database stores (`actor_names`, migration 0007), which commands
/// that only read resolve actors through instead of loading the gazetteer: they
/// resolve every name as the gazetteer does, and are not used once stale.
@Suite struct StoredActorNamesTests {
    static let unresolved = ["Atlantis", "ترک", "Congo", "", "xyz", "سازمان", "the", "ZZ"]

    static func registered() throws -> KnowledgeBase {
        let base = try KnowledgeBase.inMemory()
        try base.registerBuiltInActors()
        return base
    }

    @Test(arguments: GazetteerTests.resolved)
    func resolvesAsTheGazetteer(_ name: String, _ code: String) throws {
        let base = try Self.registered()
        let stored = try KnowledgeBase.actors(named: [name], in: base.store)
        #expect(stored?.map(\.code) == [code])
        #expect(stored?.first == base.gazetteer.resolve(name))
    }

    @Test(arguments: unresolved)
    func anUnknownNameIsNotFound(_ name: String) throws {
        let base = try Self.registered()
        #expect(base.gazetteer.resolve(name) == nil)
        #expect(try KnowledgeBase.actors(named: ["NATO", name], in: base.store) == nil)
    }

    /// Every name the gazetteer knows, the suffixed Persian forms among them.
    @Test func everyNameOfTheGazetteerResolvesToTheSameActor() throws {
        let base = try Self.registered()
        let (names, alpha2) = base.gazetteer.directory.resolvableNames
        #expect(names.count > 1000)
        let all = names.map(\.key) + alpha2.map(\.key)
        let stored = try #require(try KnowledgeBase.actors(named: all, in: base.store))
        #expect(stored == all.map { base.gazetteer.resolve($0) })
    }

    @Test func nothingIsFoundBeforeTheBuiltInActorsAreStored() throws {
        let base = try KnowledgeBase.inMemory()
        #expect(try KnowledgeBase.actors(named: ["NATO"], in: base.store) == nil)
    }

    @Test func namesStoredForOtherDataAreNotUsed() throws {
        let base = try Self.registered()
        var files = ResourceLibrary.embedded.files
        files["actors/cities.tsv", default: ""] += "\n"
        #expect(try KnowledgeBase.actors(named: ["NATO"], in: base.store, resources: ResourceLibrary(files: files)) == nil)
    }

    /// Data files no name is made from: a change to one keeps the stored names in use.
    static let unrelatedFiles = [
        "en/time-words.tsv", "fa/time-numbers.tsv", "en/triggers.tsv", "fa/discourse.tsv", "cameo/codes.tsv",
        "actors/context-rules.tsv", "en/roles.tsv", "fa/profile.tsv",
    ]
    /// Data files the names are made from: a change to one makes the stored names stale.
    static let nameFiles = [
        "actors/countries.tsv", "actors/organisations.tsv", "actors/cities.tsv", "actors/blocked-aliases.tsv",
        "fa/actor-suffixes.tsv",
    ]

    static func library(changing path: String) -> ResourceLibrary {
        var files = ResourceLibrary.embedded.files
        files[path, default: ""] += "\n"
        return ResourceLibrary(files: files)
    }

    static func fingerprint(of resources: ResourceLibrary) -> String {
        ActorNameFingerprint(resources: resources, userEntries: UserGazetteerEntries()).value
    }

    @Test(arguments: unrelatedFiles)
    func aChangeToAnotherDataFileKeepsTheNames(_ path: String) throws {
        #expect(ResourceLibrary.embedded.contains(path))
        #expect(Self.fingerprint(of: Self.library(changing: path)) == Self.fingerprint(of: .embedded))
        let base = try Self.registered()
        #expect(try KnowledgeBase.actors(named: ["NATO"], in: base.store, resources: Self.library(changing: path))?
            .map(\.code) == ["NATO"])
    }

    @Test(arguments: nameFiles)
    func aChangeToANameFileMakesTheNamesStale(_ path: String) throws {
        #expect(ResourceLibrary.embedded.contains(path))
        #expect(Self.fingerprint(of: Self.library(changing: path)) != Self.fingerprint(of: .embedded))
    }

    @Test func aLanguagesOwnActorAliasesMakeTheNamesStale() throws {
        var files = ResourceLibrary.embedded.files
        files["fa/actor-aliases.tsv"] = "code\talias\nNATO\tپیمان شمالی\n"
        let withAliases = ResourceLibrary(files: files)
        #expect(Self.fingerprint(of: withAliases) != Self.fingerprint(of: .embedded))
        let base = try Self.registered()
        #expect(try KnowledgeBase.actors(named: ["NATO"], in: base.store, resources: withAliases) == nil)
    }

    @Test func theUsersChangesMakeTheNamesStaleUntilStoredAgain() throws {
        let base = try Self.registered()
        let alias = try ActorDefinition.alias("Northern Alliance of Oceans")
        try base.store.addUserAlias(alias, to: "NATO")
        #expect(try KnowledgeBase.actors(named: ["NATO"], in: base.store) == nil)

        try base.storeNamesAfterUserChanges()
        #expect(try KnowledgeBase.actors(named: [alias.text], in: base.store)?.map(\.code) == ["NATO"])

        let krg = Actor(code: "KRG", kind: .organisation, name: "Kurdistan Regional Government", cameoCode: "KRG")
        try base.store.addUserActor(krg, aliases: [])
        #expect(try KnowledgeBase.actors(named: ["KRG"], in: base.store) == nil)
        try base.storeNamesAfterUserChanges()
        #expect(try KnowledgeBase.actors(named: ["kurdistan regional government", "krg"], in: base.store)
            == [krg, krg])
    }
}
