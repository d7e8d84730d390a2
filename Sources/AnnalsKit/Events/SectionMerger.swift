/// Merges the event mentions of a long article as its sections are read, so that memory
/// holds one event per dated group instead of one per mention.
///
/// ``EventMerger`` merges a document's mentions once, at the end: it groups the dated ones
/// by ``EventIdentity``, then gives each undated one to a dated group or a group of its
/// own, which can only be decided once every dated group is known. The dated part can be
/// done as the mentions come: a dated group's identity never changes as mentions join it,
/// and combining a group is a fold in text order (the first event's roles and summary, the
/// actors, people, time and place the later ones add, the mentions in text order). So the
/// dated mentions of each section are combined into the groups so far, the undated ones are
/// kept as read, and ``merged()`` merges the two as ``EventMerger`` would have merged every
/// mention: the same events with the same mentions.
struct SectionMerger {
    private let merger = EventMerger()
    /// One combined event per dated identity, in the order each identity was first read.
    private var dated: [ExtractedEvent] = []
    private var datedIndex: [EventIdentity: Int] = [:]
    /// The undated mentions, as read.
    private var undated: [ExtractedEvent] = []

    /// Adds the mentions of the next section (in text order, offsets the article's).
    mutating func add(_ events: [ExtractedEvent]) {
        var groups: [[ExtractedEvent]] = []
        var groupIndex: [EventIdentity: Int] = [:]
        for event in events {
            guard event.time?.isAnchored ?? false else {
                undated.append(event)
                continue
            }
            let key = EventIdentity(event)
            if let existing = groupIndex[key] {
                groups[existing].append(event)
            } else {
                groupIndex[key] = groups.count
                groups.append([event])
            }
        }
        for group in groups {
            let key = EventIdentity(group[0])
            if let existing = datedIndex[key] {
                dated[existing] = merger.combine([dated[existing]] + group)
            } else {
                datedIndex[key] = dated.count
                dated.append(merger.combine(group))
            }
        }
    }

    /// The article's events, merged as ``EventMerger/merge(_:)`` merges all its mentions.
    func merged() -> [ExtractedEvent] {
        merger.merge(dated + undated)
    }
}
