/// The export formats, by the name users choose them with.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable, Codable {
    case json
    case jsonl
    case csv
    case markdown

    /// The exporter for this format; `actorNames` make the Markdown title.
    public func exporter(actorNames: [String]) -> any TimelineExporter {
        switch self {
        case .json: JSONExporter()
        case .jsonl: JSONLinesExporter()
        case .csv: CSVExporter()
        case .markdown: MarkdownExporter(actorNames: actorNames)
        }
    }

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .json: JSONExporter.fileExtension
        case .jsonl: JSONLinesExporter.fileExtension
        case .csv: CSVExporter.fileExtension
        case .markdown: MarkdownExporter.fileExtension
        }
    }
}
