/// Writes a timeline in one file format.
///
/// An exporter writes events as they come, never holding the whole output:
/// ```swift
/// let events = TimelineEventSource(store: store, query: query)
/// var output = BufferedFileOutput.standardOutput
/// try CSVExporter().export(events, to: &output)
/// try output.flush()
/// // or, replacing a file atomically:
/// try MarkdownExporter(actorNames: ["NATO", "Azerbaijan"]).export(events, toFile: "timeline.md")
/// ```
/// ``ExportFormat`` lists the exporters by name.
public protocol TimelineExporter: Sendable {
    /// The name users choose the format by, e.g. `csv`.
    static var formatName: String { get }
    /// The usual file extension, without the dot.
    static var fileExtension: String { get }
    /// Writes every event of `events`, in their order, with the format's header and footer.
    func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws
}

extension TimelineExporter {
    /// Writes the export to `path` atomically: into a temporary file beside it, then renamed over it.
    public func export(_ events: TimelineEventSource, toFile path: String) throws {
        try AtomicFileWriter.write(toPath: path) { output in
            try export(events, to: &output)
        }
    }

    /// The export as a string; for small timelines and tests.
    public func string(for events: some Sequence<TimelineEvent>) throws -> String {
        var output = ""
        try export(TimelineEventSource(events), to: &output)
        return output
    }
}

/// Events handed to an exporter one at a time: from a store query (read with
/// a cursor) or from a sequence already in memory.
public struct TimelineEventSource {
    private let iterate: ((TimelineEvent) throws -> Void) throws -> Void

    /// The events that `query` selects in `store`, read as they are written out.
    public init(store: any EventStore, query: TimelineQuery) {
        iterate = { body in try store.forEachTimelineEvent(query, body) }
    }

    public init(_ events: some Sequence<TimelineEvent>) {
        iterate = { body in
            for event in events { try body(event) }
        }
    }

    /// Any producer that calls its argument once per event, in order.
    public init(_ iterate: @escaping ((TimelineEvent) throws -> Void) throws -> Void) {
        self.iterate = iterate
    }

    /// Calls `body` with each event, in order.
    public func forEach(_ body: (TimelineEvent) throws -> Void) throws {
        try iterate(body)
    }
}
