/// What one ingest did.
public struct IngestSummary: Sendable, Hashable {
    /// Articles read from the inputs (good or bad).
    public var articlesRead = 0
    /// Articles stored for the first time.
    public var articlesAdded = 0
    /// Articles whose text was already in the database.
    public var articlesAlreadyKnown = 0
    /// Inputs that could not be read, with the reason.
    public var skipped: [InputError] = []
    /// Events new to the database.
    public var eventsAdded = 0
    /// Mentions that joined events already in the database.
    public var eventsMerged = 0

    public init() {}

    /// Counts what storing one article did.
    mutating func record(_ outcome: IngestOutcome) {
        switch outcome {
        case .stored(_, let newEvents, let mergedEvents, _):
            articlesAdded += 1
            eventsAdded += newEvents
            eventsMerged += mergedEvents
        case .alreadyKnown:
            articlesAlreadyKnown += 1
        }
    }

    /// Adds what another part of the same ingest did.
    mutating func add(_ other: IngestSummary) {
        articlesRead += other.articlesRead
        articlesAdded += other.articlesAdded
        articlesAlreadyKnown += other.articlesAlreadyKnown
        skipped += other.skipped
        eventsAdded += other.eventsAdded
        eventsMerged += other.eventsMerged
    }

    /// One line for a person: "3 articles read: 2 new, 1 already known, 0 skipped; 5 events added".
    public var line: String {
        "\(articlesRead) article\(articlesRead == 1 ? "" : "s") read: \(articlesAdded) new, "
            + "\(articlesAlreadyKnown) already known, \(skipped.count) skipped; "
            + "\(eventsAdded) event\(eventsAdded == 1 ? "" : "s") added, \(eventsMerged) merged into known events"
    }
}

/// How far an ingest has got, for a progress display.
public struct IngestProgress: Sendable, Hashable {
    public let filesDone: Int
    public let filesTotal: Int
    public let articlesRead: Int
}
