import Foundation
import Testing

/// `--top` and the formats for other tools, end to end through the CLI on the bundled examples.
@Suite struct ExportFormatsCommandTests {
    /// A scratch folder with the examples ingested into `examples.sqlite`.
    static func examples() throws -> CommandRunner {
        let runner = try CommandRunner()
        let ingest = try runner.run(["ingest", "Examples", "--quiet", "--db", runner.path("examples.sqlite")], in: CommandRunner.packageRoot)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        return runner
    }

    static func events(_ runner: CommandRunner, _ arguments: [String]) throws -> [[String: Any]] {
        let result = try runner.run(arguments + ["--format", "json", "--db", "examples.sqlite"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
    }

    static func start(_ event: [String: Any]) -> String? {
        (event["date"] as? [String: Any])?["start"] as? String
    }

    @Test func topGivesTheKeyDatesInDateOrder() throws {
        let runner = try Self.examples()
        defer { runner.cleanUp() }
        let all = try Self.events(runner, ["timeline", "NATO"])
        let top = try Self.events(runner, ["timeline", "NATO", "--top", "3"])
        #expect(all.count > 3)
        #expect(top.count == 3)
        let days = top.compactMap(Self.start)
        #expect(days.count == 3 && days == days.sorted())
        // Each key date is one of the timeline's events (or a day's happening they collapse into).
        let ids = Set(all.compactMap { $0["id"] as? Int })
        #expect(top.allSatisfy { ids.contains($0["id"] as? Int ?? -1) })
        let more = try Self.events(runner, ["timeline", "NATO", "--top", "1000"])
        #expect(more.count <= all.filter { Self.start($0) != nil }.count)
        let table = try runner.run(["timeline", "NATO", "--top", "2", "--db", "examples.sqlite"])
        #expect(table.status == 0 && table.stdout.split(separator: "\n").count == 3)
    }

    @Test(arguments: ["0", "-2", "many"])
    func topRefusesACountBelowOne(_ count: String) throws {
        let runner = try Self.examples()
        defer { runner.cleanUp() }
        let result = try runner.run(["timeline", "NATO", "--top", count, "--db", "examples.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--top"))
    }

    @Test func everyExportTakesTop() throws {
        let runner = try Self.examples()
        defer { runner.cleanUp() }
        let csv = try runner.run(["export", "csv", "NATO", "--top", "2", "--db", "examples.sqlite"])
        #expect(csv.status == 0 && csv.stdout.split(separator: "\r\n").count == 3)
        let html = try runner.run(["export", "html", "NATO", "--top", "2", "--db", "examples.sqlite"])
        #expect(html.stdout.components(separatedBy: "<li class=\"card ").count - 1 == 2)
    }

    @Test func formatsWithoutUndatedEventsCountThemOnStandardError() throws {
        let runner = try Self.examples()
        defer { runner.cleanUp() }
        let all = try Self.events(runner, ["timeline", "NATO", "--include-undated"])
        let dated = all.filter { Self.start($0) != nil }.count
        let undated = all.count - dated
        #expect(dated > 0)
        let ics = try runner.run(["export", "ics", "NATO", "--db", "examples.sqlite"])
        #expect(ics.status == 0)
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n") && ics.stdout.hasSuffix("END:VCALENDAR\r\n"))
        #expect(ics.stdout.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1 == dated)
        let timelinejs = try runner.run(["export", "timelinejs", "NATO", "--db", "examples.sqlite", "-o", "nato.json"])
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: runner.path("nato.json")))) as? [String: Any]
        #expect((object?["events"] as? [Any])?.count == dated)
        let gdelt = try runner.run(["export", "gdelt", "NATO", "--db", "examples.sqlite"])
        let rows = gdelt.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count == dated && rows.allSatisfy { $0.count == 61 })
        for result in [ics, timelinejs, gdelt] {
            if undated > 0 {
                #expect(result.stderr.contains("\(undated) undated event"))
            } else {
                #expect(result.stderr.isEmpty)
            }
        }
    }

    @Test func ploverFiltersByThePloverType() throws {
        let runner = try Self.examples()
        defer { runner.cleanUp() }
        let all = try Self.events(runner, ["timeline", "NATO"])
        let support = try Self.events(runner, ["timeline", "NATO", "--plover", "support"])
        let cameo = { (event: [String: Any]) in (event["type"] as? [String: Any])?["cameo"] as? String ?? "" }
        #expect(!support.isEmpty && support.count < all.count)
        #expect(support.allSatisfy { cameo($0).hasPrefix("05") })
        #expect(support.count == all.filter { cameo($0).hasPrefix("05") }.count)
        let consult = try Self.events(runner, ["timeline", "NATO", "--plover", "CONSULT", "--top", "1"])
        #expect(consult.count == 1 && cameo(consult[0]).hasPrefix("04"))
        let bad = try runner.run(["timeline", "NATO", "--plover", "WAR", "--db", "examples.sqlite"])
        #expect(bad.status != 0 && bad.stderr.contains("--plover 'WAR' is not a PLOVER type") && bad.stderr.contains("ASSAULT"))
    }

    @Test(arguments: [("persian", false, true), ("both", true, true), ("gregorian", true, false)])
    func htmlShowsTheChosenCalendar(_ calendar: String, _ gregorian: Bool, _ solar: Bool) throws {
        let runner = try Self.examples()
        defer { runner.cleanUp() }
        let html = try runner.run(["export", "html", "NATO", "AZE", "--calendar", calendar, "--db", "examples.sqlite"])
        #expect(html.status == 0)
        #expect(html.stdout.contains("<time class=\"gregorian\" datetime=") == gregorian)
        #expect(html.stdout.contains("<span class=\"solar\" lang=\"fa\" dir=\"rtl\">") == solar)
        let bad = try runner.run(["export", "html", "NATO", "--calendar", "julian", "--db", "examples.sqlite"])
        #expect(bad.status != 0 && bad.stderr.contains("calendar"))
    }
}
