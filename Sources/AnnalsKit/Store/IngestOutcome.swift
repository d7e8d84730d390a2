/// What storing one article did.
public enum IngestOutcome: Sendable, Hashable {
    /// The article was new and is stored under `documentID`. `newEvents` were
    /// inserted, `mergedEvents` of its events joined events already known (from
    /// earlier articles or earlier in this one), and `newMentions` mentions were added.
    case stored(documentID: Int64, newEvents: Int, mergedEvents: Int, newMentions: Int)
    /// An article with the same ``Article/contentHash`` was already stored; nothing was written.
    case alreadyKnown(documentID: Int64)

    /// The stored document's id, whether new or not.
    public var documentID: Int64 {
        switch self {
        case let .stored(id, _, _, _), let .alreadyKnown(id): id
        }
    }
}
