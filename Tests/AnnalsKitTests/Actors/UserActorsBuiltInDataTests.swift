import Testing
@testable import AnnalsKit

/// The built-in organisations' Wikidata items: well formed and distinct, and
/// the few still unchecked are named here, so filling one in (or losing one)
/// shows up.
struct UserActorsBuiltInDataTests {
    static let unchecked: Set<String> = ["APEC", "BRICS", "G7", "OHCHR"]

    @Test func everyOrganisationHasAWikidataItemButTheUncheckedOnes() throws {
        let gazetteer = try ActorTestSupport.gazetteer.get()
        let organisations = gazetteer.actors.filter { $0.kind == .organisation }
        #expect(organisations.count > 40)
        var seen: [String: String] = [:]
        for actor in organisations {
            guard let id = actor.wikidataID else {
                #expect(Self.unchecked.contains(actor.code), "\(actor.code) has no Wikidata item")
                continue
            }
            #expect(!Self.unchecked.contains(actor.code), "\(actor.code) now has \(id): take it off the list")
            #expect(try ActorDefinition.wikidataID(id) == id, "\(actor.code): \(id)")
            #expect(seen[id] == nil, "\(actor.code) and \(seen[id] ?? "") share \(id)")
            seen[id] = actor.code
        }
        #expect(gazetteer.actor(code: "CSTO")?.wikidataID == "Q318693")
        #expect(gazetteer.actor(code: "IAEA")?.wikidataID == "Q41984")
    }
}
