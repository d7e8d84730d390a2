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
        var text = ""
        try events.forEach { event in
            text.removeAll(keepingCapacity: true)
            text += first ? "[\n  " : ",\n  "
            first = false
            writer.write(event, indent: 1, to: &text)
            output.write(text)
        }
        output.write(first ? "[]\n" : "\n]\n")
    }
}
