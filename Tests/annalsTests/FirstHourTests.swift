import AnnalsKit
import Foundation
import Testing

/// The rough edges a new user meets in the first hour: a mistyped database,
/// a missing export folder, dates in other forms, the version.
@Suite struct FirstHourTests {
    /// A database with the English example article, for commands that read.
    static func ingested(_ runner: CommandRunner) throws {
        let file = try runner.write(EndToEndTests.english, to: "talks.md")
        let ingest = try runner.run(["ingest", file, "--quiet", "--db", "x.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
    }

    @Test(arguments: [
        ["timeline", "NATO"], ["export", "csv", "NATO"], ["search", "NATO"],
        ["actors", "list"], ["actors", "show", "NATO"], ["actors", "resolve", "NATO"], ["recode"],
    ])
    func readingCommandsRefuseAMissingDatabaseAndCreateNone(command: [String]) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(command + ["--db", "typo.sqlite"])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stderr.contains("No database at typo.sqlite"), "\(result.stderr)")
        #expect(result.stderr.contains("annals ingest"))
        #expect(result.stderr.contains("annals demo"))
        #expect(result.stdout.isEmpty)
        let left = try FileManager.default.contentsOfDirectory(atPath: runner.folder.path)
        #expect(left.isEmpty, "\(left)")
    }

    @Test func theDefaultDatabaseIsNotCreatedByATimelineEither() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["timeline", "NATO"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("No database at annals.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: runner.path("annals.sqlite")))
    }

    @Test func versionComesFromTheLibrary() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == AnnalsVersion.current + "\n")
        #expect(AnnalsVersion.current.split(separator: ".").count == 3)
    }

    @Test(arguments: [
        (["--from", "2009/05/06"], "YYYY-MM-DD"),
        (["--to", "6 May 2009"], "YYYY-MM-DD"),
        (["--from", "2009-5-6"], "YYYY-MM-DD"),
        (["--from", "1388-02-16"], "sh:1388-02-16"),
        (["--from", "sh:1388-13-01"], "not a Solar Hijri day"),
        (["--from", "2010-01-01", "--to", "2009-12-31"], "--from 2010-01-01 is after --to 2009-12-31"),
    ])
    func undocumentedDatesAndEmptyRangesAreRefused(options: [String], message: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.ingested(runner)
        for command in [["timeline", "NATO"], ["export", "csv", "NATO"]] {
            let result = try runner.run(command + options + ["--db", "x.sqlite"])
            #expect(result.status == 64, "\(command) \(options): \(result.stdout)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
    }

    /// The Solar Hijri form names the same day as its Gregorian one.
    @Test(arguments: [
        (["--from", "sh:1373-01-01"], ["--from", "1994-03-21"]),
        (["--to", "sh:1388-02-14"], ["--to", "2009-05-04"]),
        (["--from", "g:2009-05-05", "--to", "2009-05-05"], ["--from", "2009-05-05", "--to", "2009-05-05"]),
    ])
    func solarHijriBoundsAreConverted(hijri: [String], gregorian: [String]) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.ingested(runner)
        let one = try runner.run(["timeline", "NATO", "--format", "json", "--db", "x.sqlite"] + hijri)
        let other = try runner.run(["timeline", "NATO", "--format", "json", "--db", "x.sqlite"] + gregorian)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == other.stdout)
        #expect(one.stdout != "[]\n")
    }

    @Test(arguments: [
        ("missing/out.csv", "the folder missing does not exist"),
        ("talks.md/out.csv", "talks.md is not a folder"),
        (".", "it is a folder"),
    ])
    func exportPathErrorsNameThePathAndTheCause(output: String, cause: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.ingested(runner)
        let result = try runner.run(["export", "csv", "NATO", "-o", output, "--db", "x.sqlite"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write \(output): \(cause)"), "\(result.stderr)")
        #expect(!result.stderr.contains("Domain="))
    }
}
