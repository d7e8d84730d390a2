import Foundation

/// A JSON array of ``TimelineEvent`` objects: pretty-printed, keys sorted,
/// slashes and non-ASCII text left unescaped, one element encoded at a time.
public struct JSONExporter: TimelineExporter {
    public static let formatName = "json"
    public static let fileExtension = "json"

    public init() {}

    public func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var first = true
        try events.forEach { event in
            let text = String(decoding: try encoder.encode(event), as: UTF8.self)
            output.write(first ? "[\n" : ",\n")
            first = false
            // Strings never hold a raw newline in JSON, so indenting each line is safe.
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
            if let line = lines.next() { output.write("  " + line) }
            while let line = lines.next() { output.write(line.isEmpty ? "\n" : "\n  " + line) }
        }
        output.write(first ? "[]\n" : "\n]\n")
    }
}
