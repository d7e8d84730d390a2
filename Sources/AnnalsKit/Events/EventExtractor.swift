/// Reads the events of an article: what happened, between whom, when and where.
///
/// The extractor reads one clause at a time (clauses end where the language's
/// `discourse.tsv` says). In each clause it looks for triggers — a verb that
/// is an event by itself ("signed", "پیوست"), or an event noun with a support
/// verb ("the conference opened", "همایش … آغاز شد") — and takes the one of
/// highest priority. The event's actors are the actors named in the clause
/// (people speaking for an actor count as that actor; "this country" and "he"
/// point back to the last country or speaker); its date is the temporal
/// expression nearest the trigger in the clause, or — when the sentence speaks
/// of "this conference" — the date of the conference already reported; its
/// place is a city named in the clause or sentence.
///
/// Repeated mentions within the document merge by the rule in ``EventMerger``.
public struct EventExtractor: Sendable {
    let analyzer: TextAnalyzer
    let tagger: TemporalTagger
    let gazetteer: Gazetteer
    let triggers: [Language: TriggerLexicon]
    let discourse: [Language: DiscourseLexicon]
    let profiles: [Language: LanguageProfile]
    let intents: IntentCoding
    let partners: PartnerRequirement
    let shortNames: [Language: ShortNames]
    let tokenizer = Tokenizer()
    let normalizer = TextNormalizer()

    /// An extractor using the built-in data, or `gazetteer` when given (e.g. with the user's own actors).
    public init(resources: ResourceLibrary = .embedded, gazetteer: Gazetteer? = nil) throws {
        analyzer = try TextAnalyzer(resources: resources)
        tagger = try TemporalTagger(resources: resources)
        self.gazetteer = try gazetteer ?? Gazetteer(resources: resources)
        // The trigger lexicons (tens of thousands of inflected forms) are built one per core.
        let languages = resources.languages
        let built = languages.concurrentMap { language in
            Result { try TriggerLexicon(language: language, resources: resources) }
        }
        var triggers: [Language: TriggerLexicon] = [:]
        var discourse: [Language: DiscourseLexicon] = [:]
        var shortNames: [Language: ShortNames] = [:]
        for (language, lexicon) in zip(languages, built) {
            triggers[language] = try lexicon.get()
            discourse[language] = try DiscourseLexicon(language: language, resources: resources)
            shortNames[language] = try ShortNames(language: language, resources: resources, gazetteer: self.gazetteer)
        }
        self.shortNames = shortNames
        self.triggers = triggers
        self.discourse = discourse
        profiles = try LanguageProfile.all(in: resources)
        let codebook = try CameoCodebook(resources: resources)
        intents = try IntentCoding(resources: resources, codebook: codebook)
        partners = try PartnerRequirement(resources: resources, codebook: codebook)
    }

    /// The languages it reads: those its rule data has a profile for, sorted by tag.
    public var languages: [Language] { profiles.keys.sorted() }

    /// The profiles of the languages it reads, sorted by tag (what an ``ArticleReader`` for it takes).
    public var readProfiles: [LanguageProfile] { languages.compactMap { profiles[$0] } }

    /// How many UTF-8 bytes of an article are analysed at once: a longer article
    /// is read section by section (``TextSections``), so that memory stays bounded
    /// whatever its length; shorter ones, nearly all, are read whole.
    static let sectionBytes = 1 << 20

    /// The events of `article`, merged within it.
    public func events(in article: Article) -> [ExtractedEvent] {
        events(in: article, sectionBytes: Self.sectionBytes)
    }

    /// The events of `article`, read in sections of at most `sectionBytes` (for tests).
    func events(in article: Article, sectionBytes: Int) -> [ExtractedEvent] {
        let sections = TextSections(article.text, limit: sectionBytes).all
        guard sections.count > 1 else {
            return events(in: analyzer.analyze(article.text, language: article.language), reference: article.published)
        }
        // Each section's dated mentions merge into the events so far (see ``SectionMerger``).
        var merger = SectionMerger()
        for section in sections {
            let text = analyzer.analyze(String(article.text[section.range]), language: article.language)
            merger.add(unmergedEvents(in: text, reference: article.published).map { $0.shifted(by: section.scalarOffset) })
        }
        return merger.merged()
    }

    /// The events of an analysed text whose relative dates resolve against `reference`.
    public func events(in text: AnalyzedText, reference: DayDate?) -> [ExtractedEvent] {
        EventMerger().merge(unmergedEvents(in: text, reference: reference))
    }

    /// Every event mention of `text` as read, before mentions of one event merge.
    func unmergedEvents(in text: AnalyzedText, reference: DayDate?) -> [ExtractedEvent] {
        guard let lexicon = triggers[text.language], let discourse = discourse[text.language] else { return [] }
        let reading = DocumentReading(
            text: text,
            times: tagger.tag(text, reference: reference),
            reference: reference,
            actors: shortNames[text.language]?.adding(to: gazetteer.mentions(in: text), in: text) ?? gazetteer.mentions(in: text),
            extractor: self,
            lexicon: lexicon,
            discourse: DiscourseIndex(lexicon: discourse, tokens: text.tokens)
        )
        return reading.read()
    }
}

extension ExtractedEvent {
    /// The event with its mentions' offsets moved `scalars` further on: from a
    /// section's offsets to the article's.
    func shifted(by scalars: Int) -> ExtractedEvent {
        guard scalars != 0 else { return self }
        var event = self
        event.mentions = mentions.map { mention in
            EventMention(sentence: mention.sentence, start: mention.start + scalars, end: mention.end + scalars,
                         trigger: mention.trigger, triggerStart: mention.triggerStart + scalars,
                         triggerEnd: mention.triggerEnd + scalars, timeText: mention.timeText)
        }
        return event
    }
}
