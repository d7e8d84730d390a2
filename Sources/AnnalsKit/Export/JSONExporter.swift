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
        var bytes: [UInt8] = []
        try events.forEach { event in
            bytes.removeAll(keepingCapacity: true)
            bytes.append(contentsOf: first ? Self.opening : Self.separator)
            first = false
            writer.write(event, indent: 1, to: &bytes)
            output.write(utf8: bytes)
        }
        output.write(first ? "[]\n" : "\n]\n")
    }

    private static let opening = Array("[\n  ".utf8)
    private static let separator = Array(",\n  ".utf8)
}
