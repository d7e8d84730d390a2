/// The export formats, by the name users choose them with.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case json
    case jsonl
    case csv
    case markdown
    case html
    case timelinejs
    case gdelt
    case ics

    /// The exporter for this format; `actorNames` make the titles, `calendar`
    /// the dates people read (HTML and TimelineJS).
    public func exporter(actorNames: [String], calendar: DisplayCalendar = .gregorian) -> any TimelineExporter {
        switch self {
        case .json: JSONExporter()
        case .jsonl: JSONLinesExporter()
        case .csv: CSVExporter(calendar: calendar)
        case .markdown: MarkdownExporter(actorNames: actorNames, calendar: calendar)
        case .html: HTMLExporter(actorNames: actorNames, calendar: calendar)
        case .timelinejs: TimelineJSExporter(actorNames: actorNames, calendar: calendar)
        case .gdelt: GDELTExporter()
        case .ics: ICSExporter(actorNames: actorNames)
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .json: JSONExporter.fileExtension
        case .jsonl: JSONLinesExporter.fileExtension
        case .csv: CSVExporter.fileExtension
        case .markdown: MarkdownExporter.fileExtension
        case .html: HTMLExporter.fileExtension
        case .timelinejs: TimelineJSExporter.fileExtension
        case .gdelt: GDELTExporter.fileExtension
        case .ics: ICSExporter.fileExtension
        }
    }

    /// Whether the format has no place for events without a day on the timeline
    /// (undated or unanchored), which it then leaves out.
    public var leavesOutUndated: Bool {
        switch self {
        case .timelinejs, .gdelt, .ics: true
        case .json, .jsonl, .csv, .markdown, .html: false
        }
    }
}
