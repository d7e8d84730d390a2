import Foundation

/// One compact ``TimelineEvent`` JSON object per line (JSON Lines), keys sorted.
public struct JSONLinesExporter: TimelineExporter {
    public static let formatName = "jsonl"
    public static let fileExtension = "jsonl"

    public init() {}

    public func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws {
        let writer = TimelineEventJSON(pretty: false)
        var bytes: [UInt8] = []
        try events.forEach { event in
            bytes.removeAll(keepingCapacity: true)
            writer.write(event, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            output.write(utf8: bytes)
        }
    }
}
