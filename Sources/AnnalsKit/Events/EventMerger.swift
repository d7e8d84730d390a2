/// Merges the mentions of one event within a document.
///
/// The rule (the store applies the same across documents):
/// - Two events are one when they have the same CAMEO code, the same set of
///   actors (roles aside), the same polarity and modality, and the same
///   anchored date (TIMEX3 value and Gregorian interval). Different days or
///   different types never merge.
/// - Within one document, an event without an anchored date (the headline, or
///   "the conference was held in Baku") joins the one dated event of the same
///   type and actors, when there is exactly one; otherwise undated events of
///   the same type and actors merge with each other.
///
/// The merged event keeps the first event's roles and adds the actors and
/// people the others name; mentions keep document order.
public struct EventMerger: Sendable {
    public init() {}

    /// The key two mentions of one event share.
    public struct Key: Hashable, Sendable {
        let cameo: String
        let actors: [String]
        let polarity: Polarity
        let modality: Modality
        let timex: String?
        let start: DayDate?
        let end: DayDate?

        public init(_ event: ExtractedEvent, ignoringDate: Bool = false) {
            cameo = event.cameo
            actors = Array(Set(event.participants.map(\.actorCode))).sorted()
            polarity = event.polarity
            modality = event.modality
            let anchored = !ignoringDate && (event.time?.isAnchored ?? false)
            timex = anchored ? event.time?.timex : nil
            start = anchored ? event.time?.start : nil
            end = anchored ? event.time?.end : nil
        }
    }

    /// `events` (of one document, in text order) with the mentions of each event merged.
    public func merge(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        var merged: [ExtractedEvent] = []
        var index: [Key: Int] = [:]
        for event in events where event.time?.isAnchored ?? false {
            let key = Key(event)
            if let existing = index[key] {
                merged[existing] = combine(merged[existing], with: event)
            } else {
                index[key] = merged.count
                merged.append(event)
            }
        }
        var datedByType: [Key: [Int]] = [:]
        for (position, event) in merged.enumerated() {
            datedByType[Key(event, ignoringDate: true), default: []].append(position)
        }
        var undatedIndex: [Key: Int] = [:]
        for event in events where !(event.time?.isAnchored ?? false) {
            let key = Key(event, ignoringDate: true)
            if let dated = datedByType[key], dated.count == 1 {
                merged[dated[0]] = combine(merged[dated[0]], with: event)
            } else if let existing = undatedIndex[key] {
                merged[existing] = combine(merged[existing], with: event)
            } else {
                undatedIndex[key] = merged.count
                merged.append(event)
            }
        }
        return merged
    }

    /// `first` with the mentions, actors and details that `other` adds.
    func combine(_ first: ExtractedEvent, with other: ExtractedEvent) -> ExtractedEvent {
        var participants = first.participants
        for participant in other.participants {
            if let existing = participants.firstIndex(where: { $0.actorCode == participant.actorCode }) {
                if participants[existing].personName == nil, let name = participant.personName {
                    participants[existing] = Participant(actorCode: participant.actorCode, role: participants[existing].role, personName: name)
                }
            } else {
                participants.append(participant)
            }
        }
        // The more informative time: an anchored one, else one with any value.
        var time = first.time
        if !(time?.isAnchored ?? false), let candidate = other.time, candidate.isAnchored || time == nil { time = candidate }
        var mentions = first.mentions
        for mention in other.mentions where !mentions.contains(mention) { mentions.append(mention) }
        mentions.sort { $0.start < $1.start }
        return ExtractedEvent(
            cameo: first.cameo,
            time: time,
            participants: participants,
            locationCode: first.locationCode ?? other.locationCode,
            locationName: first.locationName ?? other.locationName,
            polarity: first.polarity,
            modality: first.modality,
            summary: first.summary,
            mentions: mentions
        )
    }
}
