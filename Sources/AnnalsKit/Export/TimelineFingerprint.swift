import Foundation

/// A checksum of a store's whole timeline (every event, hypothetical and
/// negated ones too) that two stores holding the same knowledge share,
/// whatever ids they gave their events and documents and whatever order
/// their workers stored them in.
///
/// Each event is encoded as the JSON export writes it, with its id and its
/// mentions' document ids set to 0 and its mentions sorted; the fingerprint is
/// the sum of the events' SHA-256 digests, so the order of events does not count.
public struct TimelineFingerprint: Sendable, Hashable, CustomStringConvertible {
    /// How many events were read.
    public private(set) var events = 0
    private var lanes: [UInt64] = [0, 0, 0, 0]

    /// The fingerprint of every event in `store`.
    public init(of store: any EventStore) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try store.forEachTimelineEvent(TimelineQuery(actorCodes: [], includeHypothetical: true, includeNegated: true)) {
            try add(Self.canonical($0), encoder: encoder)
        }
    }

    /// `event` without the ids a store chose: its id and its mentions' document ids 0, its mentions sorted.
    public static func canonical(_ event: TimelineEvent) -> TimelineEvent {
        var event = event
        event.id = 0
        event.mentions = event.mentions.map { mention in
            var mention = mention
            mention.documentId = 0
            return mention
        }.sorted { ($0.document, $0.start, $0.end, $0.sentence) < ($1.document, $1.start, $1.end, $1.sentence) }
        return event
    }

    private mutating func add(_ event: TimelineEvent, encoder: JSONEncoder) throws {
        var digest = SHA256()
        digest.update(try encoder.encode(event))
        let bytes = digest.finalize()
        for lane in 0..<4 {
            var value: UInt64 = 0
            for byte in bytes[(lane * 8)..<(lane * 8 + 8)] { value = value << 8 | UInt64(byte) }
            lanes[lane] &+= value
        }
        events += 1
    }

    /// The sum as 64 hex digits.
    public var description: String {
        lanes.map { lane in
            let hex = String(lane, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
