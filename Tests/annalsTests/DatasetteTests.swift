import AnnalsKit
import Foundation
import Testing

/// The database as Datasette and sqlite-utils see it: the full-text index on
/// the mentions table, the views, the metadata and its canned queries.
///
/// The checks through `sqlite-utils` and `datasette` skip, saying why, when
/// they are not installed (`.ci/run` installs both from PyPI); the same
/// look-ups done in SQL, the way those tools do them, run always.
@Suite(.serialized) struct DatasetteTests {
    static let sqliteUtils = BrowserTools.find(["sqlite-utils"])
    static let datasette = BrowserTools.find(["datasette"])

    /// A database of the bundled examples, with its metadata beside it.
    static func examples(_ runner: CommandRunner) throws {
        let examples = CommandRunner.packageRoot.appendingPathComponent("Examples").path
        let ingest = try runner.run(["ingest", examples, "--quiet", "--db", "annals.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let metadata = try runner.run(["datasette-metadata", "-o", "metadata.json", "--db", "annals.sqlite"])
        #expect(metadata.status == 0, "\(metadata.stderr)")
    }

    static let sqlite3 = BrowserTools.find(["sqlite3"])

    /// The rows `sql` selects in the database at `path`, through the sqlite3 shell (tab-separated).
    static func rows(_ path: String, _ sql: String) throws -> [[String]] {
        let shell = try #require(sqlite3, "sqlite3 is not installed")
        let output = try BrowserTools.run(shell, ["-readonly", "-separator", "\t", path, sql]).output
        return output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test(.enabled(if: sqlite3 != nil, "the sqlite3 shell is not installed (apt-get install sqlite3)"))
    func theIndexIsFoundOnTheMentionsTableTheWayTheToolsLookForIt() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.examples(runner)
        let path = runner.path("annals.sqlite")
        // The look-up sqlite-utils' Table.detect_fts and Datasette's detect_fts_sql make.
        let found = try Self.rows(path, """
            SELECT name FROM sqlite_master WHERE rootpage = 0
               AND (sql LIKE '%VIRTUAL TABLE%USING FTS%content="mentions"%'
                    OR sql LIKE '%VIRTUAL TABLE%USING FTS%content=[mentions]%')
            """)
        #expect(found == [["event_search"]])
        let timeline = try Self.rows(path, "SELECT date_value, cameo, source_actors, target_actors, mention_count FROM timeline WHERE date_value = '1992'")
        #expect(timeline == [["1992", "054", "NATO", "Azerbaijan", "2"]])
        let sources = try Self.rows(path, "SELECT title FROM event_sources WHERE date_value = '1992' ORDER BY published")
        #expect(sources.count == 2)
    }

    /// Recode deletes every event (its mentions go with it) and stores them again: the index follows.
    @Test func searchFindsTheSameAfterARecode() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.examples(runner)
        func found(_ words: String) throws -> [String] {
            let result = try runner.run(["search", words, "--format", "json", "--db", "annals.sqlite"])
            let events = try #require(try Self.json(result.stdout) as? [[String: Any]], "\(result.stderr)")
            return events.compactMap { $0["summary"] as? String }.sorted()
        }
        let before = try found("آذربايجان ناتو")
        #expect(before.count >= 3)
        let recode = try runner.run(["recode", "--quiet", "--db", "annals.sqlite"])
        #expect(recode.status == 0, "\(recode.stderr)")
        #expect(try found("آذربايجان ناتو") == before)
        #expect(try found("Partnership") == found("partnership"))
    }

    @Test(.enabled(if: sqliteUtils != nil, "sqlite-utils is not installed (pip install sqlite-utils)"))
    func sqliteUtilsSeesTheIndexAndSearchesWithIt() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.examples(runner)
        let tool = try #require(Self.sqliteUtils)
        let tables = try BrowserTools.run(tool, ["tables", runner.path("annals.sqlite"), "--fts5"]).output
        let names = try #require(try Self.json(tables) as? [[String: Any]]).compactMap { $0["table"] as? String }
        #expect(names == ["event_search"], "\(tables)")
        let search = try BrowserTools.run(tool, ["search", runner.path("annals.sqlite"), "mentions", "ناتو"]).output
        let rows = try #require(try Self.json(search) as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { ($0["sentence"] as? String)?.contains("ناتو") == true })
    }

    @Test(.enabled(if: datasette != nil, "Datasette is not installed (pip install datasette)"))
    func datasetteSearchesFacetsAndRunsTheCannedQueries() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.examples(runner)
        let tool = try #require(Self.datasette)
        func get(_ path: String) throws -> [String: Any] {
            let output = try BrowserTools.run(tool, [runner.path("annals.sqlite"), "--metadata", runner.path("metadata.json"),
                                                     "--get", path]).output
            return try #require(try Self.json(output) as? [String: Any], "\(output.prefix(300))")
        }
        let searched = try get("/annals/mentions.json?_search=Partnership&_shape=objects")
        let found = try #require(searched["rows"] as? [[String: Any]])
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { ($0["sentence"] as? String)?.contains("Partnership") == true })

        let faceted = try get("/annals/timeline.json?_shape=objects&_facet=label")
        #expect((faceted["facet_results"] as? [String: Any])?["label"] != nil)

        let between = try get("/annals/timeline_between.json?actor_a=NATO&actor_b=Azerbaijan&_shape=objects")
        let events = try #require(between["rows"] as? [[String: Any]])
        #expect(events.first?["date_value"] as? String == "1992")
        #expect(events.count >= 5)
        let ofType = try get("/annals/events_of_type.json?cameo=05&from=1990-01-01&to=1999-12-31&_shape=objects")
        let typed = try #require(ofType["rows"] as? [[String: Any]])
        #expect(!typed.isEmpty)
        #expect(typed.allSatisfy { ($0["cameo"] as? String)?.hasPrefix("05") == true })
    }

    @Test(.enabled(if: sqlite3 != nil, "the sqlite3 shell is not installed (apt-get install sqlite3)"))
    func theMetadataDescribesEveryTableAndView() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.examples(runner)
        let text = try String(contentsOfFile: runner.path("metadata.json"), encoding: .utf8)
        let root = try #require(try Self.json(text) as? [String: Any])
        let database = try #require((root["databases"] as? [String: Any])?["annals"] as? [String: Any])
        let tables = try #require(database["tables"] as? [String: Any])
        let schema = try Self.rows(runner.path("annals.sqlite"), """
            SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'
               AND name NOT LIKE 'event_search_%' AND name <> 'grdb_migrations' ORDER BY name
            """).map { $0[0] }
        #expect(Set(tables.keys) == Set(schema))
        let queries = try #require(database["queries"] as? [String: Any])
        #expect(Set(queries.keys).isSuperset(of: ["timeline_between", "events_of_type"]))
        #expect(root["source"] as? String == "Annals \(AnnalsVersion.current)")
    }
}
