/// An event as a timeline shows it: its date, type, actors, place, and every
/// sentence that reports it.
///
/// Encodes to the JSON that exports and the CLI print; absent values are
/// written as `null`, never left out:
/// ```json
/// { "id": 12,
///   "date": {"value": "2009-05-05", "start": "2009-05-05", "end": "2009-05-05", "granularity": "day", "calendar": "gregorian"},
///   "type": {"cameo": "057", "label": "Sign formal agreement", "root": "05", "rootLabel": "…", "quadClass": 1, "goldstein": 8.0},
///   "actors": [{"code": "AZE", "name": "Azerbaijan", "role": "source", "cameo": "AZE", "person": null}],
///   "location": {"code": "AZE", "name": "Baku"},
///   "summary": "…", "polarity": "positive", "modality": "asserted",
///   "mentions": [{"document": "000_x.txt", "documentId": 3, "sentence": "…", "start": 10, "end": 120,
///                 "trigger": "signed", "published": "2009-05-06", "title": "…", "outlet": "…", "url": null}] }
/// ```
/// Actors come sources first, then targets, then others, each by code;
/// mentions by publication date (undated last), document and position.
public struct TimelineEvent: Sendable, Hashable, Codable {
    public var id: Int64
    public var date: DateInfo
    public var type: TypeInfo
    public var actors: [ActorInfo]
    public var location: Location?
    public var summary: String
    public var polarity: Polarity
    public var modality: Modality
    public var mentions: [Mention]
    /// How many sentences report the event when ``mentions`` was left unread
    /// (``TimelineQuery/includesMentions`` false); nil when ``mentions`` holds them all.
    /// Not part of the JSON.
    public var unreadMentionCount: Int? = nil

    /// How many sentences report the event.
    public var mentionCount: Int { unreadMentionCount ?? mentions.count }

    private enum CodingKeys: String, CodingKey {
        case id, date, type, actors, location, summary, polarity, modality, mentions
    }

    public init(id: Int64, date: DateInfo, type: TypeInfo, actors: [ActorInfo], location: Location?,
                summary: String, polarity: Polarity, modality: Modality, mentions: [Mention]) {
        self.id = id
        self.date = date
        self.type = type
        self.actors = actors
        self.location = location
        self.summary = summary
        self.polarity = polarity
        self.modality = modality
        self.mentions = mentions
    }

    /// When the event happened. All fields are nil when the text gave no
    /// date; `start` and `end` are nil when the date is not anchored (e.g. `XXXX-WXX-2`).
    public struct DateInfo: Sendable, Hashable, Codable {
        /// The TIMEX3 value.
        public var value: String?
        public var start: DayDate?
        /// The last day of the interval, inclusive.
        public var end: DayDate?
        public var granularity: Granularity?
        public var calendar: CalendarSystem?

        public init(value: String?, start: DayDate?, end: DayDate?, granularity: Granularity?, calendar: CalendarSystem?) {
            self.value = value
            self.start = start
            self.end = end
            self.granularity = granularity
            self.calendar = calendar
        }

        /// Whether the event has a place on the timeline.
        public var isAnchored: Bool { start != nil && end != nil }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(value, forKey: .value)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(granularity, forKey: .granularity)
            try container.encode(calendar, forKey: .calendar)
        }
    }

    /// What kind of event it is, in CAMEO terms. Label, quad class and
    /// Goldstein value are nil when the codebook did not know the code.
    public struct TypeInfo: Sendable, Hashable, Codable {
        /// `057`.
        public var cameo: String
        public var label: String?
        /// The two-digit root, `05`.
        public var root: String
        public var rootLabel: String?
        public var quadClass: Int?
        public var goldstein: Double?
        /// The PLOVER type and mode of the CAMEO code, when an export asked for them
        /// (``TimelineEventSource/withPlover(_:)``) and PLOVER has one (statements have none).
        public var plover: PloverCrosswalk.Entry?

        public init(cameo: String, label: String?, root: String, rootLabel: String?, quadClass: Int?, goldstein: Double?,
                    plover: PloverCrosswalk.Entry? = nil) {
            self.cameo = cameo
            self.label = label
            self.root = root
            self.rootLabel = rootLabel
            self.quadClass = quadClass
            self.goldstein = goldstein
            self.plover = plover
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(cameo, forKey: .cameo)
            try container.encode(label, forKey: .label)
            try container.encode(root, forKey: .root)
            try container.encode(rootLabel, forKey: .rootLabel)
            try container.encode(quadClass, forKey: .quadClass)
            try container.encode(goldstein, forKey: .goldstein)
            try container.encode(plover, forKey: .plover)
        }
    }

    /// An actor taking part, with its role.
    public struct ActorInfo: Sendable, Hashable, Codable {
        public var code: String
        public var name: String
        public var role: ParticipantRole
        /// The actor's CAMEO code.
        public var cameo: String
        /// The person who acted for it, when a text named one.
        public var person: String?

        public init(code: String, name: String, role: ParticipantRole, cameo: String, person: String?) {
            self.code = code
            self.name = name
            self.role = role
            self.cameo = cameo
            self.person = person
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(name, forKey: .name)
            try container.encode(role, forKey: .role)
            try container.encode(cameo, forKey: .cameo)
            try container.encode(person, forKey: .person)
        }
    }

    /// Where the event took place: the actor whose territory it is and the place's name.
    public struct Location: Sendable, Hashable, Codable {
        public var code: String?
        public var name: String?

        public init(code: String?, name: String?) {
            self.code = code
            self.name = name
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(name, forKey: .name)
        }
    }

    /// A sentence of a stored document that reports the event.
    public struct Mention: Sendable, Hashable, Codable {
        /// The document's name: its file name (with `:LINE` for JSON Lines), else its title.
        public var document: String
        public var documentId: Int64
        public var sentence: String
        /// The sentence's place in the document's text, in Unicode scalars, end exclusive.
        public var start: Int
        public var end: Int
        public var trigger: String
        /// The document's publication date.
        public var published: DayDate?
        /// The document's title, when it has one.
        public var title: String?
        /// Who published the document (its `source`), when known.
        public var outlet: String?
        /// Where the document was published, when known.
        public var url: String?

        public init(document: String, documentId: Int64, sentence: String, start: Int, end: Int,
                    trigger: String, published: DayDate?, title: String? = nil, outlet: String? = nil, url: String? = nil) {
            self.document = document
            self.documentId = documentId
            self.sentence = sentence
            self.start = start
            self.end = end
            self.trigger = trigger
            self.published = published
            self.title = title
            self.outlet = outlet
            self.url = url
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(document, forKey: .document)
            try container.encode(documentId, forKey: .documentId)
            try container.encode(sentence, forKey: .sentence)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(trigger, forKey: .trigger)
            try container.encode(published, forKey: .published)
            try container.encode(title, forKey: .title)
            try container.encode(outlet, forKey: .outlet)
            try container.encode(url, forKey: .url)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(type, forKey: .type)
        try container.encode(actors, forKey: .actors)
        try container.encode(location, forKey: .location)
        try container.encode(summary, forKey: .summary)
        try container.encode(polarity, forKey: .polarity)
        try container.encode(modality, forKey: .modality)
        try container.encode(mentions, forKey: .mentions)
    }
}
