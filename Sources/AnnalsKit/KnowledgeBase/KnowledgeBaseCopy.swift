/// Copies a knowledge base from one store to another (SQLite to PostgreSQL
/// or back): the user's actors, then every document with its events as
/// stored, in the order they were stored, so that the events merge in the
/// copy as they did in the original. Nothing is extracted again.
///
/// A document the target already holds is left as it is, so a copy that was
/// interrupted completes when run again. ``verify()`` compares the counts and
/// the ``TimelineFingerprint`` of both.
public struct KnowledgeBaseCopy: Sendable {
    public let source: any EventStore
    public let target: any EventStore

    public init(from source: any EventStore, to target: any EventStore) {
        self.source = source
        self.target = target
    }

    /// What a copy did.
    public struct Summary: Sendable, Hashable {
        /// Documents stored in the target.
        public var documentsCopied = 0
        /// Documents the target held already.
        public var documentsAlreadyThere = 0
    }

    /// Copies everything; `progress` is called after each page of documents with the number done.
    public func run(resources: ResourceLibrary = .embedded,
                    progress: ((Int) -> Void)? = nil) throws -> Summary {
        let user = try source.userEntries()
        try SharedKnowledgeBase(store: target, resources: resources).registerBuiltInActors()
        if !user.actors.isEmpty || !user.aliases.isEmpty {
            try target.register(actors: user.actors, aliases: user.aliases, userDefined: true)
        }
        var summary = Summary()
        try source.forEachDocument { page in
            for outcome in try target.ingest(batch: page) {
                switch outcome {
                case .stored: summary.documentsCopied += 1
                case .alreadyKnown: summary.documentsAlreadyThere += 1
                }
            }
            progress?(summary.documentsCopied + summary.documentsAlreadyThere)
        }
        return summary
    }

    /// How the two stores compare.
    public struct Verification: Sendable, Hashable {
        public var sourceCounts: StoreCounts
        public var targetCounts: StoreCounts
        public var sourceFingerprint: String
        public var targetFingerprint: String

        /// Whether the documents, events and mentions and the timelines are the same.
        public var matches: Bool {
            sourceCounts.documents == targetCounts.documents && sourceCounts.events == targetCounts.events
                && sourceCounts.mentions == targetCounts.mentions && sourceFingerprint == targetFingerprint
        }
    }

    /// Counts and fingerprints both stores.
    public func verify() throws -> Verification {
        Verification(
            sourceCounts: try source.counts(), targetCounts: try target.counts(),
            sourceFingerprint: try TimelineFingerprint(of: source).description,
            targetFingerprint: try TimelineFingerprint(of: target).description)
    }
}
