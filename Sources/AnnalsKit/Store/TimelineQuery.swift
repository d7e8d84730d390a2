/// Which events a timeline shows.
///
/// ```swift
/// var query = TimelineQuery(actorCodes: ["NATO", "AZE"])
/// query.from = DayDate(year: 1992, month: 1, day: 1)
/// query.cameoPrefix = "05"      // diplomatic cooperation and below
/// let events = try store.timeline(query)
/// ```
public struct TimelineQuery: Sendable, Hashable {
    /// Events involving all of these actors (in any role). Usually one or two
    /// codes; an empty list selects every event.
    public var actorCodes: [String]
    /// Only events whose interval reaches this day or later. Undated events are left out when set.
    public var from: DayDate?
    /// Only events whose interval starts on this day or earlier. Undated events are left out when set.
    public var to: DayDate?
    /// Only events whose CAMEO code starts with these digits (`05`, `057`).
    public var cameoPrefix: String?
    /// Also show events the text reports as planned, possible or wished.
    public var includeHypothetical: Bool
    /// Also show events the text says did not happen.
    public var includeNegated: Bool
    /// Read every sentence that reports each event (``TimelineEvent/mentions``). Without
    /// them (a table that prints only how many there are), each event is one row read and
    /// ``TimelineEvent/mentionCount`` is counted on an index: a pair's whole history is
    /// several times faster.
    public var includesMentions = true

    public init(actorCodes: [String], from: DayDate? = nil, to: DayDate? = nil, cameoPrefix: String? = nil,
                includeHypothetical: Bool = false, includeNegated: Bool = false) {
        self.actorCodes = actorCodes
        self.from = from
        self.to = to
        self.cameoPrefix = cameoPrefix
        self.includeHypothetical = includeHypothetical
        self.includeNegated = includeNegated
    }
}
