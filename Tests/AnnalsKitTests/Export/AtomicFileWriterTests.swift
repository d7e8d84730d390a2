import Foundation
import Testing
@testable import AnnalsKit

@Suite struct AtomicFileWriterTests {
    struct Interrupted: Error {}

    @Test func replacesTheFileAndLeavesNoTemporaryFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("timeline.json")
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        try JSONExporter().export(TimelineEventSource(ExportFixture.events), toFile: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == (try JSONExporter().string(for: ExportFixture.events)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["timeline.json"])
    }

    @Test func keepsTheOldFileWhenTheExportFails() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("timeline.csv")
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        let failing = TimelineEventSource { body in
            try body(ExportFixture.events[0])
            throw Interrupted()
        }
        #expect(throws: Interrupted.self) {
            try CSVExporter().export(failing, toFile: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["timeline.csv"])
    }

    /// A file that cannot be written is named with the real cause, never Foundation's text.
    @Test(arguments: [
        ("missing/timeline.csv", "the folder", "does not exist"),
        ("plain.txt/timeline.csv", "plain.txt", "is not a folder"),
        ("folder", "folder", "it is a folder"),
    ])
    func unwritablePathsAreNamedWithTheirCause(name: String, mentions: String, cause: String) throws {
        let directory = try TemporaryDirectory()
        try "x".write(toFile: directory.path("plain.txt"), atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: directory.path("folder"), withIntermediateDirectories: false)
        let path = directory.path(name)
        do {
            try CSVExporter().export(TimelineEventSource(ExportFixture.events), toFile: path)
            Issue.record("writing \(name) should have failed")
        } catch let error as ExportError {
            #expect(error.path == path)
            #expect(error.description.hasPrefix("cannot write \(path): "))
            #expect(error.reason.contains(mentions), "\(error)")
            #expect(error.reason.contains(cause), "\(error)")
            #expect(!error.description.contains("Domain="))
        }
    }

    @Test func writesLargeExportsThroughTheBuffer() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("many.jsonl")
        let many = (0..<2_000).map { index in
            var event = ExportFixture.events[1]
            event.id = Int64(index)
            return event
        }
        try JSONLinesExporter().export(TimelineEventSource(many), toFile: path)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2_000)
        #expect(lines.last?.contains("\"id\":1999") == true)
    }

    @Test func exportsStraightFromTheStore() throws {
        let store = try StoreFixture.store()
        _ = try store.ingest(StoreFixture.document("one"), events: [StoreFixture.event(), StoreFixture.event(time: nil)])
        let source = TimelineEventSource(store: store, query: TimelineQuery(actorCodes: ["NATO", "AZE"]))
        var text = ""
        try MarkdownExporter(actorNames: ["NATO", "Azerbaijan"]).export(source, to: &text)
        #expect(text.contains("## 2009\n\n- **2009-05-05** · Sign formal agreement: Azerbaijan signed an agreement with NATO."))
        #expect(text.contains("## Undated"))
        var json = ""
        try JSONExporter().export(source, to: &json)
        let decoded = try JSONDecoder().decode([TimelineEvent].self, from: Data(json.utf8))
        #expect(decoded == (try store.timeline(TimelineQuery(actorCodes: ["NATO", "AZE"]))))
        // The same database gives the same bytes.
        var again = ""
        try JSONExporter().export(source, to: &again)
        #expect(again == json)
    }
}
