import Foundation
import Testing
@testable import AnnalsKit

@Suite struct JSONExporterTests {
    @Test func roundTripsTheEvents() throws {
        let text = try JSONExporter().string(for: ExportFixture.events)
        let decoded = try JSONDecoder().decode([TimelineEvent].self, from: Data(text.utf8))
        #expect(decoded == ExportFixture.events)
        #expect(text.hasPrefix("[\n  {\n    \"actors\" : ["))
        #expect(text.hasSuffix("\n  }\n]\n"))
    }

    @Test func writesTheAgreedKeysWithNulls() throws {
        let text = try JSONExporter().string(for: ExportFixture.events)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let event = try #require(array.last)
        #expect(Set(event.keys) == ["id", "date", "type", "actors", "location", "summary", "polarity", "modality", "mentions"])
        #expect(event["location"] is NSNull)
        let date = try #require(event["date"] as? [String: Any])
        #expect(Set(date.keys) == ["value", "start", "end", "granularity", "calendar"])
        #expect(date.values.allSatisfy { $0 is NSNull })
        let type = try #require(array[1]["type"] as? [String: Any])
        #expect(Set(type.keys) == ["cameo", "label", "root", "rootLabel", "quadClass", "goldstein", "plover"])
        #expect((type["goldstein"] as? NSNumber)?.doubleValue == -2.0)
        let actor = try #require((event["actors"] as? [[String: Any]])?.first)
        #expect(Set(actor.keys) == ["code", "name", "role", "cameo", "person"])
        #expect(actor["person"] is NSNull)
        let mention = try #require((array[1]["mentions"] as? [[String: Any]])?.first)
        #expect(Set(mention.keys) == ["document", "documentId", "sentence", "start", "end", "trigger", "published",
                                      "title", "outlet", "url"])
        #expect(mention["url"] is NSNull)
        #expect(mention["published"] as? String == "2009-05-06")
        let location = try #require(array[1]["location"] as? [String: Any])
        #expect(location["name"] as? String == "Baku")
    }

    @Test func keepsNonASCIIAndSlashesAndIsStable() throws {
        let text = try JSONExporter().string(for: ExportFixture.events)
        #expect(text.contains(ExportFixture.persian))
        #expect(text.contains("fa/001.txt"))
        #expect(!text.contains("\\/"))
        #expect(try JSONExporter().string(for: ExportFixture.events) == text)
    }

    @Test func writesAnEmptyArray() throws {
        #expect(try JSONExporter().string(for: []) == "[]\n")
    }

    @Test func writesOneEventPerLine() throws {
        let text = try JSONLinesExporter().string(for: ExportFixture.events)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == ExportFixture.events.count + 1)
        #expect(lines.last == "")
        let decoded = try lines.dropLast().map { try JSONDecoder().decode(TimelineEvent.self, from: Data($0.utf8)) }
        #expect(decoded == ExportFixture.events)
    }

    @Test func namesEveryFormat() {
        let names = ExportFormat.allCases.map { format in type(of: format.exporter(actorNames: [])).formatName }
        #expect(names == ExportFormat.allCases.map(\.rawValue))
        #expect(ExportFormat.allCases.map(\.fileExtension) == ["json", "jsonl", "csv", "md", "html", "json", "tsv", "ics"])
    }
}
