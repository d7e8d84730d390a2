/// One inflected form of a verb phrase, with what its inflection says.
public struct VerbForm: Sendable, Hashable {
    /// The form's name in the verb-forms file, e.g. `past.neg.3sg`.
    public let name: String
    /// The inflected phrase, e.g. "امضا نکرد" or "did not sign".
    public let phrase: String
    /// Negative for negated forms ("نکرد", "did not").
    public let polarity: Polarity
    /// Hypothetical for future, subjunctive and modal forms ("خواهد کرد", "may sign").
    public let modality: Modality
    /// Whether the form is passive ("was signed").
    public let passive: Bool
    /// Whether the form is the tense news tells a new development in ("signed", "was signed"):
    /// such an event with no date of its own happened when it was reported.
    public let isNarrative: Bool
    /// Whether the form is a simple present ("accuses", "agree"), which in the body of a news
    /// story tells a standing position rather than a happening, unless a date comes with it.
    public var isStanding: Bool = false
    /// Whether the form tells the act as done (a simple past, perfect or pluperfect, "دعوت کرد",
    /// "دعوت کرده است"): a date after the day of writing in its clause is not the act's.
    public var isDone: Bool = false
}

/// Inflects verb phrases from a language's `verb-forms.tsv`.
///
/// The file lists verbs with their stems (`type` `verb`) and the patterns that
/// build each form from those stems (`type` `form`), e.g. the Persian pattern
/// `ن{past}ند` turns the verb کردن (past stem کرد) into نکردند. A phrase is
/// inflected on its verb word — the last word in Persian ("امضا کردن"), the first in
/// English ("hold talks") — and the other words are kept as they are.
///
/// ```swift
/// let conjugator = try VerbConjugator(language: .persian)
/// let forms = try conjugator.forms(of: "امضا کردن", sets: ["compound"])
/// // "امضا کرد", "امضا کردند", "امضا نکرد", "امضا می کند", "امضا خواهد کرد", …
/// ```
public struct VerbConjugator: Sendable {
    private struct Pattern: Sendable {
        /// A piece of a pattern: text kept as is, or the name of a stem to put in.
        enum Part: Sendable {
            case text(String)
            case stem(String)
        }

        let name: String
        let parts: [Part]
        let sets: Set<String>
        let polarity: Polarity
        let modality: Modality
        let passive: Bool
        let isNarrative: Bool
        let isStanding: Bool
        let isDone: Bool
    }

    /// Columns of a `form` row, of every row, and a verb's `also`; the other columns of a `verb` row are its stems.
    private static let formColumns: Set<String> = ["type", "name", "pattern", "sets", "polarity", "modality", "passive", "narrative", "standing", "done", "also"]

    /// The language whose verbs are inflected.
    public let language: Language
    /// The file the forms come from.
    public let path: String
    private let stems: [String: [String: String]]
    /// For a light verb, the verbs that stand in for it in the same constructions (کردن: نمودن).
    private let alternates: [String: [String]]
    private let patterns: [Pattern]
    private let knownSets: Set<String>
    /// Whether the last word of a phrase inflects (from the language's profile).
    private let inflectsLastWord: Bool
    private let setsForWord: [String]
    private let setsForPhrase: [String]

    /// Loads `<language>/verb-forms.tsv`.
    ///
    /// - Throws: ``ResourceError`` naming the file and line of a malformed row.
    public init(language: Language, resources: ResourceLibrary = .embedded) throws {
        self.language = language
        let path = "\(language.rawValue)/verb-forms.tsv"
        self.path = path
        let table = try resources.table(path)
        let stemColumns = table.columns.filter { !Self.formColumns.contains($0) }
        let normalizer = TextNormalizer()
        var stems: [String: [String: String]] = [:]
        var alternates: [String: [String]] = [:]
        var alternateRows: [String: ResourceTable.Row] = [:]
        var patterns: [Pattern] = []
        var names: Set<String> = []
        for row in table.rows {
            let name = try row.value("name")
            switch try row.value("type") {
            case "verb":
                let lemma = normalizer.normalizedString(name)
                guard stems[lemma] == nil else { throw row.error("verb '\(name)' is listed twice") }
                var verbStems = ["base": lemma]
                for column in stemColumns {
                    verbStems[column] = normalizer.normalizedString(try row.value(column))
                }
                stems[lemma] = verbStems
                if let also = row.optionalValue("also") {
                    alternates[lemma] = also.split(separator: ",").map { normalizer.normalizedString(String($0)) }
                    alternateRows[lemma] = row
                }
            case "form":
                guard names.insert(name).inserted else { throw row.error("form '\(name)' is listed twice") }
                let pattern = try row.value("pattern")
                for placeholder in Self.placeholders(in: pattern) where placeholder != "base" && !stemColumns.contains(placeholder) {
                    throw row.error("pattern '\(pattern)' uses {\(placeholder)}, which is not a stem column")
                }
                guard pattern.contains("{") else { throw row.error("pattern '\(pattern)' uses no stem") }
                let sets = Set(try row.value("sets").split(separator: ",").map { $0.trimming { $0 == " " } })
                patterns.append(Pattern(
                    name: name, parts: Self.parts(of: pattern), sets: sets,
                    polarity: try Self.polarity(row.optionalValue("polarity"), row: row),
                    modality: try Self.modality(row.optionalValue("modality"), row: row),
                    passive: try row.flag("passive", whenEmpty: false),
                    isNarrative: try row.flag("narrative", whenEmpty: false),
                    isStanding: try row.flag("standing", whenEmpty: false),
                    isDone: try row.flag("done", whenEmpty: false)
                ))
            case let other:
                throw row.error("type '\(other)' is neither 'verb' nor 'form'")
            }
        }
        for (lemma, others) in alternates.sorted(by: { $0.key < $1.key }) {
            if let missing = others.first(where: { stems[$0] == nil }), let row = alternateRows[lemma] {
                throw row.error("'also' names '\(missing)', which is not listed as a verb")
            }
        }
        self.stems = stems
        self.alternates = alternates
        self.patterns = patterns
        self.knownSets = patterns.reduce(into: Set<String>()) { $0.formUnion($1.sets) }
        let profile = resources.contains("\(language.rawValue)/profile.tsv")
            ? try LanguageProfile(language: language, resources: resources) : nil
        inflectsLastWord = profile?.inflectsLastWordOfVerbPhrase ?? false
        setsForWord = profile?.defaultVerbSetsForWord ?? []
        setsForPhrase = profile?.defaultVerbSetsForPhrase ?? []
        var narrativeWords: Set<String> = []
        for pattern in patterns where pattern.isNarrative && pattern.parts.count == 1 {
            guard case .stem(let column) = pattern.parts[0] else { continue }
            for verbStems in stems.values { if let word = verbStems[column] { narrativeWords.insert(word) } }
        }
        self.narrativeWords = narrativeWords
    }

    /// The one-word narrative forms of every verb listed ("signed", "met"), to tell the
    /// tense of a trigger phrase written out in full ("arrived in").
    public let narrativeWords: Set<String>

    /// Whether a phrase written out in full has a narrative form as its verb word
    /// (the first in English, the last in Persian: the profile's `verb-word`).
    public func isNarrative(phrase: String) -> Bool {
        guard let verb = verbWord(of: Self.words(of: TextNormalizer().normalizedString(phrase))) else { return false }
        return narrativeWords.contains(verb)
    }

    private func verbWord(of words: [String]) -> String? {
        inflectsLastWord ? words.last : words.first
    }

    /// The names of the form sets the file defines, e.g. `simple`, `compound`, `active`, `passive`.
    public var setNames: Set<String> { knownSets }

    /// Whether the file lists `lemma` (an infinitive or base form) as a verb.
    public func knows(_ lemma: String) -> Bool {
        stems[TextNormalizer().normalizedString(lemma)] != nil
    }

    /// The sets a phrase is inflected with when a trigger just says `conjugate` `yes`,
    /// from the profile's `verb-sets-word` and `verb-sets-phrase`: in Persian `simple`
    /// for a one-word verb ("پیوستن") and `compound` for a light-verb construction
    /// ("امضا کردن"); in English `active`. Every set when the profile names none.
    public func defaultSets(for phrase: String) -> [String] {
        let sets = Self.words(of: phrase).count == 1 ? setsForWord : setsForPhrase
        return sets.isEmpty ? knownSets.sorted() : sets
    }

    /// Every form of `phrase` in the form sets `sets`, in file order, without repeats.
    ///
    /// A light-verb construction ("امضا کردن") also gets the forms of the verbs its light
    /// verb lists under `also` ("امضا نمود", "امضا نموده است"); those forms' names end in
    /// `@` and the verb ("past.3sg@نمودن").
    ///
    /// - Throws: ``ConjugationError`` when the phrase's verb is not listed or a set is unknown.
    public func forms(of phrase: String, sets: [String]) throws(ConjugationError) -> [VerbForm] {
        let words = Self.words(of: TextNormalizer().normalizedString(phrase))
        guard let verb = verbWord(of: words) else { throw .unknownVerb(phrase) }
        guard stems[verb] != nil else { throw .unknownVerb(verb) }
        let known = knownSets
        if let unknown = sets.first(where: { !known.contains($0) }) { throw .unknownSet(unknown) }
        let wanted = Set(sets)
        let verbs = words.count > 1 ? [verb] + (alternates[verb] ?? []) : [verb]
        // Compared by their bytes: the forms are built from normalised stems, and a `String`
        // set would normalise every Persian form again to hash it.
        var seen: Set<WordKey> = []
        var forms: [VerbForm] = []
        for lemma in verbs {
            guard let verbStems = stems[lemma] else { continue }
            for pattern in patterns where !pattern.sets.isDisjoint(with: wanted) {
                var inflected = ""
                for part in pattern.parts {
                    switch part {
                    case .text(let text): inflected += text
                    case .stem(let column): inflected += verbStems[column] ?? ""
                    }
                }
                var phraseWords = words
                phraseWords[inflectsLastWord ? phraseWords.count - 1 : 0] = inflected
                let text = phraseWords.joined(separator: " ")
                guard seen.insert(WordKey(text)).inserted else { continue }
                forms.append(VerbForm(name: lemma == verb ? pattern.name : "\(pattern.name)@\(lemma)", phrase: text,
                                      polarity: pattern.polarity, modality: pattern.modality, passive: pattern.passive,
                                      isNarrative: pattern.isNarrative, isStanding: pattern.isStanding, isDone: pattern.isDone))
            }
        }
        return forms
    }

    private static func words(of phrase: String) -> [String] {
        phrase.split(separator: " ").map(String.init)
    }

    private static func placeholders(in pattern: String) -> [String] {
        parts(of: pattern).compactMap { part in
            if case .stem(let name) = part { name } else { nil }
        }
    }

    /// Splits "ن{past}ه است" into text "ن", stem "past", text "ه است".
    private static func parts(of pattern: String) -> [Pattern.Part] {
        var parts: [Pattern.Part] = []
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            parts.append(.stem(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        return parts
    }

    static func polarity(_ text: String?, row: ResourceTable.Row) throws(ResourceError) -> Polarity {
        guard let text else { return .positive }
        guard let value = Polarity(rawValue: text) else {
            throw row.error("polarity '\(text)' is neither 'positive' nor 'negative'")
        }
        return value
    }

    static func modality(_ text: String?, row: ResourceTable.Row) throws(ResourceError) -> Modality {
        guard let text else { return .asserted }
        guard let value = Modality(rawValue: text) else {
            throw row.error("modality '\(text)' is neither 'asserted' nor 'hypothetical'")
        }
        return value
    }

}

/// Why a phrase could not be inflected.
public enum ConjugationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The phrase's verb word is not listed in the verb-forms file.
    case unknownVerb(String)
    /// No form in the verb-forms file belongs to the set.
    case unknownSet(String)

    public var description: String {
        switch self {
        case .unknownVerb(let verb): "the verb '\(verb)' is not listed in verb-forms.tsv"
        case .unknownSet(let set): "no form belongs to the set '\(set)'"
        }
    }
}
