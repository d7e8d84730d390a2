import Foundation
import Testing

/// Exports people hand on: sources named with title, outlet and URL; a stable
/// id per event; CSV fit for spreadsheets; the actor list for programs.
@Suite struct HandedOnExportsTests {
    static let article = """
    ---
    title: Talks in Baku
    published: 2009-05-06
    source: Example news agency
    url: https://example.org/talks
    language: en
    ---
    NATO and Azerbaijan held talks in Baku on Tuesday.
    """

    static func ingested(_ runner: CommandRunner) throws {
        let file = try runner.write(Self.article, to: "talks.md")
        let ingest = try runner.run(["ingest", file, "--quiet", "--db", "x.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test func csvHasTheEventIDAndEachSourcesTitleOutletAndURL() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.ingested(runner)
        let csv = try runner.run(["export", "csv", "NATO", "--db", "x.sqlite"]).stdout
        let json = try runner.run(["export", "json", "NATO", "--db", "x.sqlite"]).stdout
        let rows = CSVCells.rows(of: csv)
        let header = try #require(rows.first)
        #expect(header.first == "id")
        let row = try #require(rows.dropFirst().first)
        func cell(_ name: String) -> String? { header.firstIndex(of: name).map { row[$0] } }
        let events = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(cell("id") == (events.first?["id"] as? Int).map(String.init))
        #expect(cell("sources") == "talks.md")
        #expect(cell("source_titles") == "Talks in Baku")
        #expect(cell("source_outlets") == "Example news agency")
        #expect(cell("source_urls") == "https://example.org/talks")
        // The CAMEO code is quoted, so that it reads as text, not as a number.
        #expect(csv.contains(",\"040\","))
        let mention = try #require((events.first?["mentions"] as? [[String: Any]])?.first)
        #expect(mention["title"] as? String == "Talks in Baku")
        #expect(mention["outlet"] as? String == "Example news agency")
        #expect(mention["url"] as? String == "https://example.org/talks")
    }

    @Test func markdownFootnotesNameTheSource() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.ingested(runner)
        let markdown = try runner.run(["export", "markdown", "NATO", "--db", "x.sqlite"]).stdout
        #expect(markdown.contains("[^1]: talks.md, Talks in Baku, Example news agency, 2009-05-06, https://example.org/talks: “"),
                "\(markdown)")
    }

    @Test func bomIsAskedForAndOnlyForCSV() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.ingested(runner)
        _ = try runner.run(["export", "csv", "NATO", "--bom", "-o", "excel.csv", "--db", "x.sqlite"])
        _ = try runner.run(["export", "csv", "NATO", "-o", "plain.csv", "--db", "x.sqlite"])
        let excel = try Data(contentsOf: URL(fileURLWithPath: runner.path("excel.csv")))
        let plain = try Data(contentsOf: URL(fileURLWithPath: runner.path("plain.csv")))
        #expect(Array(excel.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(excel.dropFirst(3) == plain)
        #expect(plain.first == UInt8(ascii: "i"))
        let refused = try runner.run(["export", "json", "NATO", "--bom", "--db", "x.sqlite"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--bom is for CSV only"))
    }

    @Test func actorsListForPrograms() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.ingested(runner)
        let json = try runner.run(["actors", "list", "--kind", "organisation", "--format", "json", "--db", "x.sqlite"])
        #expect(json.status == 0, "\(json.stderr)")
        let actors = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let nato = try #require(actors.first { $0["code"] as? String == "NATO" })
        #expect(nato["persianName"] as? String == "ناتو")
        #expect(nato["origin"] as? String == "built-in")
        #expect(actors.allSatisfy { $0["kind"] as? String == "organisation" })
        let tsv = try runner.run(["actors", "list", "--format", "tsv", "--db", "x.sqlite"]).stdout
        let lines = tsv.split(separator: "\n")
        #expect(lines.first == "code\tkind\tname\tpersian_name\tcameo\twikidata\torigin")
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 7 })
        #expect(lines.contains { $0.hasPrefix("AZE\tcountry\tAzerbaijan\t") })
    }
}
