import Foundation
import Testing

/// `annals actors …` and `annals recode` as a user meets them: the user's own
/// actors are kept in the database and known to every command.
@Suite(.serialized) struct ActorsCommandTests {
    /// An article naming an actor the built-in gazetteer does not know.
    static let persianArticle = """
    ---
    title: گفتگو در اربیل
    published: 2015-03-10
    ---
    دولت اقلیم کردستان با ناتو در سال ۲۰۱۴ میلادی گفتگو کرد.
    """

    static let englishArticle = """
    ---
    title: Talks in Erbil
    published: 2015-03-10
    language: en
    ---
    Gecfland held talks with NATO in 2013.
    """

    static let addKRG = ["actors", "add", "KRG", "--name", "Kurdistan Regional Government",
                         "--persian-name", "اقلیم کردستان", "--kind", "organisation", "--wikidata", "Q1234",
                         "--alias", "دولت اقلیم کردستان", "--language", "fa", "--db", "x.sqlite"]

    static func timelineJSON(_ runner: CommandRunner, _ actors: [String]) throws -> [[String: Any]] {
        let result = try runner.run(["timeline"] + actors + ["--format", "json", "--db", "x.sqlite"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
    }

    static func actorCodes(_ event: [String: Any]) -> [String] {
        ((event["actors"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }.sorted()
    }

    @Test(arguments: [
        ["actors"], ["actors", "add"], ["actors", "alias"], ["actors", "list"], ["actors", "show"],
        ["actors", "resolve"], ["actors", "import"], ["recode"],
    ])
    func everyCommandHelpHasExamples(command: [String]) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("annals \(command.joined(separator: " "))"))
    }

    @Test func addedActorIsFoundInArticlesAndTimelines() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let add = try runner.run(Self.addKRG)
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.isEmpty)

        let file = try runner.write(Self.persianArticle, to: "krg.fa.md")
        let ingest = try runner.run(["ingest", file, "--db", "x.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")

        for name in ["اقلیم کردستان", "Kurdistan Regional Government", "krg", "دولت اقلیم کردستان"] {
            let events = try Self.timelineJSON(runner, [name, "NATO"])
            #expect(events.count == 1, "\(name)")
            #expect(events.first.map(Self.actorCodes) == ["KRG", "NATO"])
        }

        let resolve = try runner.run(["actors", "resolve", "اقليم كردستان", "--db", "x.sqlite"])
        #expect(resolve.status == 0)
        #expect(resolve.stdout == "KRG\tKurdistan Regional Government\n")

        let show = try runner.run(["actors", "show", "KRG", "--db", "x.sqlite"])
        #expect(show.status == 0)
        for line in ["code: KRG", "persian name: اقلیم کردستان", "kind: organisation", "cameo: KRG",
                     "wikidata: Q1234", "defined by: user", "fa\tname\tدولت اقلیم کردستان (user)",
                     "en\tname\tKurdistan Regional Government"] {
            #expect(show.stdout.contains(line), "\(line) in \(show.stdout)")
        }

        let list = try runner.run(["actors", "list", "--user", "--db", "x.sqlite"])
        #expect(list.stdout == "KRG\torganisation\tKurdistan Regional Government\tاقلیم کردستان\tuser\n")
        let organisations = try runner.run(["actors", "list", "--kind", "organisation", "--db", "x.sqlite"])
        #expect(organisations.stdout.contains("NATO\torganisation\tNATO\tناتو\tbuilt-in\n"))
        #expect(organisations.stdout.contains("KRG\t"))
        #expect(!organisations.stdout.contains("AZE\t"))
    }

    @Test func addRefusesTakenCodesAndNamesBeforeWriting() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let taken = try runner.run(["actors", "add", "NATO", "--name", "Other", "--kind", "organisation", "--db", "x.sqlite"])
        #expect(taken.status != 0)
        #expect(taken.stderr.contains("the code NATO is taken"))
        let name = try runner.run(["actors", "add", "AZE2", "--name", "Azerbaijan", "--kind", "country", "--db", "x.sqlite"])
        #expect(name.status != 0)
        #expect(name.stderr.contains("'Azerbaijan' already names Azerbaijan (AZE)"))
        let badWikidata = try runner.run(["actors", "add", "NEW", "--name", "New", "--kind", "country",
                                          "--wikidata", "7184", "--db", "bad.sqlite"])
        #expect(badWikidata.status != 0)
        #expect(badWikidata.stderr.contains("is not a Wikidata item"))
        #expect(!FileManager.default.fileExists(atPath: runner.path("bad.sqlite")))
        let languages = try runner.run(["actors", "add", "NEW", "--name", "New", "--kind", "country",
                                        "--alias", "A1", "--alias", "A2", "--language", "en", "--db", "bad.sqlite"])
        #expect(languages.status != 0)
        #expect(languages.stderr.contains("one --language for each --alias"))
        let list = try runner.run(["actors", "list", "--user", "--db", "x.sqlite"])
        #expect(list.stdout.isEmpty)
    }

    @Test func aliasOfABuiltInActorIsUsedEverywhere() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let alias = try runner.run(["actors", "alias", "Azerbaijan", "Azeri Republic", "--db", "x.sqlite"])
        #expect(alias.status == 0, "\(alias.stderr)")
        let persian = try runner.run(["actors", "alias", "AZE", "آذری", "--form", "demonym", "--db", "x.sqlite"])
        #expect(persian.status == 0, "\(persian.stderr)")
        let resolve = try runner.run(["actors", "resolve", "azeri republic", "--db", "x.sqlite"])
        #expect(resolve.stdout == "AZE\tAzerbaijan\n")
        let show = try runner.run(["actors", "show", "AZE", "--db", "x.sqlite"])
        #expect(show.stdout.contains("en\tname\tAzeri Republic (user)"))
        #expect(show.stdout.contains("fa\tdemonym\tآذری (user)"))
        #expect(show.stdout.contains("defined by: built-in"))

        let file = try runner.write("The Azeri Republic held talks with NATO in 1995.\n", to: "a.txt")
        let ingest = try runner.run(["ingest", file, "--language", "en", "--published", "1996-01-01", "--db", "x.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let events = try Self.timelineJSON(runner, ["Azeri Republic", "NATO"])
        #expect(events.count == 1)

        let clash = try runner.run(["actors", "alias", "AZE", "Iran", "--db", "x.sqlite"])
        #expect(clash.status != 0)
        #expect(clash.stderr.contains("'Iran' already names Iran (IRN)"))
        let unknown = try runner.run(["actors", "alias", "Azerbajan", "Other", "--db", "x.sqlite"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("Did you mean: Azerbaijan"))
    }

    @Test func resolveUnknownExitsOneWithSuggestions() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        try FirstHourTests.ingested(runner)
        let result = try runner.run(["actors", "resolve", "Azerbajan", "--db", "x.sqlite"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Unknown actor 'Azerbajan'. Did you mean: Azerbaijan"))
        let show = try runner.run(["actors", "show", "Nowhereland", "--db", "x.sqlite"])
        #expect(show.status == 1)
    }

    @Test func importCSVReportsBadRowsByLineAndKeepsGoodOnes() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let csv = """
        code,name,persian_name,kind,cameo,wikidata,aliases
        KRG,Kurdistan Regional Government,اقلیم کردستان,organisation,,Q1234,دولت اقلیم کردستان|Kurdistan Region
        BAD,Bad Kind,,planet,,,
        NATO,Second NATO,,organisation,,,
        GECF,"Gas Exporting Countries Forum",,organisation,IGO,,Gecfland
        """
        let file = try runner.write(csv, to: "mine.csv")
        let result = try runner.run(["actors", "import", file, "--db", "x.sqlite"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(file):3: kind: 'planet' is not country or organisation"), "\(result.stderr)")
        #expect(result.stderr.contains("\(file):4: the code NATO is taken"), "\(result.stderr)")
        #expect(result.stderr.contains("imported 2 actors"))
        let list = try runner.run(["actors", "list", "--user", "--db", "x.sqlite"])
        #expect(list.stdout.split(separator: "\n").map { $0.split(separator: "\t")[0] } == ["GECF", "KRG"])
        let resolve = try runner.run(["actors", "resolve", "kurdistan region", "--db", "x.sqlite"])
        #expect(resolve.stdout == "KRG\tKurdistan Regional Government\n")

        // Importing again: every row is taken now, nothing changes.
        let again = try runner.run(["actors", "import", file, "--db", "x.sqlite"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("imported 0 actors"))
    }

    @Test func importYAML() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let yaml = """
        - code: KRG
          name: Kurdistan Regional Government
          persian_name: اقلیم کردستان
          kind: organisation
          aliases: [دولت اقلیم کردستان]
        """
        let file = try runner.write(yaml, to: "mine.yml")
        let result = try runner.run(["actors", "import", file, "--db", "x.sqlite"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("imported 1 actor from"))
        let noFormat = try runner.run(["actors", "import", try runner.write("x", to: "a.txt"), "--db", "x.sqlite"])
        #expect(noFormat.status != 0)
        #expect(noFormat.stderr.contains("--format csv"))
    }

    @Test func recodeAfterAddingAnActorFindsItsEvents() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let english = try runner.write(EndToEndTests.english, to: "talks.md")
        let persian = try runner.write(Self.persianArticle, to: "krg.fa.md")
        let other = try runner.write(Self.englishArticle, to: "gecf.md")
        let ingest = try runner.run(["ingest", english, persian, other, "--db", "x.sqlite"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let natoBefore = try Self.timelineJSON(runner, ["NATO"])
        let documentsBefore = Set(natoBefore.flatMap(Self.documentIDs))
        #expect(!natoBefore.contains { Self.actorCodes($0).contains("KRG") })

        #expect(try runner.run(Self.addKRG).status == 0)
        let csv = "code,name,kind,aliases\nGECF,Gas Exporting Countries Forum,organisation,Gecfland\n"
        #expect(try runner.run(["actors", "import", try runner.write(csv, to: "g.csv"), "--db", "x.sqlite"]).status == 0)
        // Before recoding, the stored events do not know the new actors.
        #expect(try Self.timelineJSON(runner, ["KRG"]).isEmpty)

        let recode = try runner.run(["recode", "--db", "x.sqlite"])
        #expect(recode.status == 0, "\(recode.stderr)")
        #expect(recode.stdout.isEmpty)
        #expect(recode.stderr.contains("3 documents recoded"))

        let krg = try Self.timelineJSON(runner, ["اقلیم کردستان", "NATO"])
        #expect(krg.count == 1)
        #expect(try Self.timelineJSON(runner, ["Gecfland", "NATO"]).count == 1)
        // The events that were there before are still there, from the same documents.
        let natoAfter = try Self.timelineJSON(runner, ["NATO", "AZE"])
        let natoAzeBefore = natoBefore.filter { Self.actorCodes($0) == ["AZE", "NATO"] }
        #expect(natoAfter.count == natoAzeBefore.count)
        #expect(natoAfter.map(Self.summary) == natoAzeBefore.map(Self.summary))
        let documentsAfter = Set(try Self.timelineJSON(runner, ["NATO"]).flatMap(Self.documentIDs))
        #expect(documentsBefore.isSubset(of: documentsAfter))

        // Recoding twice changes nothing.
        let first = try runner.run(["timeline", "NATO", "--format", "json", "--db", "x.sqlite"]).stdout
        #expect(try runner.run(["recode", "--db", "x.sqlite", "--quiet"]).status == 0)
        let second = try runner.run(["timeline", "NATO", "--format", "json", "--db", "x.sqlite"]).stdout
        #expect(Self.withoutIDs(first) == Self.withoutIDs(second))
    }

    @Test func userEntriesSurviveReopeningAndIngesting() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        #expect(try runner.run(Self.addKRG).status == 0)
        #expect(try runner.run(["actors", "alias", "AZE", "Azeri Republic", "--db", "x.sqlite"]).status == 0)
        // Every ingest registers the built-in actors again; the user's stay.
        let file = try runner.write(EndToEndTests.english, to: "talks.md")
        for _ in 0..<2 {
            #expect(try runner.run(["ingest", file, "--db", "x.sqlite", "--quiet"]).status == 0)
        }
        let show = try runner.run(["actors", "show", "KRG", "--db", "x.sqlite"])
        #expect(show.stdout.contains("fa\tname\tدولت اقلیم کردستان (user)"))
        #expect(try runner.run(["actors", "resolve", "Azeri Republic", "--db", "x.sqlite"]).stdout == "AZE\tAzerbaijan\n")
        #expect(try runner.run(["actors", "list", "--user", "--db", "x.sqlite"]).stdout.hasPrefix("KRG\t"))
    }

    static func documentIDs(_ event: [String: Any]) -> [Int] {
        ((event["mentions"] as? [[String: Any]]) ?? []).compactMap { $0["documentId"] as? Int }
    }

    static func summary(_ event: [String: Any]) -> String {
        event["summary"] as? String ?? ""
    }

    /// The JSON with event ids blanked out (recoding renumbers events).
    static func withoutIDs(_ json: String) -> String {
        json.replacingOccurrences(of: #""id" *: *[0-9]+"#, with: "\"id\":0", options: .regularExpression)
    }
}
