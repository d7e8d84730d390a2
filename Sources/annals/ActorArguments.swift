import ArgumentParser
import AnnalsKit

/// The actors a timeline or export is about, named in any language or by code.
struct ActorArguments: ParsableArguments {
    @Argument(help: ArgumentHelp("One or two actors: a code (AZE, NATO) or any name in any language.", valueName: "actor"),
              completion: .custom { _, _, prefix in ActorCompletion.candidates(prefix: prefix) })
    var names: [String]

    func validate() throws {
        guard (1...2).contains(names.count) else {
            throw ValidationError("Name one actor (every event involving it) or two (events between them).")
        }
    }

    /// The actors' codes; an unknown name is an error that suggests the nearest known names.
    func codes(in gazetteer: Gazetteer) throws -> [String] {
        try Self.codes(of: names, in: gazetteer)
    }

    /// Opens the database for a command that only reads and finds the actors
    /// named: through the names the database stores when they are up to date,
    /// which spares loading the gazetteer (most of such a command's time on a
    /// small database), else through the gazetteer (see ``KnowledgeBase/actors(named:in:resources:)``).
    ///
    /// - Returns: the store, and each actor's code and English name, in the order named.
    func open(_ database: DatabaseOptions) throws -> (store: any EventStore, actors: [(code: String, name: String)]) {
        let store = try DatabaseOptions.openStore(try database.existingPath())
        if let actors = try KnowledgeBase.actors(named: names, in: store) {
            return (store, actors.map { ($0.code, $0.name) })
        }
        let base = try SharedKnowledgeBase(store: store)
        let codes = try codes(in: base.gazetteer)
        return (base.store, codes.map { ($0, base.gazetteer.actor(code: $0)?.name ?? $0) })
    }

    /// The codes of actors `names`, as ``codes(in:)`` finds them.
    static func codes(of names: [String], in gazetteer: Gazetteer) throws -> [String] {
        try names.map { name in
            if let actor = gazetteer.resolve(name) { return actor.code }
            let near = gazetteer.suggestions(for: name, limit: 5)
            let hint = near.isEmpty ? "" : " Did you mean: \(near.joined(separator: ", "))?"
            throw ValidationError("Unknown actor '\(name)'.\(hint)")
        }
    }
}

/// Filters a timeline or export shares.
struct TimelineFilters: ParsableArguments {
    @OptionGroup var range: EventFilters

    @Flag(help: "Also show events reported as possible, planned or denied.")
    var includeHypothetical = false

    @Option(help: ArgumentHelp(
        "Only the N key dates: the most salient happenings (by articles and sources reporting them, date precision, type, how far the day stands out), one entry per day's happening, in date order.",
        valueName: "n"))
    var top: Int?

    @Option(help: ArgumentHelp(
        "Only events of this PLOVER type (AGREE, ASSAULT, PROTEST, …), the successor of CAMEO's codes.",
        valueName: "type"))
    var plover: String?

    func validate() throws {
        if let plover {
            let known = try PloverCrosswalk().types
            guard known.contains(plover.uppercased()) else {
                throw ValidationError("--plover '\(plover)' is not a PLOVER type; use one of \(known.joined(separator: ", ")).")
            }
        }
        if let top, top < 1 {
            throw ValidationError("--top \(top) asks for no events; give a count of 1 or more.")
        }
    }

    func query(for codes: [String]) -> TimelineQuery {
        var query = range.narrowing(TimelineQuery(actorCodes: codes))
        query.includeHypothetical = includeHypothetical
        query.includeNegated = includeHypothetical
        return query
    }

    /// The events to show: the whole timeline as it is read, or its `--top` key dates;
    /// without `withMentions`, events may come without their mentions (only their number).
    func events(in store: any EventStore, codes: [String], withMentions: Bool = true) throws -> TimelineEventSource {
        var query = query(for: codes)
        // The key dates weigh events by their sources: they need every mention.
        query.includesMentions = withMentions || top != nil
        let crosswalk = try PloverCrosswalk()
        var source = TimelineEventSource(store: store, query: query).withPlover(crosswalk)
        if let plover {
            let codes = Set(crosswalk.cameoCodes(ofType: plover))
            let all = source
            source = TimelineEventSource { body in
                try all.forEach { event in if codes.contains(event.type.cameo) { try body(event) } }
            }
        }
        guard let top else { return source }
        var events: [TimelineEvent] = []
        try source.forEach { events.append($0) }
        let references = try DateReferences(reporting: codes, in: store, tagger: TemporalTagger())
        return TimelineEventSource(KeyDates(events, references: references).top(top).map(\.event))
    }
}
