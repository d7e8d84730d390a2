extension DateReferences {
    /// Counts the days named by every stored article that reports an event of all of `actorCodes`
    /// (asserted or not, at any date, of any type): the coverage of those actors.
    ///
    /// The articles are not narrowed to a date range on purpose: an article written after a range
    /// still remembers the days inside it ("the strikes of 19 March"), and those late references are
    /// the best evidence of which days mattered, while its own events may all fall after the range.
    /// ```swift
    /// let references = try DateReferences(reporting: ["LBY"], in: store, tagger: TemporalTagger())
    /// let chronology = KeyDates(try store.timeline(query), references: references).top(30)
    /// ```
    public init(reporting actorCodes: [String], in store: any EventStore, tagger: TemporalTagger) throws {
        var ids = Set<Int64>()
        let query = TimelineQuery(actorCodes: actorCodes, includeHypothetical: true, includeNegated: true)
        try store.forEachTimelineEvent(query) { event in
            for mention in event.mentions { ids.insert(mention.documentId) }
        }
        self.init(try store.documents(ids: ids), tagger: tagger)
    }
}
