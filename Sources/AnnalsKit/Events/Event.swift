/// The part an actor plays in an event.
public enum ParticipantRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Who did it.
    case source
    /// To or with whom it was done.
    case target
    /// Present or concerned, but neither source nor target.
    case other
}

/// Whether the text says the event happened.
public enum Polarity: String, Sendable, Hashable, Codable {
    case positive
    case negative
}

/// Whether the text reports the event as real or as possible, planned or wished.
public enum Modality: String, Sendable, Hashable, Codable {
    case asserted
    case hypothetical
}

/// An actor taking part in an event.
public struct Participant: Sendable, Hashable, Codable {
    public let actorCode: String
    public let role: ParticipantRole
    /// The person who acted for the actor, when the text names one ("Jaap de Hoop Scheffer").
    public let personName: String?

    public init(actorCode: String, role: ParticipantRole, personName: String? = nil) {
        self.actorCode = actorCode
        self.role = role
        self.personName = personName
    }
}

/// One sentence of one document that reports an event.
public struct EventMention: Sendable, Hashable, Codable {
    /// The sentence as written in the document.
    public let sentence: String
    /// Where the sentence is in the document, in Unicode scalars, end exclusive.
    public let start: Int
    public let end: Int
    /// The words that told what happened ("پیوست", "signed"), and where they are.
    public let trigger: String
    public let triggerStart: Int
    public let triggerEnd: Int
    /// The words that gave the date, when the sentence had them.
    public let timeText: String?

    public init(sentence: String, start: Int, end: Int, trigger: String, triggerStart: Int, triggerEnd: Int, timeText: String?) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.trigger = trigger
        self.triggerStart = triggerStart
        self.triggerEnd = triggerEnd
        self.timeText = timeText
    }
}

/// An event as read from one document: what happened, between whom, when and where,
/// with every sentence that reports it.
public struct ExtractedEvent: Sendable, Hashable, Codable {
    /// The CAMEO event code, e.g. `057` (sign formal agreement), `04` (consult).
    public let cameo: String
    /// When it happened; nil when the text gives no date. An unresolved value
    /// (e.g. `XXXX-WXX-2`) has no interval and the event counts as undated.
    public let time: TimeValue?
    public let participants: [Participant]
    /// The actor whose territory the event took place in, and the place's name.
    public let locationCode: String?
    public let locationName: String?
    public let polarity: Polarity
    public let modality: Modality
    /// A one-line account in the article's words (the trigger's clause).
    public let summary: String
    public var mentions: [EventMention]

    public init(cameo: String, time: TimeValue?, participants: [Participant], locationCode: String?,
                locationName: String?, polarity: Polarity = .positive, modality: Modality = .asserted,
                summary: String, mentions: [EventMention]) {
        self.cameo = cameo
        self.time = time
        self.participants = participants
        self.locationCode = locationCode
        self.locationName = locationName
        self.polarity = polarity
        self.modality = modality
        self.summary = summary
        self.mentions = mentions
    }
}

extension Participant {
    /// The same participant in another role.
    public func with(role: ParticipantRole) -> Participant {
        Participant(actorCode: actorCode, role: role, personName: personName)
    }
}
