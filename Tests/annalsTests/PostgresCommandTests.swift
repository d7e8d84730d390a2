#if PostgreSQL
import AnnalsKit
import Foundation
import Testing

/// `annals` against a PostgreSQL server (`ANNALS_TEST_POSTGRES_URL`, which
/// `.ci/run` sets after starting a throwaway cluster): parallel ingest
/// workers, copies both ways, a killed worker. Skipped, and saying so, without a server.
@Suite(.enabled(if: PostgresServer.url != nil,
                "no PostgreSQL server: set ANNALS_TEST_POSTGRES_URL (as .ci/run does) to run the PostgreSQL tests"),
       .serialized)
struct PostgresCommandTests {
    static var serverURL: String? { PostgresServer.url }

    /// Article `number`, reporting event `number % 25`: many articles report each event.
    static func article(_ number: Int) -> String {
        let event = number % 25
        let year = 2001 + event % 9
        let month = ["January", "March", "May", "July", "September", "November"][event % 6]
        let day = 1 + event % 27
        let body: String
        if number % 4 == 3 {
            body = "ناتو و جمهوری آذربایجان در سال \(year) میلادی در باکو دیدار کردند. گزارش شماره \(number).\n"
        } else {
            let verb = ["held talks with", "signed an agreement with", "met"][event % 3]
            let partner = ["Azerbaijan", "Georgia", "Armenia"][event % 3]
            body = "NATO \(verb) \(partner) in Brussels on \(month) \(day), \(year). Report number \(number).\n"
        }
        return "---\ntitle: Report \(number)\npublished: \(year)-12-28\n---\n\(body)"
    }

    /// Writes articles `numbers` into `folder` under the scratch folder.
    static func write(_ numbers: some Sequence<Int>, to folder: String, in runner: CommandRunner) throws {
        for number in numbers { try runner.write(article(number), to: "\(folder)/a\(number).md") }
    }

    /// A new empty database on the server.
    static func freshDatabase() throws -> String {
        guard let url = serverURL, var components = URLComponents(string: url) else { throw CocoaError(.featureUnsupported) }
        let name = "annals_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", "CREATE DATABASE \(name)"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "psql could not create a database")
        components.path = "/" + name
        return components.string ?? url
    }

    /// How many documents `database` holds (0 before its schema exists).
    static func documents(in database: String) -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-At", database, "-c", "SELECT count(*) FROM documents"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return 0 }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// What two stores that ingested the same articles in any order share:
    /// each event's type, date, polarity, modality, actors and mentions.
    static func projection(ofJSON text: String) throws -> [String] {
        let events = try JSONDecoder().decode([TimelineEvent].self, from: Data(text.utf8))
        return events.map { event in
            let actors = event.actors.map(\.code).sorted().joined(separator: ",")
            let mentions = event.mentions.map { "\($0.document)@\($0.start)-\($0.end)" }.sorted().joined(separator: " ")
            return [event.type.cameo, event.date.value ?? "-", event.date.start?.iso ?? "-",
                    event.polarity.rawValue, event.modality.rawValue, actors, mentions].joined(separator: "|")
        }.sorted()
    }

    /// The whole NATO timeline of `database` as JSON.
    static func export(_ database: String, _ runner: CommandRunner) throws -> String {
        let result = try runner.run(["export", "json", "NATO", "--include-hypothetical", "--db", database])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func fourWorkersOverOverlappingFoldersMatchOneSQLiteRun() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.write(0..<160, to: "all", in: runner)
        let slices = [Array(0..<60), Array(40..<100), Array(80..<140), Array(100..<160) + Array(0..<20)]
        for (index, slice) in slices.enumerated() { try Self.write(slice, to: "w\(index)", in: runner) }

        let single = try runner.run(["ingest", "all", "--db", "one.sqlite", "--quiet"])
        #expect(single.status == 0, "\(single.stderr)")

        let database = try Self.freshDatabase()
        let workers = try slices.indices.map { index in
            try BackgroundCommand(["ingest", "w\(index)", "--db", database, "--jobs", "1"], in: runner.folder,
                                  name: "worker\(index)")
        }
        for worker in workers {
            let (status, stderr) = worker.wait()
            #expect(status == 0, "\(stderr)")
        }
        let sqliteJSON = try Self.export("one.sqlite", runner)
        let postgresJSON = try Self.export(database, runner)
        #expect(try !Self.projection(ofJSON: sqliteJSON).isEmpty)
        #expect(try Self.projection(ofJSON: postgresJSON) == Self.projection(ofJSON: sqliteJSON))
        // Each article once: 160 documents, however many workers read it.
        let sqliteCounts = try ReliabilityFixture.counts(of: runner.path("one.sqlite"))
        let copy = try runner.run(["copy", "--from", database, "--to", "back.sqlite"])
        #expect(copy.status == 0, "\(copy.stderr)")
        #expect(try ReliabilityFixture.counts(of: runner.path("back.sqlite")) == sqliteCounts)
    }

    @Test func copiesAnSQLiteFileThereAndBack() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.write(0..<80, to: "news", in: runner)
        #expect(try runner.run(["ingest", "news", "--db", "one.sqlite", "--quiet"]).status == 0)
        let database = try Self.freshDatabase()
        let there = try runner.run(["copy", "--from", "one.sqlite", "--to", database])
        #expect(there.status == 0, "\(there.stderr)")
        #expect(there.stderr.contains("80 documents"))
        let back = try runner.run(["copy", "--from", database, "--to", "two.sqlite"])
        #expect(back.status == 0, "\(back.stderr)")
        // The same export, byte for byte but for the ids.
        let first = try JSONDecoder().decode([TimelineEvent].self, from: Data(try Self.export("one.sqlite", runner).utf8))
        let second = try JSONDecoder().decode([TimelineEvent].self, from: Data(try Self.export("two.sqlite", runner).utf8))
        #expect(second.map(TimelineFingerprint.canonical) == first.map(TimelineFingerprint.canonical))
        #expect(!first.isEmpty)
    }

    /// `--top` reads the articles that name each day from either store, and picks the same key dates.
    @Test func keyDatesAreTheSameOnBothStores() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.write(0..<80, to: "news", in: runner)
        #expect(try runner.run(["ingest", "news", "--db", "one.sqlite", "--quiet"]).status == 0)
        let database = try Self.freshDatabase()
        #expect(try runner.run(["ingest", "news", "--db", database, "--quiet"]).status == 0)
        func top(_ db: String) throws -> [String] {
            let result = try runner.run(["timeline", "NATO", "--top", "5", "--format", "json", "--db", db])
            #expect(result.status == 0, "\(result.stderr)")
            let events = try JSONDecoder().decode([TimelineEvent].self, from: Data(result.stdout.utf8))
            return events.map { "\($0.date.value ?? "") \($0.type.cameo)" }
        }
        let fromSQLite = try top("one.sqlite")
        #expect(fromSQLite.count == 5)
        #expect(try top(database) == fromSQLite)
    }

    /// `annals search` takes a PostgreSQL address and finds what it finds in an SQLite file,
    /// with its filters and with Arabic letter forms folded.
    @Test(arguments: [["Brussels", "--actor", "GEO"], ["باكو"], ["brussels", "--from", "2004-01-01", "--to", "2006-12-31"]])
    func searchIsTheSameOnBothStores(_ words: [String]) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.write(0..<40, to: "news", in: runner)
        #expect(try runner.run(["ingest", "news", "--db", "one.sqlite", "--quiet"]).status == 0)
        let database = try Self.freshDatabase()
        #expect(try runner.run(["ingest", "news", "--db", database, "--quiet"]).status == 0)
        func found(_ db: String) throws -> [String] {
            let result = try runner.run(["search"] + words + ["--limit", "200", "--format", "json", "--db", db])
            #expect(result.status == 0, "\(result.stderr)")
            let events = try JSONDecoder().decode([TimelineEvent].self, from: Data(result.stdout.utf8))
            return events.map { "\($0.date.value ?? "") \($0.type.cameo) \($0.mentions.count)" }.sorted()
        }
        let fromSQLite = try found("one.sqlite")
        #expect(!fromSQLite.isEmpty)
        #expect(try found(database) == fromSQLite)
    }

    /// `annals actors list|show|resolve` read a PostgreSQL knowledge base as they read an SQLite file.
    @Test(arguments: [["actors", "resolve", "جمهوری آذربایجان"], ["actors", "show", "nato"],
                      ["actors", "list", "--format", "tsv"]])
    func actorsReadTheSameOnBothStores(_ command: [String]) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.write(0..<4, to: "news", in: runner)
        #expect(try runner.run(["ingest", "news", "--db", "one.sqlite", "--quiet"]).status == 0)
        let database = try Self.freshDatabase()
        #expect(try runner.run(["ingest", "news", "--db", database, "--quiet"]).status == 0)
        let fromSQLite = try runner.run(command + ["--db", "one.sqlite"])
        let fromPostgres = try runner.run(command + ["--db", database])
        #expect(fromSQLite.status == 0 && fromPostgres.status == 0, "\(fromPostgres.stderr)")
        #expect(!fromSQLite.stdout.isEmpty)
        #expect(fromPostgres.stdout == fromSQLite.stdout)
    }

    /// `annals actors alias` gives an actor a name of the user's own in a PostgreSQL knowledge
    /// base, kept as the user's by the next ingest and found by the next command.
    @Test func aUserAliasIsAddedOnPostgreSQL() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.write(0..<4, to: "news", in: runner)
        let database = try Self.freshDatabase()
        let added = try runner.run(["actors", "alias", "NATO", "the Alliance", "--db", database])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try runner.run(["ingest", "news", "--db", database, "--quiet"]).status == 0)
        let resolved = try runner.run(["actors", "resolve", "the alliance", "--db", database])
        #expect(resolved.stdout.hasPrefix("NATO\t"), "\(resolved.stderr)")
        #expect(try runner.run(["actors", "show", "NATO", "--db", database]).stdout.contains("the Alliance (user)"))
    }

    /// `annals actors add` and `annals actors import` write the user's own actors to a
    /// PostgreSQL knowledge base as to an SQLite file: the same refusals, the same list after.
    @Test func userActorsAreAddedOnPostgreSQLAsOnSQLite() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let csv = """
        code,name,persian_name,kind,cameo,wikidata,aliases
        KRG,Kurdistan Regional Government,اقلیم کردستان,organisation,,Q1234,دولت اقلیم کردستان|Kurdistan Region
        NATO,Second NATO,,organisation,,,
        """
        let file = try runner.write(csv, to: "mine.csv")
        for database in ["x.sqlite", try Self.freshDatabase()] {
            let imported = try runner.run(["actors", "import", file, "--db", database])
            #expect(imported.status == 1, "the NATO row is refused")
            #expect(imported.stderr.contains("\(file):3: the code NATO is taken"), "\(imported.stderr)")
            let added = try runner.run(["actors", "add", "GECF", "--name", "Gas Exporting Countries Forum",
                                        "--kind", "organisation", "--alias", "Gecfland", "--db", database])
            #expect(added.status == 0, "\(added.stderr)")
            let twice = try runner.run(["actors", "add", "GECF", "--name", "Another Forum", "--kind", "organisation",
                                        "--db", database])
            #expect(twice.status != 0)
            let list = try runner.run(["actors", "list", "--user", "--db", database])
            #expect(list.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["GECF", "KRG"],
                    "\(database): \(list.stdout)")
            #expect(try runner.run(["actors", "resolve", "kurdistan region", "--db", database]).stdout
                    == "KRG\tKurdistan Regional Government\n")
            #expect(try runner.run(["actors", "resolve", "gecfland", "--db", database]).stdout.hasPrefix("GECF\t"))
        }
    }

    /// `annals recode` on PostgreSQL gives what it gives in an SQLite file: after the user adds
    /// an actor, the stored articles that name it are read again and its events appear, the
    /// others are as they were, and the summary is the same.
    @Test func recodeGivesTheSameEventsOnBothStores() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.write(0..<40, to: "news", in: runner)
        for number in 0..<6 {
            try runner.write("""
                ---
                title: Forum \(number)
                published: 2010-05-0\(number + 1)
                ---
                NATO held talks with Gecfland in Vienna on May \(number + 1), 2010. Note \(number).

                """, to: "news/forum\(number).md")
        }
        let database = try Self.freshDatabase()
        var lines: [String] = []
        for db in ["one.sqlite", database] {
            #expect(try runner.run(["ingest", "news", "--db", db, "--quiet"]).status == 0)
            let added = try runner.run(["actors", "add", "GECF", "--name", "Gecfland Forum", "--kind", "organisation",
                                        "--alias", "Gecfland", "--db", db])
            #expect(added.status == 0, "\(added.stderr)")
            #expect(try runner.run(["timeline", "GECF", "--db", db]).stdout.contains("No events"))
            let recode = try runner.run(["recode", "--db", db])
            #expect(recode.status == 0, "\(recode.stderr)")
            lines.append(recode.stderr)
        }
        #expect(lines[0].contains("46 documents recoded"), "\(lines[0])")
        #expect(lines[1] == lines[0])
        for actor in ["GECF", "NATO"] {
            func events(_ db: String) throws -> [String] {
                let result = try runner.run(["export", "json", actor, "--include-hypothetical", "--db", db])
                #expect(result.status == 0, "\(result.stderr)")
                return try Self.projection(ofJSON: result.stdout)
            }
            let fromSQLite = try events("one.sqlite")
            #expect(!fromSQLite.isEmpty, "\(actor)")
            #expect(try events(database) == fromSQLite)
        }
    }

    @Test func aKilledWorkerLosesNothingStoredAndARerunCompletes() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try Self.write(0..<300, to: "news", in: runner)
        let database = try Self.freshDatabase()
        let worker = try BackgroundCommand(["ingest", "news", "--db", database, "--jobs", "1"], in: runner.folder,
                                           name: "killed")
        // Killed once it has stored something (or finished, on a fast machine).
        while worker.isRunning, Self.documents(in: database) == 0 { Thread.sleep(forTimeInterval: 0.05) }
        worker.kill()
        let rerun = try runner.run(["ingest", "news", "--db", database, "--quiet"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try runner.run(["ingest", "news", "--db", "one.sqlite", "--quiet"]).status == 0)
        #expect(try Self.projection(ofJSON: Self.export(database, runner))
                == Self.projection(ofJSON: Self.export("one.sqlite", runner)))
    }

    /// The server stopped in the middle of an ingest: the worker stops with an error that names
    /// the server and what to do (no crash, no hang), every batch it committed is kept, and a
    /// run once the server is back completes with the events of an uninterrupted run. On a
    /// server of the test's own, so that the other tests' server stays up.
    @Test(.enabled(if: PrivateCluster.binaries != nil, "PostgreSQL's programs are not installed"))
    func aServerStoppedMidIngestIsAClearErrorAndARerunCompletes() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let cluster = try PrivateCluster()
        defer { cluster.remove() }
        try Self.write(0..<300, to: "news", in: runner)
        let worker = try BackgroundCommand(["ingest", "news", "--db", cluster.address, "--jobs", "1"],
                                           in: runner.folder, name: "stranded")
        var stored = 0
        while worker.isRunning, stored == 0 {
            Thread.sleep(forTimeInterval: 0.05)
            stored = Self.documents(in: cluster.address)
        }
        try cluster.stop()
        // A guard against a hang, far beyond what giving up takes (a few seconds).
        let deadline = Date().addingTimeInterval(300)
        while worker.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        let hung = worker.isRunning
        if hung { worker.kill() }
        #expect(!hung, "the worker went on waiting for a server that was gone")
        let (status, stderr) = worker.wait()
        #expect(worker.process.terminationReason == .exit, "the worker crashed: \(stderr)")
        // On a fast machine the worker may have finished first.
        if status != 0 {
            #expect(status == 1)
            #expect(stderr.contains("127.0.0.1:\(cluster.port)"), "\(stderr)")
            #expect(stderr.contains("run the same command again once the server is back"), "\(stderr)")
        }
        try cluster.start()
        #expect(Self.documents(in: cluster.address) >= stored, "a committed batch was lost")
        let rerun = try runner.run(["ingest", "news", "--db", cluster.address, "--quiet"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(Self.documents(in: cluster.address) == 300)
        #expect(try runner.run(["ingest", "news", "--db", "one.sqlite", "--quiet"]).status == 0)
        #expect(try Self.projection(ofJSON: Self.export(cluster.address, runner))
                == Self.projection(ofJSON: Self.export("one.sqlite", runner)))
    }

    @Test func anUnreachableServerIsAClearError() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["timeline", "NATO", "--db", "postgres://annals@127.0.0.1:1/annals"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot connect to postgres://annals@127.0.0.1:1/annals"))
    }
}
/// The server of ``PostgresCommandTests``.
enum PostgresServer {
    static let url = ProcessInfo.processInfo.environment["ANNALS_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
}
#endif
