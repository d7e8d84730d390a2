/// The key dates of a timeline: its N most important happenings, in date order.
///
/// Events that report one day's happening (same start and end day) collapse
/// into one entry: the best-reported event of that day, with the sentences of
/// every event of the day that shares its CAMEO root. Each entry is ranked by
/// its ``EventSalience``; undated and unanchored events have no place on a
/// timeline and are left out.
/// ```swift
/// let all = try store.timeline(TimelineQuery(actorCodes: ["LBY"]))
/// let chronology = KeyDates(all).top(20)   // 20 entries, earliest first
/// // or weighing also the days named by every article about the actor (at any date):
/// let references = try DateReferences(reporting: ["LBY"], in: store, tagger: TemporalTagger())
/// let better = KeyDates(all, references: references).top(20)
/// ```
public struct KeyDates: Sendable {
    /// One happening: the events that report it and how salient it is.
    public struct Entry: Sendable, Hashable {
        /// The event that stands for the happening, with the sentences of its kind that day.
        public var event: TimelineEvent
        public var salience: EventSalience
    }

    /// Every happening, in date order.
    public let entries: [Entry]

    /// The days around a day that ``EventSalience/prominence`` compares it with, on each side.
    public static let neighbourhood = 3

    /// Groups `events` into happenings and weighs each; `references` counts the
    /// articles that name each day in their text (none by default).
    public init(_ events: some Sequence<TimelineEvent>, references: DateReferences = DateReferences()) {
        var groups: [DateKey: [TimelineEvent]] = [:]
        var order: [DateKey] = []
        for event in events {
            guard let start = event.date.start, let end = event.date.end else { continue }
            let key = DateKey(start: start, end: end, granularity: event.date.granularity ?? .none)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(event)
        }
        // Articles per day, for how far a day stands out from its neighbours.
        var articlesPerDay: [Int: Int] = [:]
        for key in order where key.granularity == .day && key.start == key.end {
            articlesPerDay[CalendarConverter.dayNumber(key.start)] = Self.documents(groups[key] ?? []).count
        }
        entries = order.sorted().map { key in
            let group = groups[key] ?? []
            let prominence: Double
            if key.granularity == .day && key.start == key.end {
                let day = CalendarConverter.dayNumber(key.start)
                let around = (1...Self.neighbourhood).flatMap { [day - $0, day + $0] }
                let mean = Double(around.map { articlesPerDay[$0] ?? 0 }.reduce(0, +)) / Double(around.count)
                prominence = (Double(articlesPerDay[day] ?? 0) + 1) / (mean + 1)
            } else {
                prominence = 1
            }
            let named = key.granularity == .day && key.start == key.end ? references.articles(referringTo: key.start) : 0
            return Self.entry(for: group, granularity: key.granularity, prominence: prominence, references: named)
        }
    }

    /// The `count` most salient entries, in date order; all of them when there are fewer.
    public func top(_ count: Int) -> [Entry] {
        let ranked = entries.indices.sorted { lhs, rhs in
            let (left, right) = (entries[lhs].salience.score, entries[rhs].salience.score)
            return left != right ? left > right : lhs < rhs
        }
        return ranked.prefix(max(0, count)).sorted().map { entries[$0] }
    }

    private static func entry(for group: [TimelineEvent], granularity: Granularity, prominence: Double,
                              references: Int) -> Entry {
        let representative = group.max { lhs, rhs in
            let (left, right) = (weight(lhs), weight(rhs))
            return left != right ? left < right : lhs.id > rhs.id
        } ?? group[0]
        var event = representative
        var seen = Set(event.mentions.map { MentionKey(documentId: $0.documentId, start: $0.start) })
        for other in group where other.id != representative.id && other.type.root == representative.type.root {
            for mention in other.mentions where seen.insert(MentionKey(documentId: mention.documentId, start: mention.start)).inserted {
                event.mentions.append(mention)
            }
        }
        let documents = documents(group)
        // The day weighs as much as the strongest thing that happened on it.
        let strongest = group.max { abs($0.type.goldstein ?? 0) < abs($1.type.goldstein ?? 0) } ?? representative
        let salience = EventSalience(
            articles: documents.count,
            references: references,
            sources: outletCount(of: group.flatMap(\.mentions)),
            reportingDays: Set(group.flatMap { $0.mentions.compactMap(\.published) }).count,
            granularity: granularity,
            quadClass: strongest.type.quadClass,
            goldstein: strongest.type.goldstein,
            prominence: prominence)
        return Entry(event: event, salience: salience)
    }

    /// How well an event stands for its day: its reports, then the strength of its type.
    private static func weight(_ event: TimelineEvent) -> Double {
        Double(Set(event.mentions.map(\.documentId)).count) + abs(event.type.goldstein ?? 0) / 100
    }

    private static func documents(_ group: [TimelineEvent]) -> Set<Int64> {
        Set(group.flatMap { $0.mentions.map(\.documentId) })
    }

    /// The file a document came from: the lines of one JSON Lines file (`feed.jsonl:12`) are one source.
    /// How many outlets report `mentions`: their articles' `source` names, an article
    /// without one counting as its own (by its input file, JSON Lines lines of one file together).
    static func outletCount(of mentions: some Sequence<TimelineEvent.Mention>) -> Int {
        Set(mentions.map { mention in
            mention.outlet.map { "outlet:" + $0.lowercased() } ?? "file:" + sourceName(mention.document)
        }).count
    }

    static func sourceName(_ document: String) -> String {
        guard let colon = document.lastIndex(of: ":"), document[document.index(after: colon)...].allSatisfy(\.isNumber),
              colon != document.index(before: document.endIndex)
        else { return document }
        return String(document[..<colon])
    }

    private struct DateKey: Hashable, Comparable {
        var start: DayDate
        var end: DayDate
        var granularity: Granularity

        static func < (lhs: DateKey, rhs: DateKey) -> Bool {
            (lhs.start, lhs.end, lhs.granularity.rawValue) < (rhs.start, rhs.end, rhs.granularity.rawValue)
        }
    }

    private struct MentionKey: Hashable {
        var documentId: Int64
        var start: Int
    }
}
