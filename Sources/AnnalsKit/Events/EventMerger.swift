/// Merges the mentions of one event within a document, by the rule of ``EventIdentity``.
///
/// The merged event keeps the first event's roles and adds the actors and
/// people the others name; mentions keep document order.
public struct EventMerger: Sendable {
    public init() {}

    /// `events` (of one document, in text order) with the mentions of each event merged.
    ///
    /// Each event's group is gathered first and combined once, so a long article that
    /// mentions one event thousands of times takes time linear in its mentions.
    public func merge(_ events: [ExtractedEvent]) -> [ExtractedEvent] {
        var groups: [[ExtractedEvent]] = []
        var index: [EventIdentity: Int] = [:]
        for event in events where event.time?.isAnchored ?? false {
            let key = EventIdentity(event)
            if let existing = index[key] {
                groups[existing].append(event)
            } else {
                index[key] = groups.count
                groups.append([event])
            }
        }
        groups = joiningSubsets(groups)
        // A dated group keeps its first event's actors (the others have the same set), so
        // its type key is that of its first event.
        var datedByType: [EventIdentity: [Int]] = [:]
        for (position, group) in groups.enumerated() {
            datedByType[EventIdentity(group[0]).withoutDate, default: []].append(position)
        }
        var undatedIndex: [EventIdentity: Int] = [:]
        for event in events where !(event.time?.isAnchored ?? false) {
            let key = EventIdentity(event).withoutDate
            if let dated = datedByType[key], dated.count == 1 {
                groups[dated[0]].append(event)
            } else if datedByType[key] == nil, let dated = onlyDatedGroup(telling: event, in: groups) {
                // A headline or lead tells the event the body dates, naming fewer actors
                // ("X imposed sanctions on Y" before "… on Y over Z, on Monday").
                groups[dated].append(event)
            } else if let existing = undatedIndex[key] {
                groups[existing].append(event)
            } else {
                undatedIndex[key] = groups.count
                groups.append([event])
            }
        }
        return groups.map(combine)
    }

    /// The dated groups, with each group whose actors are all named by exactly one other
    /// group of the same code, polarity, modality and date joined to that group: a headline
    /// and the lead that tells the same event with one actor more ("X sanctioned Y" and
    /// "X sanctioned Y over Z" on one day) are one event.
    private func joiningSubsets(_ groups: [[ExtractedEvent]]) -> [[ExtractedEvent]] {
        guard groups.count > 1 else { return groups }
        let identities = groups.map { EventIdentity($0[0]) }
        var target = Array(groups.indices)
        for position in groups.indices {
            let identity = identities[position]
            let actors = Set(identity.actorCodes)
            guard actors.count >= 2 else { continue }
            let wider = groups.indices.filter { other in
                let candidate = identities[other]
                return other != position && candidate.cameo == identity.cameo && candidate.date == identity.date
                    && candidate.polarity == identity.polarity && candidate.modality == identity.modality
                    && candidate.actorCodes.count > actors.count && actors.isSubset(of: candidate.actorCodes)
            }
            if wider.count == 1 { target[position] = wider[0] }
        }
        // Follow chains (A into B into C) to the widest group.
        func root(_ position: Int) -> Int {
            var current = position
            while target[current] != current { current = target[current] }
            return current
        }
        // The widest group's event leads; mentions are put back in text order when combined.
        var joined: [Int: [ExtractedEvent]] = [:]
        var order: [Int] = []
        for position in groups.indices where target[position] == position {
            joined[position] = groups[position]
            order.append(position)
        }
        for position in groups.indices where target[position] != position {
            joined[root(position), default: []].append(contentsOf: groups[position])
        }
        return order.map { joined[$0] ?? [] }
    }

    /// The one dated group of the same code, polarity and modality whose actors include all
    /// of `event`'s, or are all among them (at least two either way), if there is exactly one:
    /// a headline or lead names fewer actors than the body, or more ("… criticised Turkey's
    /// support for Azerbaijan").
    private func onlyDatedGroup(telling event: ExtractedEvent, in groups: [[ExtractedEvent]]) -> Int? {
        let actors = Set(event.participants.map(\.actorCode))
        guard actors.count >= 2 else { return nil }
        let fitting = groups.indices.filter { position in
            let first = groups[position][0]
            let dated = Set(first.participants.map(\.actorCode))
            return first.time?.isAnchored ?? false && first.cameo == event.cameo && first.polarity == event.polarity
                && first.modality == event.modality && dated.count >= 2
                && (actors.isSubset(of: dated) || dated.isSubset(of: actors))
        }
        return fitting.count == 1 ? fitting[0] : nil
    }

    /// `first` with the mentions, actors and details that `other` adds.
    func combine(_ first: ExtractedEvent, with other: ExtractedEvent) -> ExtractedEvent {
        combine([first, other])
    }

    /// The first event of `group` with the mentions, actors and details the others add, in order.
    func combine(_ group: [ExtractedEvent]) -> ExtractedEvent {
        let first = group[0]
        guard group.count > 1 else { return first }
        var participants = first.participants
        var time = first.time
        var locationCode = first.locationCode
        var locationName = first.locationName
        var mentions = first.mentions
        var seen = Set(first.mentions)
        for other in group.dropFirst() {
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
            if !(time?.isAnchored ?? false), let candidate = other.time, candidate.isAnchored || time == nil { time = candidate }
            locationCode = locationCode ?? other.locationCode
            locationName = locationName ?? other.locationName
            for mention in other.mentions where seen.insert(mention).inserted { mentions.append(mention) }
        }
        // In text order; mentions that start together keep the order they came in.
        let ordered = mentions.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
        return ExtractedEvent(
            cameo: first.cameo,
            time: time,
            participants: participants,
            locationCode: locationCode,
            locationName: locationName,
            polarity: first.polarity,
            modality: first.modality,
            summary: first.summary,
            mentions: ordered
        )
    }
}
