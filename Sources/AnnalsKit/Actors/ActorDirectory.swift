/// The actors Annals knows and the names they go by: a name → actor look-up
/// (``resolve(_:)``), every alias of an actor, and the nearest names to an
/// unknown one (``suggestions(for:limit:)``). Finding actors in running text is
/// ``ActorRecogniser``'s work; ``Gazetteer`` keeps the two in step.
public struct ActorDirectory: Sendable {
    private var actorsByCode: [String: Actor] = [:]
    private var aliasesByCode: [String: [Alias]] = [:]
    /// Folded name -> actor code, and the name as first given (for suggestions).
    private var names: [String: (code: String, text: String)] = [:]
    /// Alpha-2 country codes ("AZ") -> actor code, for resolve() only.
    private var alpha2Codes: [String: String] = [:]
    /// Every (code, alias) recorded, to skip repeats.
    private var aliasSet: Set<AliasOf> = []

    private struct AliasOf: Hashable, Sendable {
        let code: String
        let alias: Alias
    }

    /// One spelling of a recorded alias and its folded key.
    struct Spelling: Sendable {
        let text: String
        let key: String
    }

    init() {}

    /// Every known actor, sorted by code.
    public var actors: [Actor] {
        actorsByCode.values.sorted { $0.code < $1.code }
    }

    /// The actor with `code`, compared case-insensitively ("aze", "NATO").
    public func actor(code: String) -> Actor? {
        actorsByCode[code.uppercased()]
    }

    /// The actor a name stands for, in any language and spelling, or nil.
    ///
    /// Takes an actor code ("AZE", "nato"), any alias ("Republic of Azerbaijan",
    /// "جمهوری آذربایجان", "آذربايجان" with Arabic yeh) or an ISO alpha-2 code ("AZ").
    /// A leading English "the" is ignored ("the Netherlands").
    public func resolve(_ name: String) -> Actor? {
        let trimmed = name.trimmingSpaces()
        if let actor = actor(code: trimmed) { return actor }
        var key = NameFolding.key(trimmed)
        if let entry = names[key], let actor = actorsByCode[entry.code] { return actor }
        if key.hasPrefix("the ") {
            key.removeFirst(4)
            if let entry = names[key], let actor = actorsByCode[entry.code] { return actor }
        }
        if let code = alpha2Codes[trimmed.uppercased()] { return actorsByCode[code] }
        return nil
    }

    /// The known names nearest to `name`, for "did you mean" messages.
    ///
    /// Compares folded forms by edit distance and leaves out names too far off
    /// (more than half the length of `name`). Nearest first, ties alphabetical.
    public func suggestions(for name: String, limit: Int = 5) -> [String] {
        let key = Array(NameFolding.key(name).unicodeScalars)
        guard !key.isEmpty, limit > 0 else { return [] }
        let allowed = max(1, key.count / 2)
        var scored: [(distance: Int, text: String)] = []
        for (candidate, entry) in names {
            let scalars = Array(candidate.unicodeScalars)
            guard abs(scalars.count - key.count) <= allowed else { continue }
            let distance = NameFolding.editDistance(key, scalars)
            if distance <= allowed { scored.append((distance, entry.text)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.text < $1.text }
        var seen: Set<String> = []
        var results: [String] = []
        for candidate in scored where seen.insert(candidate.text).inserted {
            results.append(candidate.text)
            if results.count == limit { break }
        }
        return results
    }

    /// Every alias of the actor with `code` (its names in English and Persian, other
    /// names, demonyms, cities), as given: for storing in the database.
    public func aliases(of code: String) -> [Alias] {
        aliasesByCode[code.uppercased()] ?? []
    }

    /// Adds `actor`, or replaces the one with its code; its code becomes a name of it
    /// unless the code already names another actor.
    mutating func add(_ actor: Actor, codeIsName: Bool) {
        let code = actor.code.uppercased()
        actorsByCode[code] = actor
        if codeIsName {
            names[NameFolding.key(actor.code)] = names[NameFolding.key(actor.code)] ?? (code, actor.code)
        }
    }

    /// Makes the ISO alpha-2 code `alpha2` ("AZ") resolve to the actor with `code`.
    mutating func add(alpha2: String, for code: String) {
        alpha2Codes[alpha2] = code
    }

    /// Records `alias` of the actor with `code`: its spellings (the text and its
    /// variants, e.g. "Myanmar" and "Burma" from "Myanmar (Burma)") become names of
    /// the actor unless they name another already.
    ///
    /// - Returns: the spellings with their folded keys, or nil when the actor had the alias already.
    mutating func record(_ alias: Alias, for code: String) -> [Spelling]? {
        guard aliasSet.insert(AliasOf(code: code, alias: alias)).inserted else { return nil }
        aliasesByCode[code, default: []].append(alias)
        let spellings = NameFolding.variants(of: alias.text)
        var result: [Spelling] = []
        for spelling in spellings {
            let key = NameFolding.key(spelling)
            guard !key.isEmpty else { continue }
            if names[key] == nil { names[key] = (code, spelling) }
            result.append(Spelling(text: spelling, key: key))
        }
        return result
    }

    /// Makes the folded `key` (a suffixed form the recogniser made) a name of the
    /// actor with `code`, unless it names another already.
    mutating func record(key: String, for code: String) {
        if names[key] == nil { names[key] = (code, key) }
    }

    /// Every folded name and every alpha-2 code with the code of the actor it
    /// stands for: what ``resolve(_:)`` looks up after actor codes, for storing
    /// in the database (`actor_names`).
    var resolvableNames: (names: [(key: String, code: String)], alpha2: [(key: String, code: String)]) {
        (names.map { ($0.key, $0.value.code) }, alpha2Codes.map { ($0.key, $0.value) })
    }
}
