import Foundation

/// One compact ``TimelineEvent`` JSON object per line (JSON Lines), keys sorted.
public struct JSONLinesExporter: TimelineExporter {
    public static let formatName = "jsonl"
    public static let fileExtension = "jsonl"

    public init() {}

    public func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws {
        let writer = TimelineEventJSON(pretty: false)
        var bytes = JSONBytes()
        try events.forEach { event in
            writer.write(event, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            // Handed on in large pieces: one write for many events.
            if bytes.count >= JSONBytes.chunkSize {
                bytes.withBytes { output.write(utf8: $0) }
                bytes.removeAll()
            }
        }
        bytes.withBytes { output.write(utf8: $0) }
    }
}
