import Foundation
import Testing
@testable import AnnalsKit

/// PLOVER's type and mode beside CAMEO in JSON, CSV and GDELT; Solar Hijri dates in CSV and
/// Markdown; sources with their links and outlets in the HTML cards; outlets, not files, as sources.
@Suite struct PloverAndCalendarExportTests {
    static var events: TimelineEventSource { TimelineEventSource(ExportFixture.events).withPlover(try! PloverCrosswalk()) }

    static func render(_ exporter: some TimelineExporter, _ events: TimelineEventSource) throws -> String {
        var text = ""
        try exporter.export(events, to: &text)
        return text
    }

    @Test func csvHasPloverTypeAndMode() throws {
        let rows = parseCSV(try Self.render(CSVExporter(), Self.events))
        #expect(rows.first == CSVExporter.header)
        #expect(rows.allSatisfy { $0.count == CSVExporter.header.count })
        let accuse = Dictionary(uniqueKeysWithValues: zip(CSVExporter.header, rows[2]))
        #expect(accuse["cameo"] == "112")
        #expect(accuse["plover_type"] == "ACCUSE")
        #expect(accuse["plover_mode"] == "disapprove")
    }

    @Test func withoutTheCrosswalkThePloverCellsAreEmpty() throws {
        let rows = parseCSV(try CSVExporter().string(for: ExportFixture.events))
        let accuse = Dictionary(uniqueKeysWithValues: zip(CSVExporter.header, rows[2]))
        #expect(accuse["plover_type"] == "")
    }

    @Test func jsonHasPloverBesideCameo() throws {
        let json = try Self.render(JSONExporter(), Self.events)
        let events = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let type = try #require(events[1]["type"] as? [String: Any])
        let plover = try #require(type["plover"] as? [String: Any])
        #expect(plover["type"] as? String == "ACCUSE")
        #expect(plover["mode"] as? String == "disapprove")
        // A code PLOVER has no type for still has the key, null.
        let decoded = try JSONDecoder().decode([TimelineEvent].self, from: Data(json.utf8))
        #expect(decoded[1].type.plover == PloverCrosswalk.Entry(type: "ACCUSE", mode: "disapprove"))
    }

    @Test func gdeltAddsPloverColumnsOnlyWhenAsked() throws {
        let plain = try Self.render(GDELTExporter(), Self.events).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(plain.allSatisfy { $0.count == 61 })
        let with = try Self.render(GDELTExporter(ploverColumns: true), Self.events)
            .split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(with.allSatisfy { $0.count == 63 })
        let accuse = try #require(with.first { $0[GDELTExporter.columns.firstIndex(of: "EventCode")!] == "112" })
        #expect(Array(accuse.suffix(2)) == ["ACCUSE", "disapprove"])
    }

    @Test func csvInThePersianCalendarAddsASolarHijriColumn() throws {
        let rows = parseCSV(try CSVExporter(calendar: .persian).string(for: ExportFixture.events))
        let header = CSVExporter.header(calendar: .persian)
        #expect(rows.first == header)
        #expect(header.last == "date_solar_hijri")
        #expect(rows.allSatisfy { $0.count == header.count })
        let day = Dictionary(uniqueKeysWithValues: zip(header, rows[2]))
        #expect(day["date_value"] == "2009-05-05")
        #expect(day["date_solar_hijri"] == "۱۵ اردیبهشت ۱۳۸۸")
        let gregorianOnly = parseCSV(try CSVExporter(calendar: .gregorian).string(for: ExportFixture.events))
        #expect(gregorianOnly.first == CSVExporter.header)
    }

    @Test(arguments: [
        (DisplayCalendar.gregorian, "- **2009-05-05** · "),
        (DisplayCalendar.both, "- **2009-05-05** (\u{2068}۱۵ اردیبهشت ۱۳۸۸\u{2069}) · "),
        (DisplayCalendar.persian, "- **\u{2068}۱۵ اردیبهشت ۱۳۸۸\u{2069}** (2009-05-05) · "),
    ])
    func markdownShowsTheCalendarAskedFor(calendar: DisplayCalendar, opening: String) throws {
        let markdown = try MarkdownExporter(actorNames: ["Azerbaijan", "NATO"], calendar: calendar).string(for: ExportFixture.events)
        #expect(markdown.contains(opening), "\(markdown)")
    }

    @Test func htmlCardsLinkTheirSourcesAndNameTheOutlet() throws {
        var event = ExportFixture.events[1]
        event.mentions = [
            TimelineEvent.Mention(document: "a.txt", documentId: 7, sentence: "Talks were held.", start: 0, end: 16,
                                  trigger: "held", published: ExportFixture.day("2009-05-06"), title: "Talks in Baku",
                                  outlet: "Example Wire", url: "https://example.org/story?id=1&x=2"),
            TimelineEvent.Mention(document: "b.txt", documentId: 8, sentence: "Talks went on.", start: 0, end: 14,
                                  trigger: "went", published: nil, title: nil, outlet: nil, url: "javascript:alert(1)"),
        ]
        let html = try HTMLExporter(actorNames: ["Azerbaijan", "NATO"]).string(for: [event])
        #expect(html.contains("<cite><a href=\"https://example.org/story?id=1&amp;x=2\" rel=\"noopener noreferrer\">Talks in Baku</a></cite>, <span class=\"outlet\">Example Wire</span>"))
        #expect(html.contains("<cite>b.txt</cite>"))
        #expect(!html.contains("javascript:"))
    }

    @Test func sourcesCountOutletsNotFiles() {
        func mention(_ document: String, outlet: String?) -> TimelineEvent.Mention {
            TimelineEvent.Mention(document: document, documentId: 1, sentence: "s", start: 0, end: 1, trigger: "t",
                                  published: nil, outlet: outlet)
        }
        #expect(KeyDates.outletCount(of: [mention("a.txt", outlet: "Xinhua"), mention("b.txt", outlet: "xinhua")]) == 1)
        #expect(KeyDates.outletCount(of: [mention("a.txt", outlet: "Xinhua"), mention("b.txt", outlet: "Reuters")]) == 2)
        #expect(KeyDates.outletCount(of: [mention("feed.jsonl:1", outlet: nil), mention("feed.jsonl:9", outlet: nil)]) == 1)
        #expect(KeyDates.outletCount(of: [mention("a.txt", outlet: nil), mention("b.txt", outlet: nil)]) == 2)
    }
}
