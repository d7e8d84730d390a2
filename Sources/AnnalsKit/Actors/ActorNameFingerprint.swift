/// What a gazetteer's names are made from, as one short digest: the data files
/// they are read from (``Gazetteer/nameSources(in:)``), the languages profiled,
/// and the user's own actors and aliases. Stored with the names a database keeps
/// (`actor_names_source`); equal fingerprints mean a gazetteer loaded now would
/// resolve every name as the stored ones do. A change to any other data file (a
/// time lexicon, the triggers) leaves the stored names in use.
struct ActorNameFingerprint: Sendable, Hashable {
    /// Raise it when the way names are folded or resolved changes in code
    /// (``NameFolding``, ``ActorDirectory/resolve(_:)``, the recogniser's suffixed
    /// forms): names stored by an older Annals are then made again.
    static let version = "1"

    let value: String

    init(resources: ResourceLibrary, userEntries: UserGazetteerEntries) {
        var hash = FNV1a()
        hash.add(ActorNameFingerprint.version)
        hash.add("languages")
        for language in resources.languages { hash.add(language.rawValue) }
        for actor in userEntries.actors.sorted(by: { $0.code < $1.code }) {
            for field in [actor.code, actor.kind.rawValue, actor.name, actor.persianName ?? "", actor.cameoCode,
                          actor.wikidataID ?? ""] {
                hash.add(field)
            }
        }
        hash.add("aliases")
        for code in userEntries.aliases.keys.sorted() {
            hash.add(code)
            for alias in userEntries.aliases[code] ?? [] {
                for field in [alias.text, alias.language?.rawValue ?? "", alias.form.rawValue,
                              alias.caseSensitive ? "1" : "0", alias.placeName ?? ""] {
                    hash.add(field)
                }
            }
        }
        value = resources.fingerprint(of: Gazetteer.nameSources(in: resources)) + "-" + hash.hex
    }
}
