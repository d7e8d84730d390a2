extension TimelineEventSource {
    /// These events with the PLOVER type and mode of their CAMEO code
    /// (``TimelineEvent/TypeInfo/plover``), as the JSON, CSV and GDELT exports write them.
    ///
    /// ```swift
    /// let events = TimelineEventSource(store: store, query: query).withPlover(try PloverCrosswalk())
    /// ```
    public func withPlover(_ crosswalk: PloverCrosswalk) -> TimelineEventSource {
        TimelineEventSource { body in
            try self.forEach { event in
                var event = event
                event.type.plover = crosswalk.entry(for: event.type.cameo)
                try body(event)
            }
        }
    }
}
