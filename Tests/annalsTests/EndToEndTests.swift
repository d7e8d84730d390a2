import Foundation
import Testing

/// The CLI as a user meets it: real processes, real database files.
@Suite(.serialized) struct EndToEndTests {
    static let english = """
    ---
    title: Talks in Baku
    published: 2009-05-06
    language: en
    ---
    NATO and Azerbaijan held talks in Baku on Tuesday.

    Azerbaijan joined NATO's Partnership for Peace programme in 1994.
    """

    static let persian = """
    ---
    title: پیوستن به برنامه مشارکت
    published: 2010-01-20
    ---
    جمهوری آذربایجان در سال ۱۹۹۴ میلادی به برنامه مشارکت برای صلح ناتو پیوست.
    """

    @Test(arguments: ["ingest", "timeline", "export", "search", "demo", "tag"])
    func everyCommandHelpHasExamples(command: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("annals \(command)"))
    }

    @Test func ingestThenTimelineInBothLanguages() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write(Self.english, to: "talks.md")
        try runner.write(Self.persian, to: "join.fa.md")
        let ingest = try runner.run(["ingest", file, runner.path("join.fa.md"), "--db", "x.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stdout.isEmpty)
        #expect(ingest.stderr.contains("2 articles read: 2 new"))

        let english = try runner.run(["timeline", "NATO", "Azerbaijan", "--format", "json", "--db", "x.sqlite"])
        let persian = try runner.run(["timeline", "ناتو", "جمهوری آذربایجان", "--format", "json", "--db", "x.sqlite"])
        let codes = try runner.run(["timeline", "nato", "aze", "--format", "json", "--db", "x.sqlite"])
        #expect(english.status == 0)
        #expect(english.stdout == persian.stdout)
        #expect(english.stdout == codes.stdout)

        let events = try #require(try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [[String: Any]])
        let dates = events.compactMap { ($0["date"] as? [String: Any])?["value"] as? String }
        #expect(dates == ["1994", "2009-05-05"])
        // The 1994 joining, reported in English and in Persian, is one event with two mentions.
        let joining = try #require(events.first)
        #expect((joining["mentions"] as? [Any])?.count == 2)
        #expect(((events[1]["location"] as? [String: Any])?["name"] as? String) == "Baku")
    }

    @Test func ingestingTheSameArticleAgainAddsNothing() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write(Self.english, to: "talks.md")
        _ = try runner.run(["ingest", file, "--db", "x.sqlite"])
        let before = try runner.run(["timeline", "NATO", "AZE", "--format", "json", "--db", "x.sqlite"])
        let again = try runner.run(["ingest", file, "--db", "x.sqlite"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("1 article read: 0 new, 1 already known"))
        let after = try runner.run(["timeline", "NATO", "AZE", "--format", "json", "--db", "x.sqlite"])
        #expect(before.stdout == after.stdout)
    }

    @Test func withoutPublicationDateTheWeekdayStaysUndated() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let text = "NATO and Azerbaijan held talks in Baku on Tuesday.\n"
        let ingest = try runner.run(["ingest", "-", "--db", "x.sqlite"], input: text)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let timeline = try runner.run(["timeline", "NATO", "AZE", "--format", "json", "--db", "x.sqlite"])
        let events = try #require(try JSONSerialization.jsonObject(with: Data(timeline.stdout.utf8)) as? [[String: Any]])
        #expect(events.count == 1)
        let date = try #require(events.first?["date"] as? [String: Any])
        #expect(date["value"] as? String == "XXXX-WXX-2")
        #expect(date["start"] is NSNull)
    }

    /// An event the article gives no date for at all is not on the timeline (it answers "when"),
    /// but is counted there, listed with --include-undated and kept in the exports.
    @Test func eventsWithNoDateAtAllAreCountedNotListed() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let text = "NATO and Azerbaijan signed an agreement.\nNATO and Azerbaijan held talks in Baku on Tuesday.\n"
        let ingest = try runner.run(["ingest", "-", "--db", "x.sqlite"], input: text)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        func values(_ extra: [String]) throws -> [String] {
            let timeline = try runner.run(["timeline", "NATO", "AZE", "--format", "json", "--db", "x.sqlite"] + extra)
            let events = try #require(try JSONSerialization.jsonObject(with: Data(timeline.stdout.utf8)) as? [[String: Any]])
            return events.map { (($0["date"] as? [String: Any])?["value"] as? String) ?? "none" }
        }
        #expect(try values([]) == ["XXXX-WXX-2"])
        #expect(try values(["--include-undated"]).sorted() == ["XXXX-WXX-2", "none"])
        let table = try runner.run(["timeline", "NATO", "AZE", "--db", "x.sqlite"])
        #expect(table.stdout.contains("1 event with no date not shown; --include-undated lists it."))
        let csv = try runner.run(["export", "csv", "NATO", "AZE", "--db", "x.sqlite"])
        #expect(csv.stdout.contains("Sign formal agreement"))
    }

    @Test func badInputIsNamedSkippedAndTheRestStored() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(Self.english, to: "in/good.md")
        try runner.write("---\npublished: someday\n---\nNATO met Azerbaijan.\n", to: "in/bad-date.md")
        try runner.write("{\"text\": \"NATO and Azerbaijan held talks on Monday.\", \"published\": \"2011-02-02\"}\n{oops\n", to: "in/feed.jsonl")
        let result = try runner.run(["ingest", "in", "--db", "x.sqlite"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("in/bad-date.md:2: 'published' is 'someday'"))
        #expect(result.stderr.contains("in/feed.jsonl:2: not a JSON article"))
        #expect(result.stderr.contains("4 articles read: 2 new, 0 already known, 2 skipped"))
        let timeline = try runner.run(["timeline", "NATO", "AZE", "--db", "x.sqlite"])
        #expect(timeline.stdout.contains("2009-05-05"))
        #expect(timeline.stdout.contains("2011-01-31"))
    }

    @Test func unknownActorSuggestsNearNames() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try FirstHourTests.ingested(runner)
        let result = try runner.run(["timeline", "Azerbajan", "--db", "x.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("Unknown actor 'Azerbajan'"))
        #expect(result.stderr.contains("Azerbaijan"))
        #expect(result.stdout.isEmpty)
    }

    @Test func invalidOptionsAreRejectedBeforeAnythingRuns() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["ingest", "missing.txt", "--published", "06/05/2009", "--db", "x.sqlite"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("YYYY-MM-DD"))
        #expect(!FileManager.default.fileExists(atPath: runner.path("x.sqlite")))
    }

    @Test func databaseComesFromTheEnvironmentOrDefaultsToTheWorkingFolder() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write(Self.english, to: "talks.md")
        _ = try runner.run(["ingest", file, "--quiet"], environment: ["ANNALS_DB": runner.path("env.sqlite")])
        #expect(FileManager.default.fileExists(atPath: runner.path("env.sqlite")))
        _ = try runner.run(["ingest", file, "--quiet"])
        #expect(FileManager.default.fileExists(atPath: runner.path("annals.sqlite")))
    }

    @Test func exportsCSVThatParsesAndMarkdownGroupedByYear() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write(Self.english, to: "talks.md")
        _ = try runner.run(["ingest", file, "--db", "x.sqlite"])
        let csv = try runner.run(["export", "csv", "NATO", "Azerbaijan", "-o", "out.csv", "--db", "x.sqlite"])
        #expect(csv.status == 0)
        let rows = try String(contentsOfFile: runner.path("out.csv"), encoding: .utf8)
            .split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix("id,date_value,date_start,date_end,granularity"))
        let markdown = try runner.run(["export", "markdown", "NATO", "Azerbaijan", "--db", "x.sqlite"])
        #expect(markdown.stdout.hasPrefix("# Timeline: NATO – Azerbaijan"))
        #expect(markdown.stdout.contains("## 1994"))
        #expect(markdown.stdout.contains("## 2009"))
        #expect(markdown.stdout.contains("[^1]:"))
    }

    @Test func demoIngestsTheExamplesAndPrintsTheTimeline() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let examples = CommandRunner.packageRoot.appendingPathComponent("Examples").path
        let result = try runner.run(["demo", "--examples", examples, "--db", "demo.sqlite"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("NATO – Azerbaijan"))
        #expect(result.stdout.contains("1992"))
        #expect(result.stdout.contains("054 Grant diplomatic recognition"))
        let again = try runner.run(["demo", "--examples", examples, "--db", "demo.sqlite"])
        #expect(again.stderr.contains("0 new"))
    }

    /// The formats `Exports/regenerate` writes: name, file extension, options.
    static let exportFormats: [(String, String, [String])] = [
        ("csv", "csv", []), ("markdown", "md", []), ("json", "json", []), ("html", "html", ["--calendar", "both"]),
        ("timelinejs", "timelinejs.json", []), ("gdelt", "gdelt.tsv", []), ("ics", "ics", []),
    ]

    /// `Exports/` holds what `Exports/regenerate` writes; this fails when the code drifts from it.
    @Test(arguments: ["nato-azerbaijan NATO AZE", "nato-georgia NATO GEO"])
    func committedExportsMatchTheCode(pair: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let parts = pair.split(separator: " ").map(String.init)
        let root = CommandRunner.packageRoot
        let ingest = try runner.run(["ingest", "Examples", "--quiet", "--db", runner.path("examples.sqlite")], in: root)
        #expect(ingest.status == 0)
        for (format, ext, options) in Self.exportFormats {
            let produced = try runner.run(["export", format, parts[1], parts[2]] + options + ["--db", runner.path("examples.sqlite")])
            let committed = try String(contentsOf: root.appendingPathComponent("Exports/\(parts[0]).\(ext)"), encoding: .utf8)
            #expect(produced.stdout == committed, "Exports/\(parts[0]).\(ext) is out of date: run Exports/regenerate")
        }
    }

    @Test func theBinaryWorksCopiedAloneToAnotherFolder() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let copy = runner.folder.appendingPathComponent("annals")
        try FileManager.default.copyItem(at: CommandRunner.binary, to: copy)
        let alone = try CommandRunner.launch(
            copy, ["ingest", "-", "--published", "2009-05-06", "--db", runner.path("alone.sqlite"), "--quiet"],
            input: "ناتو و جمهوری آذربایجان روز سه شنبه در باکو دیدار کردند.", in: runner.folder)
        #expect(alone.status == 0, "\(alone.stderr)")
        let timeline = try runner.run(["timeline", "NATO", "AZE", "--db", "alone.sqlite"])
        #expect(timeline.stdout.contains("2009-05-05"))
    }

    @Test func searchMatchesWordsLiterally() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write(Self.english, to: "talks.md")
        _ = try runner.run(["ingest", file, "--db", "x.sqlite", "--quiet"])
        let found = try runner.run(["search", "Partnership for Peace", "--db", "x.sqlite"])
        #expect(found.stdout.contains("1994"))
        for hostile in ["NATO\" OR 1=1; --", "'; DROP TABLE events; --", "NEAR(talks baku)", "*"] {
            let result = try runner.run(["search", hostile, "--db", "x.sqlite"])
            #expect(result.status == 0)
            #expect(result.stdout == "No events.\n")
        }
        let still = try runner.run(["timeline", "NATO", "AZE", "--db", "x.sqlite"])
        #expect(still.stdout.contains("1994"))
    }
}
