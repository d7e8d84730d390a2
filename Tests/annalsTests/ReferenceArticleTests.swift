import Foundation
import Testing

/// The reference article in `../shared/seed/`, when the checkout has it beside it.
/// A fresh clone does not: then these tests are skipped.
@Suite(.serialized) struct ReferenceArticleTests {
    static let seed = CommandRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seed")
    static let article = seed.appendingPathComponent("000_be8ddcae28dc63c7.txt")
    static var isPresent: Bool { FileManager.default.fileExists(atPath: article.path) }

    private func events(_ runner: CommandRunner, _ arguments: [String]) throws -> [[String: Any]] {
        let result = try runner.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    private func summary(_ event: [String: Any]) -> (value: String?, cameo: String, mentions: Int, location: String?) {
        let date = event["date"] as? [String: Any]
        let type = event["type"] as? [String: Any]
        return (date?["value"] as? String, type?["cameo"] as? String ?? "",
                (event["mentions"] as? [Any])?.count ?? 0, (event["location"] as? [String: Any])?["name"] as? String)
    }

    @Test(.enabled(if: isPresent)) func datedWithThePublicationDate() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        _ = try runner.run(["ingest", Self.article.path, "--published", "2009-05-06", "--db", "x.sqlite", "--quiet"])
        let timeline = try events(runner, ["timeline", "NATO", "Azerbaijan", "--format", "json", "--db", "x.sqlite"])
        let found = timeline.map(summary)
        #expect(found.contains { $0.value == "1992" && $0.cameo.hasPrefix("05") })
        #expect(found.filter { $0.value == "1994" && $0.cameo.hasPrefix("05") }.map(\.mentions) == [2])
        #expect(found.contains { $0.value == "2009-05-05" && $0.cameo.hasPrefix("04") && $0.location == "Baku" })
        // Nothing dated from "15 years" or from the ordinal "fifteenth year".
        let years = Set(found.compactMap { $0.value?.prefix(4) }.filter { $0.allSatisfy(\.isNumber) })
        #expect(years.isSubset(of: ["1992", "1994", "2009"]))
        let persian = try runner.run(["timeline", "ناتو", "جمهوری آذربایجان", "--format", "json", "--db", "x.sqlite"])
        let english = try runner.run(["timeline", "NATO", "Azerbaijan", "--format", "json", "--db", "x.sqlite"])
        #expect(persian.stdout == english.stdout)
    }

    @Test(.enabled(if: isPresent)) func undatedWithoutOne() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        _ = try runner.run(["ingest", Self.article.path, "--db", "x.sqlite", "--quiet"])
        let found = try events(runner, ["timeline", "NATO", "AZE", "--format", "json", "--db", "x.sqlite"]).map(summary)
        #expect(found.contains { $0.value == "1992" })
        #expect(!found.contains { ($0.value ?? "").hasPrefix("2009") })
        #expect(found.contains { $0.value == "XXXX-WXX-2" && $0.cameo.hasPrefix("04") })
    }
}
