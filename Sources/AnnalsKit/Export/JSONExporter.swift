import Foundation

/// A JSON array of ``TimelineEvent`` objects: pretty-printed, keys sorted,
/// slashes and non-ASCII text left unescaped, one element written at a time
/// (written directly, byte for byte as `JSONEncoder` would write it).
public struct JSONExporter: TimelineExporter {
    public static let formatName = "json"
    public static let fileExtension = "json"

    public init() {}

    public func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws {
        let writer = TimelineEventJSON(pretty: true)
        var first = true
        var bytes = JSONBytes()
        try events.forEach { event in
            bytes.append(first ? "[\n  " : ",\n  ")
            first = false
            writer.write(event, indent: 1, to: &bytes)
            // Handed on in large pieces: one write for many events.
            if bytes.count >= JSONBytes.chunkSize {
                bytes.withBytes { output.write(utf8: $0) }
                bytes.removeAll()
            }
        }
        bytes.append(first ? "[]\n" : "\n]\n")
        bytes.withBytes { output.write(utf8: $0) }
    }
}