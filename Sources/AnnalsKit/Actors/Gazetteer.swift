/// Every actor Annals knows, the names they go by in English and Persian, and
/// the recogniser that finds them in text: an ``ActorDirectory`` (names →
/// actors) and an ``ActorRecogniser`` (actors in text) kept in step.
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
/// - ``directory``
/// - ``recogniser``
public struct Gazetteer: Sendable {
    /// The actors and the names they go by.
    public private(set) var directory: ActorDirectory
    /// What finds the actors in text.
    public private(set) var recogniser: ActorRecogniser

    /// A gazetteer of the built-in data (or of `resources`, for tests).
    ///
    /// - Throws: ``ResourceError`` naming the file and line of a malformed entry.
    public init(resources: ResourceLibrary = .embedded) throws {
        // The rules first: every name goes into a recogniser that has them all.
        recogniser = ActorRecogniser(rules: try ActorRecogniser.Rules(resources: resources))
        directory = ActorDirectory()
        insert(try directory.addBuiltInActors(from: resources))
    }

    /// Every known actor, sorted by code.
    public var actors: [Actor] { directory.actors }

    /// The actor with `code`, compared case-insensitively ("aze", "NATO").
    public func actor(code: String) -> Actor? { directory.actor(code: code) }

    /// The actor a name stands for, in any language and spelling, or nil (see ``ActorDirectory/resolve(_:)``).
    public func resolve(_ name: String) -> Actor? { directory.resolve(name) }

    /// The known names nearest to `name`, for "did you mean" messages (see ``ActorDirectory/suggestions(for:limit:)``).
    public func suggestions(for name: String, limit: Int = 5) -> [String] {
        directory.suggestions(for: name, limit: limit)
    }

    /// Every alias of the actor with `code`, as given: for storing in the database.
    public func aliases(of code: String) -> [Alias] { directory.aliases(of: code) }

    /// The actors `text` names or stands for (see ``ActorRecogniser/mentions(in:)``).
    public func mentions(in text: AnalyzedText) -> [ActorMention] { recogniser.mentions(in: text) }

    /// Adds an actor and its aliases, or more aliases to one already known.
    ///
    /// The actor's English and Persian names count as aliases and need not be repeated.
    public mutating func add(_ actor: Actor, aliases: [Alias]) {
        directory.add(actor, codeIsName: true)
        var all = [Alias(text: actor.name, language: .english)]
        if let persian = actor.persianName { all.append(Alias(text: persian, language: .persian)) }
        insert([(actor.code.uppercased(), all + aliases)])
    }

    /// Adds an alias to the actor with `code`.
    ///
    /// - Throws: ``GazetteerError/unknownActor(_:)`` when no actor has `code`.
    public mutating func addAlias(_ alias: Alias, to code: String) throws(GazetteerError) {
        let code = code.uppercased()
        guard directory.actor(code: code) != nil else { throw .unknownActor(code) }
        insert([(code, [alias])])
    }

    /// Records a batch of aliases in the directory and puts them in the recogniser,
    /// whose suffixed forms become names in the directory too.
    private mutating func insert(_ batch: [(code: String, aliases: [Alias])]) {
        var names: [ActorRecogniser.Name] = []
        for (code, aliases) in batch {
            for alias in aliases {
                guard let spellings = directory.record(alias, for: code) else { continue }
                names.append(ActorRecogniser.Name(code: code, alias: alias, spellings: spellings))
            }
        }
        for made in recogniser.insert(names) { directory.record(key: made.key, for: made.code) }
    }
}
