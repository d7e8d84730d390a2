/// What a trigger word or phrase is.
public enum TriggerKind: String, Sendable, Hashable, Codable {
    /// A complete event by itself: "signed", "پیوست", "امضا کرد", "met", "دیدار کرد", "condemned".
    case verb
    /// An event noun that becomes an event only with a support verb in the same clause:
    /// "conference", "همایش", "summit", "نشست", "relations", "روابط", "agreement".
    case noun
    /// An aspectual or light support verb that turns an event noun into an event:
    /// "began", "was held", "took place", "آغاز شد", "برگزار شد", "برقرار شد".
    case support
}

/// A word or phrase that tells what kind of event a sentence reports.
public struct Trigger: Sendable, Hashable {
    /// A stable id: the row's id (`fa.sign.1`), followed for an inflected form by
    /// the form's name (`fa.sign.1/past.neg.3sg`).
    public let id: String
    /// The phrase as written in the file; for an inflected form, the form built from the
    /// normalised lemma ("امضا نمی کند", with a space where the text may have a ZWNJ).
    public let phrase: String
    public let kind: TriggerKind
    /// The CAMEO code of the event, for verb and noun triggers; nil for support verbs.
    public let cameo: String?
    /// Negative for negated forms ("امضا نکرد", "did not sign").
    public let polarity: Polarity
    /// Hypothetical for future, planned or possible events ("خواهد پیوست", "may join").
    public let modality: Modality
    /// Words that mark the target: before it in English ("with", "to"), around it in
    /// Persian ("به", "با", "از"; "را" after it). Normalised.
    public let targetMarkers: [String]
    /// When several triggers fall in one clause, the highest priority decides the event type.
    public let priority: Int
    /// Passive voice: the grammatical subject is the target ("was invited", "دعوت شد").
    public let passive: Bool
    /// For an event noun: a date in its own phrase makes it an event with no support verb
    /// ("حمله نظامی سال ۱۹۹۹", "سفر هفته گذشته"). Nouns of a state ("روابط", "همکاری") are not.
    public let isDatedAlone: Bool
    /// For a support verb: the CAMEO roots of the nouns it supports ("داشتن" makes only a
    /// meeting an event: "دیداری داشت"); empty for every noun.
    public let supportedRoots: [String]

    /// In the tense news tells a new development in ("signed", "was signed"; see ``VerbForm/isNarrative``).
    public let isNarrative: Bool
    /// In the simple present, which tells a standing position when no date comes with it
    /// ("accuses", "agree"; see ``VerbForm/isStanding``).
    public var isStanding: Bool = false
    /// Tells the act as done ("دعوت کرد"; see ``VerbForm/isDone``).
    public var isDone: Bool = false

    public init(id: String, phrase: String, kind: TriggerKind, cameo: String?, polarity: Polarity,
                modality: Modality, targetMarkers: [String], priority: Int, passive: Bool, isDatedAlone: Bool = false,
                supportedRoots: [String] = [], isNarrative: Bool = false) {
        self.id = id
        self.phrase = phrase
        self.kind = kind
        self.cameo = cameo
        self.polarity = polarity
        self.modality = modality
        self.targetMarkers = targetMarkers
        self.priority = priority
        self.passive = passive
        self.isDatedAlone = isDatedAlone
        self.supportedRoots = supportedRoots
        self.isNarrative = isNarrative
    }

    /// Whether this support verb makes an event of a noun coded `cameo`.
    public func supports(_ cameo: String) -> Bool {
        supportedRoots.isEmpty || supportedRoots.contains { cameo.hasPrefix($0) }
    }

    /// Whether this support verb carries out a verb coded `cameo` that states its purpose
    /// ("نیرو سرازیر کردند تا … کمک کنند": sending troops to help is the help). Only a
    /// support verb that names the verb's root does.
    public func carriesOut(_ cameo: String) -> Bool {
        supportedRoots.contains { cameo.hasPrefix($0) }
    }
}

/// A trigger found in a text.
public struct TriggerMatch: Sendable, Hashable {
    /// The tokens the trigger covers.
    public let tokenRange: Range<Int>
    public let trigger: Trigger

    public init(tokenRange: Range<Int>, trigger: Trigger) {
        self.tokenRange = tokenRange
        self.trigger = trigger
    }
}

/// The event triggers of one language, read from `<language>/triggers.tsv`.
///
/// Each row of the file is a verb, event noun or support verb with its CAMEO code,
/// polarity, modality, target markers and priority. A row whose `conjugate` column
/// names form sets (or says `yes`) holds a lemma ("امضا کردن", "sign") that is
/// inflected into all its forms with ``VerbConjugator``; the forms carry their own
/// polarity and modality ("امضا نکرد" negative, "will sign" hypothetical). A noun row
/// whose `conjugate` says `noun` also gets the written forms of `NounForms`
/// ("دیداری", "مانوری نظامی").
///
/// Loading checks every row and rejects the file with file:line on the first problem:
/// unknown kind, a CAMEO code missing from ``CameoCodebook``, a cameo on a support
/// verb, a repeated id or phrase, a verb the verb-forms file does not list.
///
/// ```swift
/// let lexicon = try TriggerLexicon(language: .persian)
/// let text = try TextAnalyzer().analyze("ایران این توافقنامه را امضا نکرد.", language: .persian)
/// let found = lexicon.matches(in: text, tokens: text.tokens.indices)
/// // found[0]: "توافقنامه" (noun, 057); found[1]: "امضا نکرد" (verb, 057, polarity .negative)
/// ```
///
/// ## Topics
/// - ``matches(in:tokens:)``
/// - ``triggers``
public struct TriggerLexicon: Sendable {
    /// The language of the triggers.
    public let language: Language
    /// Every trigger, inflected forms included, in file order.
    public let triggers: [Trigger]
    private let lexicon: PhraseLexicon<Trigger>

    /// Loads `<language>/triggers.tsv`, inflecting lemma rows with `<language>/verb-forms.tsv`,
    /// and checks each CAMEO code against `cameo/codes.tsv`.
    ///
    /// - Throws: ``ResourceError`` naming the file and line of the first problem.
    public init(language: Language, resources: ResourceLibrary = .embedded) throws {
        try self.init(language: language, resources: resources, codebook: nil)
    }

    /// Loads the triggers as ``init(language:resources:)`` does, checking the codes against
    /// `codebook` when one is given (an extractor reads the codebook once for every language).
    init(language: Language, resources: ResourceLibrary, codebook given: CameoCodebook?) throws {
        self.language = language
        let path = "\(language.rawValue)/triggers.tsv"
        let table = try resources.table(path)
        let codebook = try given ?? CameoCodebook(resources: resources)
        let formsPath = "\(language.rawValue)/verb-forms.tsv"
        let conjugator = resources.contains(formsPath) ? try VerbConjugator(language: language, resources: resources) : nil
        let normalizer = TextNormalizer()
        let nounForms = resources.contains(NounForms.path(language)) ? try NounForms(language: language, resources: resources) : nil

        var triggers: [Trigger] = []
        var ids: [String: Int] = [:]
        var rowKeys: [String: Int] = [:]
        for row in table.rows {
            let id = try row.value("id")
            guard id.hasPrefix(language.rawValue + ".") else {
                throw row.error("id '\(id)' does not start with '\(language.rawValue).'")
            }
            if let earlier = ids[id] { throw row.error("id '\(id)' is already used on line \(earlier)") }
            ids[id] = row.line

            let written = try row.value("phrase")
            let phrase = normalizer.normalizedString(written)
            let kindText = try row.value("kind")
            guard let kind = TriggerKind(rawValue: kindText) else {
                throw row.error("kind '\(kindText)' is not verb, noun or support")
            }
            let cameo = row.optionalValue("cameo")
            switch (kind, cameo) {
            case (.support, let code?):
                throw row.error("support verb '\(phrase)' has cameo \(code); support verbs carry none")
            case (.verb, nil), (.noun, nil):
                throw row.error("\(kind.rawValue) '\(phrase)' has no cameo code")
            case (_, let code?) where codebook.entry(for: code) == nil:
                throw row.error("cameo '\(code)' is not in \(CameoCodebook.path)")
            default:
                break
            }
            let polarity = try VerbConjugator.polarity(row.optionalValue("polarity"), row: row)
            let modality = try VerbConjugator.modality(row.optionalValue("modality"), row: row)
            let passive = try row.flag("passive", whenEmpty: false)
            let datedAlone = try row.flag("dated_alone", whenEmpty: false)
            if datedAlone, kind != .noun { throw row.error("'\(phrase)' is dated alone, but only nouns can be") }
            let roots = (row.optionalValue("supports") ?? "").split(separator: ",").map(String.init)
            if !roots.isEmpty, kind != .support { throw row.error("'\(phrase)' names the nouns it supports, but it is no support verb") }
            if let root = roots.first(where: { codebook.entry(for: $0) == nil }) {
                throw row.error("supports '\(root)' is not in \(CameoCodebook.path)")
            }
            let priority = try row.integer("priority")
            let markers = (row.optionalValue("target_markers") ?? "")
                .split(separator: ",")
                .map { normalizer.normalizedString(String($0)) }
                .filter { !$0.isEmpty }

            let conjugate = row.optionalValue("conjugate") ?? "no"
            let key = "\(phrase)\t\(kind.rawValue)\t\(conjugate)"
            if let earlier = rowKeys[key] {
                throw row.error("'\(phrase)' (\(kind.rawValue)) is already listed on line \(earlier)")
            }
            rowKeys[key] = row.line

            func trigger(id: String, phrase: String, polarity: Polarity, modality: Modality, passive: Bool,
                         isNarrative: Bool = false, isStanding: Bool = false, isDone: Bool = false) -> Trigger {
                var trigger = Trigger(id: id, phrase: phrase, kind: kind, cameo: cameo, polarity: polarity, modality: modality,
                                      targetMarkers: markers, priority: priority, passive: passive, isDatedAlone: datedAlone,
                                      supportedRoots: roots, isNarrative: isNarrative)
                trigger.isStanding = isStanding
                trigger.isDone = isDone
                return trigger
            }
            if conjugate == "no" {
                triggers.append(trigger(id: id, phrase: written, polarity: polarity, modality: modality, passive: passive,
                                        isNarrative: conjugator?.isNarrative(phrase: phrase) ?? false))
                continue
            }
            if conjugate == "noun" {
                guard kind == .noun, let nounForms else {
                    throw row.error("'\(phrase)' asks for noun forms, but it is no noun or there is no \(NounForms.path(language))")
                }
                triggers.append(trigger(id: id, phrase: written, polarity: polarity, modality: modality, passive: passive))
                for (name, form) in nounForms.forms(of: phrase) {
                    triggers.append(trigger(id: "\(id)/\(name)", phrase: form, polarity: polarity, modality: modality, passive: passive))
                }
                continue
            }
            guard let conjugator else {
                throw row.error("'\(phrase)' asks to be conjugated, but there is no \(formsPath)")
            }
            let sets = conjugate == "yes"
                ? conjugator.defaultSets(for: phrase)
                : conjugate.split(separator: "+").map { $0.trimming { $0 == " " } }
            let forms: [VerbForm]
            do {
                forms = try conjugator.forms(of: phrase, sets: sets)
            } catch {
                throw row.error("cannot conjugate '\(phrase)': \(error)")
            }
            for form in forms {
                triggers.append(trigger(
                    id: "\(id)/\(form.name)", phrase: form.phrase,
                    polarity: polarity == .negative || form.polarity == .negative ? .negative : .positive,
                    modality: modality == .hypothetical || form.modality == .hypothetical ? .hypothetical : .asserted,
                    passive: passive || form.passive,
                    isNarrative: form.isNarrative,
                    isStanding: form.isStanding,
                    isDone: form.isDone
                ))
            }
        }
        self.triggers = triggers
        self.lexicon = PhraseLexicon(triggers.map { (phrase: $0.phrase, value: $0) })
    }

    /// The triggers in `tokens range` of `text`: non-overlapping, the longest phrase at
    /// each place, in token order.
    ///
    /// When several triggers share a phrase, the one with the highest priority is
    /// reported (the first listed on a tie).
    public func matches(in text: AnalyzedText, tokens range: Range<Int>) -> [TriggerMatch] {
        matches(in: text.tokens, range: range.clamped(to: text.tokens.indices))
    }

    /// The triggers in `range` of a token sequence (see ``matches(in:tokens:)``).
    func matches(in tokens: [Token], range: Range<Int>) -> [TriggerMatch] {
        lexicon.matches(in: tokens, range: range).compactMap { match in
            // max(by:) keeps the first of equals, so ties go to the row listed first.
            match.values.max { $0.priority < $1.priority }
                .map { TriggerMatch(tokenRange: match.tokenRange, trigger: $0) }
        }
    }
}
