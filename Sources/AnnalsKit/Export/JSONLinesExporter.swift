import Foundation

/// One compact ``TimelineEvent`` JSON object per line (JSON Lines), keys sorted.
public struct JSONLinesExporter: TimelineExporter {
    public static let formatName = "jsonl"
    public static let fileExtension = "jsonl"

    public init() {}

    public func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try events.forEach { event in
            output.write(String(decoding: try encoder.encode(event), as: UTF8.self))
            output.write("\n")
        }
    }
}
