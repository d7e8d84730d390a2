/// What makes two mentions one event: the merge rule of Annals.
///
/// Two extracted events are one event when they have the same CAMEO code, the
/// same set of actor codes (roles ignored), the same polarity and modality,
/// and the same date: the same TIMEX3 value and the same Gregorian interval.
/// Events on different days or of different types never merge.
///
/// An event without an anchored date (no date, or an unresolved one like
/// `XXXX-WXX-2`) never merges across documents. Within its document,
/// ``EventMerger`` joins it to the one dated event of the same ``withoutDate``
/// identity when there is exactly one, and otherwise to the undated events of
/// that identity; the store (see ``storageKey(documentID:)``) merges it only
/// with events of the same document and the same TIMEX3 value.
///
/// The merged event keeps the first event's summary, roles and location (a
/// missing location or person is filled in from later ones) and every
/// mention; a mention of the same document with the same sentence offsets is
/// stored once.
///
/// ```swift
/// let signing = EventIdentity(event)            // 057, [AZE, NATO], 2009-05-04
/// signing == EventIdentity(sameSigningInAnotherArticle)   // true: stored as one event
/// ```
public struct EventIdentity: Hashable, Sendable {
    /// The date part of an identity.
    public enum DateIdentity: Hashable, Sendable {
        /// A date with a Gregorian interval: its TIMEX3 value and first and last day.
        case anchored(timex: String, start: DayDate, end: DayDate)
        /// No interval; the TIMEX3 value when there is one (`XXXX-WXX-2`).
        case unanchored(timex: String?)
    }

    /// The CAMEO event code.
    public let cameo: String
    /// The distinct actor codes of the participants, sorted.
    public let actorCodes: [String]
    public let polarity: Polarity
    public let modality: Modality
    /// The date, nil in an identity ``withoutDate``.
    public let date: DateIdentity?

    /// The identity of `event`.
    public init(_ event: ExtractedEvent) {
        cameo = event.cameo
        actorCodes = Set(event.participants.map(\.actorCode)).sorted()
        polarity = event.polarity
        modality = event.modality
        if let time = event.time, let start = time.start, let end = time.end {
            date = .anchored(timex: time.timex, start: start, end: end)
        } else {
            date = .unanchored(timex: event.time?.timex)
        }
    }

    private init(_ identity: EventIdentity, date: DateIdentity?) {
        cameo = identity.cameo
        actorCodes = identity.actorCodes
        polarity = identity.polarity
        modality = identity.modality
        self.date = date
    }

    /// The same identity with the date left out: the event's type and actors.
    public var withoutDate: EventIdentity { EventIdentity(self, date: nil) }

    /// Whether the date has a Gregorian interval.
    public var isAnchored: Bool {
        if case .anchored = date { return true }
        return false
    }

    /// The text the store keeps in `events.merge_key` for an event of the
    /// document `documentID`: equal for events that are one. An event
    /// without an anchored date carries its document's id, so it only merges
    /// within that document.
    public func storageKey(documentID: Int64) -> String {
        let day: String
        switch date {
        case .anchored(let timex, let start, let end):
            day = "dated:\(timex)/\(start.iso)/\(end.iso)"
        case .unanchored(let timex):
            day = "undated:\(timex ?? "")/document:\(documentID)"
        case nil:
            day = "undated:/document:\(documentID)"
        }
        return [cameo, actorCodes.joined(separator: ","), polarity.rawValue, modality.rawValue, day]
            .joined(separator: "|")
    }
}
