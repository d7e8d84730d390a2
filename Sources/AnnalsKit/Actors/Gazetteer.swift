/// Every actor Annals knows, the names they go by in English and Persian, and
/// the recogniser that finds them in text.
///
/// The built-in data covers every ISO 3166-1 country (names from Foundation's
/// locale data, codes and extra forms from `Resources/actors/countries.tsv`),
/// the international organisations of `actors/organisations.tsv`, and the
/// capitals and big cities of `actors/cities.tsv`. Users add their own entries
/// with ``add(_:aliases:)`` and ``addAlias(_:to:)``.
///
/// ```swift
/// let gazetteer = try Gazetteer()
/// gazetteer.resolve("جمهوری آذربایجان")?.code   // "AZE"
/// gazetteer.resolve("nato")?.code                // "NATO"
/// let text = try TextAnalyzer().analyze("دبیر کل ناتو به باکو رفت", language: .persian)
/// gazetteer.mentions(in: text).map(\.actorCode)  // ["NATO", "AZE"]
/// ```
///
/// ## Names and spellings
/// Names are compared after ``TextNormalizer`` and a further folding
/// (آ/ا, ئ/ی, Latin diacritics), so "آمریکا" and "امریکا", "رئیس" and "رییس",
/// "Côte d'Ivoire" and "Cote d'Ivoire" are the same name. English matching is
/// case-insensitive except for the aliases marked case-sensitive in the data
/// ("US" is the United States, "us" is not; "WHO" is the organisation, "who" is not).
///
/// ## Ambiguity rules
/// - "آذربایجان" after "استان" (province), and "آذربایجان شرقی"/"آذربایجان غربی"
///   (Iran's East and West Azerbaijan provinces), are places in Iran (a ``ActorMention/Form/city``
///   mention of `IRN`), not the country `AZE`.
/// - "Georgia" after "Atlanta," or "state of", or before ", U.S." or "state", is the
///   U.S. state (a place in `USA`), not the country `GEO`.
/// - The Persian "ترک" is not taken as a demonym of Türkiye: it also means "leaving"
///   ("ترک کرد") and names Iran's own Turkic speakers. "ترکیه ای" is the demonym.
/// - "مصر" before a copula ("مصر است") means "insistent", not Egypt.
/// - Some names Foundation gives are never matched in running text because they are
///   common words (`actors/blocked-aliases.tsv`: "مالی" is "financial", not Mali);
///   ``resolve(_:)`` still finds them.
/// The rules themselves are data: `actors/context-rules.tsv` and `actors/blocked-aliases.tsv`.
///
/// ## Topics
/// - ``resolve(_:)``
/// - ``mentions(in:)``
/// - ``suggestions(for:limit:)``
public struct Gazetteer: Sendable {
    /// What a name in the trie stands for.
    struct Entry: Sendable {
        let code: String
        let form: ActorMention.Form
        let placeName: String?
        /// The exact spelling the original text must have, for case-sensitive aliases.
        let exactSpelling: String?
        /// The folded alias, for the context rules.
        let key: String
    }

    var actorsByCode: [String: Actor] = [:]
    var aliasesByCode: [String: [Alias]] = [:]
    /// Folded name -> actor code, and the name as first given (for suggestions).
    var names: [String: (code: String, text: String)] = [:]
    /// Alpha-2 country codes ("AZ") -> actor code, for resolve() only.
    var alpha2Codes: [String: String] = [:]
    var lexicon = PhraseLexicon<Entry>()
    var roles = PhraseLexicon<RoleWord>()
    var contextRules: [String: [ContextRule]] = [:]
    /// "code|folded alias" pairs never matched in running text.
    var blockedAliases: Set<String> = []
    var suffixRules: [SuffixRule] = []
    /// Folded aliases given explicitly; a suffix rule never overrides one of them.
    var explicitKeys: Set<String> = []
    /// Every (code, alias) registered, and every trie entry made, to skip repeats.
    var aliasSet: Set<AliasOf> = []
    var entryKeys: Set<String> = []

    struct AliasOf: Hashable, Sendable {
        let code: String
        let alias: Alias
    }

    /// A gazetteer of the built-in data (or of `resources`, for tests).
    ///
    /// - Throws: ``ResourceError`` naming the file and line of a malformed entry.
    public init(resources: ResourceLibrary = .embedded) throws {
        try load(from: resources)
    }

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

    /// Adds an actor and its aliases, or more aliases to one already known.
    ///
    /// The actor's English and Persian names count as aliases and need not be repeated.
    public mutating func add(_ actor: Actor, aliases: [Alias]) {
        let code = actor.code.uppercased()
        actorsByCode[code] = actor
        var all = [Alias(text: actor.name, language: .english)]
        if let persian = actor.persianName { all.append(Alias(text: persian, language: .persian)) }
        names[NameFolding.key(actor.code)] = names[NameFolding.key(actor.code)] ?? (code, actor.code)
        for alias in all + aliases { register(alias, for: code) }
        for alias in all + aliases { registerSuffixed(alias, for: code) }
    }

    /// Adds an alias to the actor with `code`.
    ///
    /// - Throws: ``GazetteerError/unknownActor(_:)`` when no actor has `code`.
    public mutating func addAlias(_ alias: Alias, to code: String) throws(GazetteerError) {
        let code = code.uppercased()
        guard actorsByCode[code] != nil else { throw .unknownActor(code) }
        register(alias, for: code)
        registerSuffixed(alias, for: code)
    }

    /// Records an alias and puts it (with its spelling variants) in the trie.
    mutating func register(_ alias: Alias, for code: String) {
        guard aliasSet.insert(AliasOf(code: code, alias: alias)).inserted else { return }
        aliasesByCode[code, default: []].append(alias)
        let spellings = alias.language == .persian ? [alias.text] : NameFolding.variants(of: alias.text)
        for spelling in spellings {
            let key = NameFolding.key(spelling)
            guard !key.isEmpty else { continue }
            if names[key] == nil { names[key] = (code, spelling) }
            explicitKeys.insert(key)
            guard !blockedAliases.contains(code + "|" + key) else { continue }
            // The same name, form and place given twice (Foundation's and the table's) goes in once.
            let entryKey = [code, alias.form.rawValue, alias.placeName ?? "", alias.caseSensitive ? spelling : "", key]
                .joined(separator: "|")
            guard entryKeys.insert(entryKey).inserted else { continue }
            lexicon.insert(key, value: Entry(
                code: code, form: alias.form, placeName: alias.placeName,
                exactSpelling: alias.caseSensitive ? spelling : nil, key: key
            ))
        }
    }

    /// Puts the suffixed Persian forms of a name ("ناتوی", "ایرانی") in the trie,
    /// unless a name already spelled so was given explicitly.
    mutating func registerSuffixed(_ alias: Alias, for code: String) {
        guard alias.language == .persian, alias.form == .name, !alias.caseSensitive else { return }
        let words = NameFolding.words(alias.text)
        guard let last = words.last, let final = last.unicodeScalars.last else { return }
        for rule in suffixRules where rule.applies(toFinal: final, wordCount: words.count) {
            let key = (words.dropLast() + [last + rule.suffix]).joined(separator: " ")
            guard !explicitKeys.contains(key), !blockedAliases.contains(code + "|" + key) else { continue }
            if names[key] == nil { names[key] = (code, key) }
            explicitKeys.insert(key)
            lexicon.insert(key, value: Entry(code: code, form: rule.form, placeName: nil, exactSpelling: nil, key: key))
        }
    }
}
