import Foundation
import Testing
@testable import AnnalsKit

/// The JSON and JSON Lines exports write events by hand (``TimelineEventJSON``):
/// the text is the very text `JSONEncoder` gives, byte for byte.
@Suite struct TimelineEventJSONTests {
    /// Every control character, quotes, backslashes, slashes, Persian, emoji and line separators.
    static let awkward = String((0..<0x20).map { Character(UnicodeScalar($0)) })
        + "\"q\" \\b\\ a/b </script> ناتو‌ها 🇦🇿 \u{2028}\u{2029}\u{7F}\u{FEFF}"

    static let events: [TimelineEvent] = ExportFixture.events + [
        TimelineEvent(
            id: 9_007_199_254_740_993,
            date: .init(value: awkward, start: nil, end: nil, granularity: Granularity.none, calendar: .lunarHijri),
            type: .init(cameo: "0", label: awkward, root: "0", rootLabel: "", quadClass: 4, goldstein: -10,
                        plover: .init(type: awkward, mode: nil)),
            actors: [], location: .init(code: nil, name: nil), summary: awkward,
            polarity: .negative, modality: .hypothetical, mentions: []),
        // Days outside four digits of year, and the extreme ids.
        TimelineEvent(
            id: Int64.min,
            date: .init(value: "+10000", start: DayDate(year: 0, month: 1, day: 1),
                        end: DayDate(year: 10_000, month: 12, day: 31), granularity: .day, calendar: .gregorian),
            type: .init(cameo: "01", label: nil, root: "01", rootLabel: nil, quadClass: nil, goldstein: nil),
            actors: [], location: nil, summary: "s", polarity: .positive, modality: .asserted,
            mentions: [ExportFixture.mention("x", document: "d", id: Int64.max, published: "9999-12-31")]),
    ] + [-10, -9.5, -0.1, 0, 0.5, 1.9, 3.4, 7.4, 10, 1e-7, 123_456.789].map { goldstein in
        TimelineEvent(
            id: 10, date: .init(value: nil, start: nil, end: nil, granularity: nil, calendar: nil),
            type: .init(cameo: "01", label: nil, root: "01", rootLabel: nil, quadClass: nil, goldstein: goldstein,
                        plover: .init(type: "ASSAULT", mode: "heavy-weapons")),
            actors: ExportFixture.actors, location: .init(code: "AZE", name: awkward), summary: "",
            polarity: .positive, modality: .asserted,
            mentions: [ExportFixture.mention(awkward, document: awkward, id: -1, published: "0001-01-01")])
    }

    /// What the exporters wrote with `JSONEncoder`, each element indented by a line-by-line pass.
    static func encoderJSON(_ events: [TimelineEvent]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var output = ""
        for (index, event) in events.enumerated() {
            let text = String(decoding: try encoder.encode(event), as: UTF8.self)
            output += index == 0 ? "[\n" : ",\n"
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
            if let line = lines.next() { output += "  " + line }
            while let line = lines.next() { output += line.isEmpty ? "\n" : "\n  " + line }
        }
        return output + (events.isEmpty ? "[]\n" : "\n]\n")
    }

    static func encoderJSONLines(_ events: [TimelineEvent]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try events.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }

    @Test(arguments: events.indices)
    func jsonIsWhatTheEncoderWrites(_ index: Int) throws {
        let event = [Self.events[index]]
        #expect(try JSONExporter().string(for: event) == Self.encoderJSON(event))
        #expect(try JSONLinesExporter().string(for: event) == Self.encoderJSONLines(event))
    }

    @Test func wholeExportsAreWhatTheEncoderWrites() throws {
        #expect(try JSONExporter().string(for: Self.events) == Self.encoderJSON(Self.events))
        #expect(try JSONExporter().string(for: []) == Self.encoderJSON([]))
        #expect(try JSONLinesExporter().string(for: Self.events) == Self.encoderJSONLines(Self.events))
    }
}
