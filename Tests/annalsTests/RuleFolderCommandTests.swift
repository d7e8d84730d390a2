import Foundation
import Testing

/// A language of one's own, added from a folder of rule data with `--rules`: no code, no rebuild.
@Suite(.serialized) struct RuleFolderCommandTests {
    /// The German test language of the library's tests.
    static let rules = CommandRunner.packageRoot.appendingPathComponent("Tests/AnnalsKitTests/Fixtures/language").path

    static let german = """
    ---
    title: Ein Abkommen
    published: 2009-05-06
    language: de
    ---
    Der Nordatlantikpakt und Georgien unterzeichneten am 04.05.2009 ein Abkommen.
    """

    @Test func ingestReadsALanguageFromTheRulesFolder() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write(Self.german, to: "abkommen.md")
        let ingest = try runner.run(["ingest", file, "--db", "x.sqlite", "--rules", Self.rules])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let timeline = try runner.run(["timeline", "NATO", "Georgia", "--db", "x.sqlite", "--format", "json"])
        #expect(timeline.status == 0, "\(timeline.stderr)")
        #expect(timeline.stdout.contains("2009-05-04"))
        #expect(timeline.stdout.contains("057"))
    }

    @Test func theEnvironmentNamesTheFolderToo() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write(Self.german, to: "abkommen.md")
        let ingest = try runner.run(["ingest", file, "--db", "x.sqlite"], environment: ["ANNALS_RULES": Self.rules])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("1 event") || ingest.stderr.contains("1 new event"), "\(ingest.stderr)")
    }

    /// Without the folder the front matter's language is refused, naming the file and line.
    @Test func withoutTheFolderTheLanguageIsRefusedWithItsLine() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write(Self.german, to: "abkommen.md")
        let ingest = try runner.run(["ingest", file, "--db", "x.sqlite"])
        #expect(ingest.status == 1)
        #expect(ingest.stderr.contains("abkommen.md"))
        #expect(ingest.stderr.contains("language"))
        #expect(ingest.stderr.contains("abkommen.md:4"), "\(ingest.stderr)")
    }

    @Test func anUnknownLanguageOptionSaysWhatIsRead() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write("Ein Satz.", to: "satz.txt")
        let ingest = try runner.run(["ingest", file, "--db", "x.sqlite", "--language", "de"])
        #expect(ingest.status != 0)
        #expect(ingest.stderr.contains("no rule data for the language 'de'"), "\(ingest.stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("x.sqlite")))
    }

    @Test func aMissingRulesFolderIsNamed() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write("NATO met Georgia.", to: "a.txt")
        let ingest = try runner.run(["ingest", file, "--db", "x.sqlite", "--rules", "no-such-folder"])
        #expect(ingest.status != 0)
        #expect(ingest.stderr.contains("no-such-folder"))
    }

    @Test func tagReadsTheFolderLanguage() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write(Self.german, to: "abkommen.md")
        let tag = try runner.run(["tag", file, "--rules", Self.rules, "--format", "json"])
        #expect(tag.status == 0, "\(tag.stderr)")
        #expect(tag.stdout.contains("2009-05-04"))
    }
}
