/// How many rows the main tables of a store hold.
public struct StoreCounts: Sendable, Hashable, Codable {
    public var documents: Int
    public var events: Int
    public var mentions: Int
    public var actors: Int

    public init(documents: Int, events: Int, mentions: Int, actors: Int) {
        self.documents = documents
        self.events = events
        self.mentions = mentions
        self.actors = actors
    }
}
