/// What ``AnnalsStore/recode(using:batchSize:progress:)`` did.
public struct RecodeSummary: Sendable, Hashable {
    /// The documents read again.
    public var documents: Int
    /// The events stored before and after.
    public var eventsBefore: Int
    public var eventsAfter: Int
    /// The mentions stored after.
    public var mentions: Int

    public init(documents: Int = 0, eventsBefore: Int = 0, eventsAfter: Int = 0, mentions: Int = 0) {
        self.documents = documents
        self.eventsBefore = eventsBefore
        self.eventsAfter = eventsAfter
        self.mentions = mentions
    }

    /// One line for people: "3 documents recoded: 5 events (was 4), 7 mentions".
    public var line: String {
        let documentWord = documents == 1 ? "document" : "documents"
        let eventWord = eventsAfter == 1 ? "event" : "events"
        let mentionWord = mentions == 1 ? "mention" : "mentions"
        return "\(documents) \(documentWord) recoded: \(eventsAfter) \(eventWord) (was \(eventsBefore)), \(mentions) \(mentionWord)"
    }
}
