import Foundation
import Testing
@testable import AnnalsKit

/// The formats for other tools: iCalendar, TimelineJS and GDELT, on the shared fixture.
@Suite struct CalendarFormatsTests {
    // MARK: iCalendar

    static func ics() throws -> String {
        try ICSExporter(actorNames: ["NATO", "Azerbaijan"]).string(for: ExportFixture.events)
    }

    @Test func icsHasOneAllDayEntryPerDatedEventSpanningItsInterval() throws {
        let text = try Self.ics()
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.dropLast().last == "END:VCALENDAR" && lines.last == "")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 3)
        // A day: one day long. A Solar Hijri year: its exact days, DTEND the day after.
        #expect(text.contains("DTSTART;VALUE=DATE:20090505\r\nDTEND;VALUE=DATE:20090506\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:19940321\r\nDTEND;VALUE=DATE:19950321\r\n"))
        #expect(text.contains("DTSTART;VALUE=DATE:20090601\r\nDTEND;VALUE=DATE:20090701\r\n"))
        #expect(text.contains("UID:annals-event-1@annals\r\nDTSTAMP:20090506T000000Z\r\n"))
        #expect(!text.contains("annals-event-7@") && !text.contains("annals-event-8@"))
        #expect(text.contains("STATUS:TENTATIVE"))
    }

    @Test func icsLinesEndInCRLFAndFoldAt75OctetsWithoutSplittingACharacter() throws {
        let text = try Self.ics()
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
        }
        // Unfolding gives back whole UTF-8 text, Persian included.
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:Sign formal agreement: " + ICSExporter.escaped(ExportFixture.persian)))
    }

    @Test(arguments: [
        ("a;b,c\\d", "a\\;b\\,c\\\\d"), ("one\ntwo\r\nthree", "one\\ntwo\\nthree"), ("tab\there", "tab here"), ("ناتو", "ناتو"),
    ])
    func icsEscapesText(_ text: String, _ expected: String) {
        #expect(ICSExporter.escaped(text) == expected)
    }

    @Test(arguments: [10, 74, 75, 76, 200])
    func icsFoldsLongLines(length: Int) {
        var output = ""
        let line = "DESCRIPTION:" + String(repeating: "آ", count: length)
        ICSExporter.write(line, to: &output)
        let pieces = output.components(separatedBy: "\r\n").dropLast()
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(output.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
    }

    // MARK: TimelineJS

    @Test func timelineJSHasEveryFieldTimelineJSRequires() throws {
        let text = try TimelineJSExporter(actorNames: ["NATO"], calendar: .both).string(for: ExportFixture.events)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let title = try #require(object["title"] as? [String: Any])
        #expect((title["text"] as? [String: Any])?["headline"] as? String == "Timeline: NATO")
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == 3)
        var ids = Set<String>()
        for event in events {
            let start = try #require(event["start_date"] as? [String: Any])
            #expect(Int(start["year"] as? String ?? "") != nil)
            for key in ["month", "day"] { if let part = start[key] { #expect(Int(part as? String ?? "") != nil) } }
            let text = try #require(event["text"] as? [String: Any])
            #expect((text["headline"] as? String)?.isEmpty == false)
            #expect(text["text"] is String)
            #expect((event["group"] as? String)?.isEmpty == false)
            ids.insert(try #require(event["unique_id"] as? String))
        }
        #expect(ids == ["annals-event-3", "annals-event-1", "annals-event-2"])
        #expect(events[0]["start_date"] as? [String: String] == ["year": "1994", "month": "3", "day": "21"])
        #expect(events[0]["end_date"] as? [String: String] == ["year": "1995", "month": "3", "day": "20"])
        #expect(events[1]["start_date"] as? [String: String] == ["year": "2009", "month": "5", "day": "5"])
        #expect(events[1]["end_date"] == nil)
        #expect(events[2]["start_date"] as? [String: String] == ["year": "2009", "month": "6"])
        #expect(events[1]["display_date"] as? String == "2009-05-05 · ۱۵ اردیبهشت ۱۳۸۸")
        // Article text is escaped inside the HTML TimelineJS renders.
        let body = try #require((events[2]["text"] as? [String: Any])?["text"] as? String)
        #expect(!body.contains("<script>") && body.contains("&lt;script&gt;"))
    }

    // MARK: GDELT

    @Test func gdeltRowsHaveEveryColumnWithTheDayTheEventHappened() throws {
        let text = try GDELTExporter().string(for: ExportFixture.events)
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { $0.components(separatedBy: "\t") }
        #expect(GDELTExporter.columns.count == 61)
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.count == GDELTExporter.columns.count })
        func cell(_ row: [String], _ name: String) -> String? {
            GDELTExporter.columns.firstIndex(of: name).map { row[$0] }
        }
        let day = rows[1]
        #expect(cell(day, "GLOBALEVENTID") == "1")
        #expect(cell(day, "SQLDATE") == "20090505")
        #expect(cell(day, "MonthYear") == "200905")
        #expect(cell(day, "Year") == "2009")
        #expect(cell(day, "FractionDate") == "2009.4247")
        #expect(cell(day, "Actor1Code") == "AZE")
        #expect(cell(day, "Actor1Name") == "AZERBAIJAN")
        #expect(cell(day, "Actor1CountryCode") == "AZE")
        #expect(cell(day, "Actor2Code") == "IGOWSTNAT")
        #expect(cell(day, "Actor2CountryCode") == "")
        #expect(cell(day, "Actor2Type1Code") == "IGO")
        #expect(cell(day, "EventCode") == "112")
        #expect(cell(day, "EventBaseCode") == "112")
        #expect(cell(day, "EventRootCode") == "11")
        #expect(cell(day, "QuadClass") == "3")
        #expect(cell(day, "GoldsteinScale") == "-2.0")
        #expect(cell(day, "NumMentions") == "3")
        #expect(cell(day, "NumArticles") == "2")
        #expect(cell(day, "NumSources") == "2")
        #expect(cell(day, "ActionGeo_FullName") == "Baku")
        #expect(cell(day, "DATEADDED") == "20090506000000")
        #expect(cell(day, "SOURCEURL") == "news.jsonl:4")
        #expect(cell(rows[2], "EventBaseCode") == "087" && cell(rows[2], "EventCode") == "0874")
        #expect(!text.contains("\r"))
    }
}
