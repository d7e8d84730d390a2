import Foundation
import GRDB
import Testing
@testable import AnnalsKit

/// Bad input, crashes, concurrent use and hostile text, met as a user meets them: through the CLI.
@Suite(.serialized) struct ReliabilityTests {
    // MARK: Bad input

    /// `text` in Windows-1256, as an old Persian site would serve it.
    static func windows1256(_ text: String) -> Data {
        var byteOf: [UInt32: UInt8] = [:]
        for (index, value) in Windows1256.upperHalf.enumerated() { byteOf[value] = UInt8(0x80 + index) }
        return Data(text.unicodeScalars.compactMap { $0.value < 0x80 ? UInt8($0.value) : byteOf[$0.value] })
    }

    @Test func everyKindOfBadInputIsNamedAndTheRestOfTheBatchStored() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try runner.write(EndToEndTests.english, to: "in/01-good.md")
        try runner.write("", to: "in/02-empty.txt")
        try runner.write(" \n\t\n", to: "in/03-blank.md")
        try Data("%PDF-1.4\n%\u{E2}\u{E3}\n1 0 obj".utf8).write(to: URL(fileURLWithPath: runner.path("in/04-scan.txt")))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: URL(fileURLWithPath: runner.path("in/05-photo.md")))
        try Data(Array("NATO met Azerbaijan at the caf".utf8) + [0xE9, 0x20, 0x69, 0x6E, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73, 0x2E])
            .write(to: URL(fileURLWithPath: runner.path("in/06-latin1.txt")))
        try (Data([0xFF, 0xFE]) + "---\npublished: 2012-03-04\n---\nNATO and Georgia signed an agreement in Tbilisi in 2008.\n"
            .data(using: .utf16LittleEndian)!).write(to: URL(fileURLWithPath: runner.path("in/07-utf16.txt")))
        try Self.windows1256("ناتو و جمهوري آذربايجان در سال 1997 ميلادي در باکو ديدار کردند.\n")
            .write(to: URL(fileURLWithPath: runner.path("in/08-old-site.txt")))
        try runner.write("---\ntitle: never closed\nNATO met Azerbaijan.\n", to: "in/09-open-front-matter.md")
        try runner.write("---\ntitle: [unclosed\n---\nNATO met Azerbaijan.\n", to: "in/10-bad-yaml.md")
        try runner.write("---\ntitle: x\npublished: 2009-02-31\n---\nNATO met Azerbaijan.\n", to: "in/11-bad-date.md")
        try runner.write("---\npublished: 1400-12-30\n---\nNATO met Azerbaijan.\n", to: "in/12-bad-esfand.md")
        try runner.write("""
            {"text": "NATO and Azerbaijan signed an agreement on 3 March 2001.", "published": "2001-03-05"}
            {"text": "cut off
            {"text": 7}
            """, to: "in/13-feed.jsonl")
        let result = try runner.run(["ingest", "in", "--db", "x.sqlite"])
        #expect(result.status == 1)
        let expected = [
            "in/02-empty.txt: empty file",
            "in/03-blank.md: empty file",
            "in/04-scan.txt: byte 0: binary data",
            "in/05-photo.md: byte 0: binary data",
            "in/06-latin1.txt: byte 30: not valid UTF-8, UTF-16 or Windows-1256 text",
            "in/09-open-front-matter.md:1: front matter: opened with '---' but never closed",
            "in/10-bad-yaml.md:",
            "in/11-bad-date.md:3: 'published' is '2009-02-31'",
            "in/12-bad-esfand.md:2: 'published' is '1400-12-30'",
            "in/13-feed.jsonl:2: not a JSON article: invalid JSON",
            "in/13-feed.jsonl:3: not a JSON article: no 'text' string",
        ]
        for message in expected {
            #expect(result.stderr.contains("skipped: \(message)"), "missing \(message) in \(result.stderr)")
        }
        #expect(result.stderr.contains("15 articles read: 4 new, 0 already known, 11 skipped"), "\(result.stderr)")

        let azerbaijan = try runner.run(["timeline", "NATO", "AZE", "--format", "json", "--db", "x.sqlite"])
        let georgia = try runner.run(["timeline", "NATO", "GEO", "--format", "json", "--db", "x.sqlite"])
        #expect(azerbaijan.stdout.contains("\"1997\""), "the Windows-1256 article was decoded and read")
        #expect(azerbaijan.stdout.contains("ناتو و جمهوري آذربايجان"))
        #expect(azerbaijan.stdout.contains("\"2001-03-03\""))
        #expect(georgia.stdout.contains("\"2008\""), "the UTF-16 article was decoded and read")
    }

    // MARK: Crashes

    /// `kill -9` in the middle of an ingest: the database is sound, and ingesting again
    /// gives exactly what one uninterrupted run gives.
    @Test func killedIngestLeavesASoundDatabaseThatTheNextRunCompletes() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let articles = 0..<600
        try ReliabilityFixture.writeArticles(articles, to: runner.folder.appendingPathComponent("news"))

        let clean = try runner.run(["ingest", "news", "--quiet", "--db", "clean.sqlite"])
        #expect(clean.status == 0, "\(clean.stderr)")
        let expected = try ReliabilityFixture.counts(of: runner.path("clean.sqlite"))
        #expect(expected.documents == articles.count)

        let victim = try BackgroundCommand(["ingest", "news", "--quiet", "--db", "crash.sqlite"], in: runner.folder, name: "victim")
        let deadline = Date().addingTimeInterval(60)
        var stored = 0
        while victim.isRunning, Date() < deadline {
            if FileManager.default.fileExists(atPath: runner.path("crash.sqlite")),
               let counts = try? ReliabilityFixture.counts(of: runner.path("crash.sqlite")) {
                stored = counts.documents
                if stored >= articles.count / 4 { break }
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        let killedMidway = victim.isRunning
        victim.kill()
        #expect(killedMidway, "the ingest finished before it could be killed; make the folder bigger")

        let store = try AnnalsStore(path: runner.path("crash.sqlite"))
        #expect(try store.integrityProblems().isEmpty)
        let afterCrash = try store.counts()
        #expect(afterCrash.documents >= stored && afterCrash.documents < articles.count)
        // Every stored document is whole: it has its mentions (each generated article yields an event).
        let orphans = try DatabaseQueue(path: runner.path("crash.sqlite")).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = d.id)")
        }
        #expect(orphans == 0)

        let resumed = try runner.run(["ingest", "news", "--db", "crash.sqlite"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("\(articles.count - afterCrash.documents) new, \(afterCrash.documents) already known"))
        #expect(try ReliabilityFixture.counts(of: runner.path("crash.sqlite")) == expected)
        #expect(try store.integrityProblems().isEmpty)
    }

    /// Two ingests into one database at once (their folders overlap) while a reader
    /// keeps asking for a timeline: both finish, nothing is stored twice, the reader never fails.
    @Test func concurrentIngestsAndAReaderShareOneDatabase() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try ReliabilityFixture.writeArticles(0..<240, to: runner.folder.appendingPathComponent("a"))
        try ReliabilityFixture.writeArticles(120..<360, to: runner.folder.appendingPathComponent("b"))

        let clean = try runner.run(["ingest", "a", "b", "--quiet", "--db", "clean.sqlite"])
        #expect(clean.status == 0)
        let expected = try ReliabilityFixture.counts(of: runner.path("clean.sqlite"))
        #expect(expected.documents == 360)

        // Both start on a database that does not exist yet, so they also race to create it.
        let first = try BackgroundCommand(["ingest", "a", "--db", "shared.sqlite"], in: runner.folder, name: "first")
        let second = try BackgroundCommand(["ingest", "b", "--db", "shared.sqlite"], in: runner.folder, name: "second")
        var reads = 0
        var failures: [String] = []
        while first.isRunning || second.isRunning {
            // Reading commands refuse a database that does not exist yet; read once an ingest has made it.
            guard FileManager.default.fileExists(atPath: runner.path("shared.sqlite")) else { continue }
            let read = try runner.run(["timeline", "NATO", "AZE", "--format", "jsonl", "--db", "shared.sqlite"])
            reads += 1
            if read.status != 0 { failures.append(read.stderr) }
        }
        let one = first.wait()
        let two = second.wait()
        #expect(one.status == 0, "\(one.stderr)")
        #expect(two.status == 0, "\(two.stderr)")
        #expect(failures.isEmpty, "\(failures.count) of \(reads) reads failed: \(failures.first ?? "")")
        #expect(reads > 0)
        #expect(try ReliabilityFixture.counts(of: runner.path("shared.sqlite")) == expected)
        #expect(try AnnalsStore(path: runner.path("shared.sqlite")).integrityProblems().isEmpty)
    }

    // MARK: Databases

    @Test func aDatabaseFromANewerAnnalsIsRefusedAndLeftAlone() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write(EndToEndTests.english, to: "talks.md")
        _ = try runner.run(["ingest", file, "--quiet", "--db", "x.sqlite"])
        let before = try ReliabilityFixture.counts(of: runner.path("x.sqlite"))
        try DatabaseQueue(path: runner.path("x.sqlite")).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('9999_from_the_future')")
        }
        for arguments in [["ingest", file], ["timeline", "NATO"], ["export", "csv", "NATO", "-o", "out.csv"]] {
            let result = try runner.run(arguments + ["--db", "x.sqlite"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("was written by a newer version of Annals"), "\(result.stderr)")
            #expect(result.stderr.contains("9999_from_the_future"))
        }
        let after = try DatabaseQueue(path: runner.path("x.sqlite")).read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM documents"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"))
        }
        #expect(after.0 == before.documents)
        #expect(after.1.last == "9999_from_the_future")
        #expect(!FileManager.default.fileExists(atPath: runner.path("out.csv")))
    }

    @Test func anOlderDatabaseIsMigratedInPlace() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        // An empty file, and a database at schema version 0 holding a table of its own.
        _ = FileManager.default.createFile(atPath: runner.path("empty.sqlite"), contents: nil)
        try DatabaseQueue(path: runner.path("old.sqlite")).write { db in
            try db.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')")
        }
        let file = try runner.write(EndToEndTests.english, to: "talks.md")
        for name in ["empty.sqlite", "old.sqlite"] {
            let result = try runner.run(["ingest", file, "--db", name])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try ReliabilityFixture.counts(of: runner.path(name)).documents == 1)
        }
        let kept = try DatabaseQueue(path: runner.path("old.sqlite")).read { db in try String.fetchOne(db, sql: "SELECT text FROM notes") }
        #expect(kept == "kept")
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let notes = try runner.write(String(repeating: "my notes, not a database\n", count: 200), to: "notes.txt")
        let file = try runner.write(EndToEndTests.english, to: "talks.md")
        let result = try runner.run(["ingest", file, "--db", notes])
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot open the database \(notes)"), "\(result.stderr)")
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == String(repeating: "my notes, not a database\n", count: 200))
    }

    /// What runs `annals` in the read-only test: nothing for an ordinary user; for root, whom
    /// permissions do not stop, a tool that runs it as `nobody`. Nil when root has none.
    static let unprivilegedLauncher: [String]? = {
        guard geteuid() == 0 else { return [] }
        guard let nobody = getpwnam("nobody") else { return nil }
        let (uid, gid) = (nobody.pointee.pw_uid, nobody.pointee.pw_gid)
        let candidates = [
            ["/usr/bin/setpriv", "--reuid=\(uid)", "--regid=\(gid)", "--clear-groups"],
            ["/bin/setpriv", "--reuid=\(uid)", "--regid=\(gid)", "--clear-groups"],
            ["/usr/sbin/runuser", "-u", "nobody", "--"],
            ["/sbin/runuser", "-u", "nobody", "--"],
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0[0]) }
    }()

    /// Whether every folder on the way to `path`, and `path` itself, may be searched or run by anyone.
    static func everyoneCanRun(_ path: String) -> Bool {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        while true {
            var info = stat()
            guard stat(url.path, &info) == 0, info.st_mode & S_IXOTH != 0 else { return false }
            if url.path == "/" { return true }
            url.deleteLastPathComponent()
        }
    }

    @Test(.enabled(if: unprivilegedLauncher != nil, "run as root without setpriv or runuser to run annals as nobody"))
    func readOnlyDatabaseOrFolderGivesAClearErrorAndLeavesTheDataIntact() throws {
        let launcher = try #require(Self.unprivilegedLauncher)
        let runner = try CommandRunner()
        defer {
            chmod(runner.path("locked"), 0o755)
            runner.cleanUp()
        }
        var binary = CommandRunner.binary.path
        // As root: the scratch folder and what `annals` creates in it belong to `nobody`,
        // as a user's own folder belongs to them.
        func handOver(_ path: String) {
            guard !launcher.isEmpty, let nobody = getpwnam("nobody") else { return }
            chown(path, nobody.pointee.pw_uid, nobody.pointee.pw_gid)
        }
        if !launcher.isEmpty {
            handOver(runner.folder.path)
            if !Self.everyoneCanRun(binary) {
                try FileManager.default.createDirectory(atPath: runner.path("bin"), withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: binary, toPath: runner.path("bin/annals"))
                binary = runner.path("bin/annals")
            }
        }
        func annals(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
            try Self.run(launcher + [binary] + arguments, in: runner.folder)
        }
        let file = try runner.write(EndToEndTests.english, to: "talks.md")
        let other = try runner.write(EndToEndTests.persian, to: "join.md")
        let created = try annals(["ingest", file, "--quiet", "--db", "ro.sqlite"])
        #expect(created.status == 0, "\(created.stderr)")
        let before = try ReliabilityFixture.counts(of: runner.path("ro.sqlite"))
        #expect(before.documents == 1)
        chmod(runner.path("ro.sqlite"), 0o444)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: runner.path("ro.sqlite")))
        let intoFile = try annals(["ingest", other, "--db", "ro.sqlite"])
        #expect(intoFile.status == 1)
        #expect(intoFile.stderr.contains("ro.sqlite"), "\(intoFile.stderr)")
        #expect(intoFile.stderr.lowercased().contains("read") || intoFile.stderr.contains("permission"), "\(intoFile.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: runner.path("ro.sqlite"))) == bytes, "the read-only file was written")
        chmod(runner.path("ro.sqlite"), 0o644)
        #expect(try ReliabilityFixture.counts(of: runner.path("ro.sqlite")) == before)

        try FileManager.default.createDirectory(atPath: runner.path("locked"), withIntermediateDirectories: true)
        handOver(runner.path("locked"))
        let inFolder = try annals(["ingest", file, "--quiet", "--db", "locked/db.sqlite"])
        #expect(inFolder.status == 0, "\(inFolder.stderr)")
        chmod(runner.path("locked"), 0o555)
        let lockedBytes = try Data(contentsOf: URL(fileURLWithPath: runner.path("locked/db.sqlite")))
        let intoFolder = try annals(["ingest", other, "--db", "locked/db.sqlite"])
        #expect(intoFolder.status == 1)
        #expect(intoFolder.stderr.contains("locked/db.sqlite"), "\(intoFolder.stderr)")
        let newFolder = try annals(["ingest", other, "--db", "locked/new.sqlite"])
        #expect(newFolder.status == 1)
        #expect(newFolder.stderr.contains("cannot open the database locked/new.sqlite"), "\(newFolder.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: runner.path("locked")) == ["db.sqlite"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: runner.path("locked/db.sqlite"))) == lockedBytes)
        chmod(runner.path("locked"), 0o755)
        #expect(try ReliabilityFixture.counts(of: runner.path("locked/db.sqlite")).documents == 1)
    }

    // MARK: A full disk

    /// Runs `command` (its first element the program) in `folder`; returns its status and standard error.
    static func run(_ command: [String], in folder: URL) throws -> (status: Int32, stderr: String) {
        let result = try CommandRunner.launch(URL(fileURLWithPath: command[0]), Array(command.dropFirst()), in: folder)
        return (result.status, result.stderr)
    }

    /// Runs `annals arguments…` in `folder` with files limited to `blocks` × 512 bytes, as a
    /// full disk would: past that, write(2) fails with EFBIG (the signal is ignored, as
    /// SQLite and Foundation expect an error, not a signal).
    static func run(_ arguments: [String], fileSizeLimit blocks: Int, in folder: URL) throws -> (status: Int32, stderr: String) {
        try run(["/bin/sh", "-c", "trap '' XFSZ; ulimit -f \(blocks); exec \"$0\" \"$@\"", CommandRunner.binary.path] + arguments, in: folder)
    }

    /// The disk fills up while articles are added to a database that already holds some:
    /// the ingest stops with an error naming the database, the database stays sound and
    /// keeps everything it held, and the next run, with room again, completes the job.
    @Test func aFullDiskStopsTheIngestAndLosesNothing() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try ReliabilityFixture.writeArticles(0..<120, to: runner.folder.appendingPathComponent("old"))
        try ReliabilityFixture.writeArticles(120..<480, to: runner.folder.appendingPathComponent("new"))
        let clean = try runner.run(["ingest", "old", "new", "--quiet", "--db", "clean.sqlite"])
        #expect(clean.status == 0, "\(clean.stderr)")
        let expected = try ReliabilityFixture.counts(of: runner.path("clean.sqlite"))
        #expect(expected.documents == 480)

        let first = try runner.run(["ingest", "old", "--quiet", "--db", "x.sqlite"])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try ReliabilityFixture.counts(of: runner.path("x.sqlite"))
        #expect(before.documents == 120)
        let size = try FileManager.default.attributesOfItem(atPath: runner.path("x.sqlite"))[.size] as? Int ?? 0
        #expect(size > 0)

        // 64 KB more than the database holds: the write-ahead log reaches the limit long
        // before the 360 new articles (about 1 MB) are in.
        let full = try Self.run(["ingest", "new", "--db", "x.sqlite"], fileSizeLimit: size / 512 + 128, in: runner.folder)
        #expect(full.status != 0)
        #expect(full.stderr.contains("cannot write to the database x.sqlite: "), "\(full.stderr)")
        #expect(full.stderr.contains("disk"), "\(full.stderr)")
        #expect(full.stderr.contains("run the same ingest again"), "\(full.stderr)")
        #expect(!full.stderr.contains("SQLite error"), "the raw SQLite error is explained: \(full.stderr)")

        let store = try AnnalsStore(path: runner.path("x.sqlite"))
        #expect(try store.integrityProblems().isEmpty)
        let afterFailure = try store.counts()
        #expect(afterFailure.documents >= before.documents && afterFailure.documents < expected.documents, "\(afterFailure)")
        #expect(afterFailure.events >= before.events && afterFailure.mentions >= before.mentions)
        let (oldKept, orphans) = try DatabaseQueue(path: runner.path("x.sqlite")).read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM documents WHERE origin LIKE 'old/%'"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = d.id)"))
        }
        #expect(oldKept == before.documents, "every article stored before the full disk is still there")
        #expect(orphans == 0, "every stored article has its events")

        let resumed = try runner.run(["ingest", "new", "--db", "x.sqlite"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("\(expected.documents - afterFailure.documents) new, \(afterFailure.documents - before.documents) already known"),
                "\(resumed.stderr)")
        #expect(try ReliabilityFixture.counts(of: runner.path("x.sqlite")) == expected)
        #expect(try store.integrityProblems().isEmpty)
    }

    // MARK: Exports

    /// An export that fails half-way (the disk refuses to take more) leaves the previous file as it was.
    @Test func aFailedExportLeavesThePreviousFileIntact() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try ReliabilityFixture.writeArticles(0..<300, to: runner.folder.appendingPathComponent("news"))
        let ingest = try runner.run(["ingest", "news", "--quiet", "--db", "x.sqlite"])
        #expect(ingest.status == 0)
        let old = "the export of last week\n"
        try runner.write(old, to: "out.json")
        // Files may grow to 64 × 512 bytes only; past that write(2) fails with EFBIG.
        let failed = try Self.run(["export", "json", "NATO", "--db", "x.sqlite", "-o", "out.json"],
                                  fileSizeLimit: 64, in: runner.folder)
        #expect(failed.status != 0, "the export should have been too big for the limit")
        #expect(!failed.stderr.isEmpty)
        #expect(try String(contentsOfFile: runner.path("out.json"), encoding: .utf8) == old)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: runner.folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")

        let complete = try runner.run(["export", "json", "NATO", "--db", "x.sqlite", "-o", "out.json"])
        #expect(complete.status == 0)
        let size = try FileManager.default.attributesOfItem(atPath: runner.path("out.json"))[.size] as? Int ?? 0
        #expect(size > 64 * 512, "the full export is bigger than the limit the failed one hit")
    }

    // MARK: Hostile text

    @Test func actorNamesAreNamesNotSQL() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write(EndToEndTests.english, to: "talks.md")
        _ = try runner.run(["ingest", file, "--quiet", "--db", "x.sqlite"])
        let before = try ReliabilityFixture.counts(of: runner.path("x.sqlite"))
        for name in ["NATO'; DROP TABLE events; --", "\" OR 1=1 --", "NATO*", "NEAR(NATO AZE)", "%", "_", "AZE' OR 'a'='a"] {
            let result = try runner.run(["timeline", name, "AZE", "--db", "x.sqlite"])
            #expect(result.status != 0)
            #expect(result.stderr.contains("Unknown actor"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        #expect(try ReliabilityFixture.counts(of: runner.path("x.sqlite")) == before)
        let real = try runner.run(["timeline", "NATO", "AZE", "--db", "x.sqlite"])
        #expect(real.stdout.contains("2009-05-05"), "the events are all still there")
    }

    @Test(arguments: [["--type", "05' OR 1=1"], ["--type", "%"], ["--from", "2009-01-01' --"], ["--to", "1; DROP TABLE events"]])
    func filtersAreValidatedBeforeTheyReachTheDatabase(filter: [String]) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["timeline", "NATO"] + filter + ["--db", "x.sqlite"])
        #expect(result.status == 64)
        #expect(result.stderr.contains(filter[0]))
        #expect(!FileManager.default.fileExists(atPath: runner.path("x.sqlite")))
    }

    /// Text that looks like SQL, spreadsheet formulas or Markdown is stored and written out
    /// as the text it is, never run or rendered.
    @Test func hostileArticleTextIsStoredLiterallyAndExportedSafely() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let article = """
        ---
        title: "=HYPERLINK(\\"http://evil.example\\",\\"click\\")"
        published: 2009-05-06
        source: "@SUM(1+1)"
        ---
        =cmd|' /C calc'!A0 NATO and Azerbaijan signed an agreement in Baku on Tuesday'); DROP TABLE events; --.

        -2+3 NATO and Azerbaijan held talks about [the link](javascript:alert(1)) and **bold** | pipes | on May 1, 2009.
        """
        let file = try runner.write(article, to: "hostile.md")
        let ingest = try runner.run(["ingest", file, "--db", "x.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(try ReliabilityFixture.counts(of: runner.path("x.sqlite")).events >= 2)

        let json = try runner.run(["timeline", "NATO", "AZE", "--format", "json", "--db", "x.sqlite"])
        #expect(json.stdout.contains("DROP TABLE events"), "stored as text")

        let csv = try runner.run(["export", "csv", "NATO", "AZE", "--db", "x.sqlite"])
        #expect(csv.status == 0)
        let cells = CSVCells.rows(of: csv.stdout).dropFirst().flatMap { $0 }
        for cell in cells where Double(cell) == nil {
            #expect(!["=", "+", "-", "@"].contains(cell.first), "cell starts a formula: \(cell)")
        }
        #expect(cells.contains { $0.hasPrefix("'=cmd|") })
        #expect(cells.contains { $0.hasPrefix("'-2+3") })

        let markdown = try runner.run(["export", "markdown", "NATO", "AZE", "--db", "x.sqlite"])
        #expect(markdown.status == 0)
        #expect(!markdown.stdout.contains("[the link](javascript:"))
        #expect(!markdown.stdout.contains("**bold**"))
        #expect(markdown.stdout.contains("\\*\\*bold\\*\\*"))
    }

    /// No field of front matter or of a JSON line is ever a path: Annals reads only what it
    /// was named and writes only the database and the export it was told to.
    @Test func fieldsThatLookLikePathsAreNeverFollowed() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let secret = "SECRET-CONTENT-THAT-MUST-NOT-LEAK"
        try runner.write(secret, to: "private/secret.txt")
        let secretPath = runner.path("private/secret.txt")
        try runner.write("""
            ---
            title: ../private/secret.txt
            published: 2009-05-06
            source: \(secretPath)
            url: file://\(secretPath)
            path: \(secretPath)
            file: ../private/secret.txt
            output: ../escaped.txt
            include: \(secretPath)
            ---
            NATO and Azerbaijan held talks in Baku on Tuesday.
            """, to: "in/a.md")
        try runner.write("""
            {"text": "NATO and Azerbaijan signed an agreement on 3 March 2001.", "path": "\(secretPath)", "file": "../private/secret.txt", "url": "file://\(secretPath)", "origin": "../escaped.txt", "db": "../escaped.sqlite"}
            """, to: "in/feed.jsonl")
        let before = Set(try FileManager.default.subpathsOfDirectory(atPath: runner.folder.path))
        let ingest = try runner.run(["ingest", "in", "--db", "x.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let after = Set(try FileManager.default.subpathsOfDirectory(atPath: runner.folder.path))
        let created = after.subtracting(before).filter { !$0.hasPrefix("x.sqlite") }
        #expect(created.isEmpty, "ingest created \(created)")
        for format in ["json", "csv", "markdown"] {
            let export = try runner.run(["export", format, "NATO", "AZE", "--db", "x.sqlite"])
            #expect(export.status == 0)
            #expect(!export.stdout.contains(secret), "\(format) export holds the secret file's text")
        }
        #expect(!FileManager.default.fileExists(atPath: runner.path("escaped.txt")))
        #expect(!FileManager.default.fileExists(atPath: runner.path("escaped.sqlite")))
    }
}
