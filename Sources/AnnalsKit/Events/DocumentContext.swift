/// What the extractor remembers while it reads one document from start to end:
/// the actors and people mentioned last (for "this country", "he") and the
/// events reported so far (for "this conference").
struct DocumentContext {
    /// Someone the text has introduced as speaking for an actor.
    struct Person {
        let name: String
        let actorCode: String
    }

    /// An event already read, that a deictic phrase can point back to.
    struct ReportedEvent {
        /// The CAMEO code of the event noun (or, for ``DocumentContext/verbEvents``, of the verb).
        let nounCameo: String
        let time: TimeValue?
        let locationCode: String?
        let locationName: String?
        /// Who acted, when the event had a source ("the raid" was the army's).
        var source: String? = nil
    }

    private(set) var lastCountry: String?
    private(set) var lastOrganisation: String?
    private(set) var lastPerson: Person?
    /// The actors of the last event between two or more ("both sides").
    private(set) var lastPair: [String] = []
    private(set) var reportedEvents: [ReportedEvent] = []
    /// Names of the people introduced so far (and their surnames), to the person.
    private(set) var people = PhraseLexicon<Person>()

    /// The last two countries named, in the order they were named ("the two countries").
    var lastCountries: [String] {
        recentCountries.count == 2 ? recentCountries : []
    }
    private var recentCountries: [String] = []

    mutating func noteActor(_ actor: Actor) {
        switch actor.kind {
        case .country:
            lastCountry = actor.code
            if recentCountries.last != actor.code {
                recentCountries = Array((recentCountries.filter { $0 != actor.code } + [actor.code]).suffix(2))
            }
        case .organisation: lastOrganisation = actor.code
        }
    }

    /// Remembers a named person speaking for `actorCode`, under their full name
    /// and each shorter tail of it ("Jaap de Hoop Scheffer", "Scheffer").
    mutating func notePerson(named name: String, for actorCode: String, tokenizer: Tokenizer, normalizer: TextNormalizer) {
        let person = Person(name: name, actorCode: actorCode)
        lastPerson = person
        let words = tokenizer.tokens(of: normalizer.normalize(name)).filter { $0.kind == .word }.map(\.text)
        for start in words.indices {
            let tail = words[start...]
            // A one-word tail must look like a surname, not a particle ("de", "اف").
            if tail.count == 1, tail.first!.unicodeScalars.count < 3 { continue }
            people.insert(tail.joined(separator: " "), value: person)
        }
    }

    mutating func notePerson(_ person: Person) {
        lastPerson = person
    }

    /// The source of the last event read ("it" in "…, and it signed …").
    private(set) var lastSource: String?

    /// Remembers the actors of an event just read: the pair for "both sides", the source for "it".
    mutating func noteParticipants(_ participants: [Participant]) {
        let codes = participants.map(\.actorCode)
        if codes.count >= 2 { lastPair = Array(codes.prefix(2)) }
        if let source = participants.first(where: { $0.role == .source }) { lastSource = source.actorCode }
    }

    mutating func noteEvent(_ event: ReportedEvent) {
        reportedEvents.append(event)
    }

    /// The dates of the occasions of speaking told so far ("مصاحبه روز پنجشنبه"), by their words.
    private(set) var occasions: [[String]: (time: TimeValue, text: String)] = [:]

    mutating func noteOccasion(_ words: [String], time: TimeValue, text: String) {
        occasions[words] = (time, text)
    }

    /// Dated events told by a verb ("met … on Tuesday"), for "the meeting" when no event noun came before.
    private(set) var verbEvents: [ReportedEvent] = []

    mutating func noteVerbEvent(_ event: ReportedEvent) {
        verbEvents.append(event)
    }

    /// The latest reported event whose event noun has the same CAMEO root as `cameo`, or
    /// failing one, the latest dated event told by a verb of that root.
    func latestEvent(sharingRootWith cameo: String) -> ReportedEvent? {
        reportedEvents.last { $0.nounCameo.prefix(2) == cameo.prefix(2) }
            ?? verbEvents.last { $0.nounCameo.prefix(2) == cameo.prefix(2) }
    }
}
