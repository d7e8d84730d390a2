import Testing
@testable import AnnalsKit

/// Reading actor definitions from CSV and YAML: good rows kept, bad rows reported by line.
struct UserActorsImportTests {
    static let csvHeader = "code,name,persian_name,kind,cameo,wikidata,aliases\n"

    @Test func goodCSVRowsBecomeDefinitions() throws {
        let csv = Self.csvHeader + """
        KRG,Kurdistan Regional Government,اقلیم کردستان,organisation,,Q1234,Kurdistan Region|دولت اقلیم کردستان
        "gecf","Gas Exporting Countries Forum, Doha",,organization,IGO,,
        """
        let file = ActorImport(text: csv, format: .csv, file: "mine.csv")
        #expect(file.problems.isEmpty, "\(file.problems)")
        let codes = file.entries.map(\.definition.actor.code)
        #expect(codes == ["KRG", "GECF"])
        #expect(file.entries.map(\.line) == [2, 3])
        let krg = try #require(file.entries.first?.definition)
        #expect(krg.actor.persianName == "اقلیم کردستان")
        #expect(krg.actor.cameoCode == "KRG")
        #expect(krg.actor.wikidataID == "Q1234")
        #expect(krg.actor.kind == .organisation)
        #expect(krg.aliases.map(\.text) == ["Kurdistan Region", "دولت اقلیم کردستان"])
        #expect(krg.aliases.map(\.language) == [.english, .persian])
        let gecf = try #require(file.entries.last?.definition)
        #expect(gecf.actor.name == "Gas Exporting Countries Forum, Doha")
        #expect(gecf.actor.cameoCode == "IGO")
        #expect(gecf.aliases.isEmpty)
    }

    /// Each bad row, the line it must be reported on, and words of the reason.
    static let badCSVRows: [(row: String, reason: String)] = [
        (",No Code,,organisation,,,", "code: is missing"),
        ("K R G,Spaces,,organisation,,,", "is not an actor code"),
        ("XX1,,,organisation,,,", "name: is missing"),
        ("XX2,Some Body,,state,,,", "'state' is not country or organisation"),
        ("XX3,Some Body,,country,,7184,", "is not a Wikidata item"),
        ("XX4,Some Body,Latin,country,,,", "is not written in Persian script"),
        ("XX5,Some Body,,country,ab-c,,", "is not a CAMEO actor code"),
        ("XX6,Too,Few,cells", "4 cells where the header has 7 columns"),
        ("KRG,Again,,country,,,", "already given on line 2"),
    ]

    @Test(arguments: badCSVRows)
    func badCSVRowIsReportedWithItsLineAndGoodRowsKept(row: String, reason: String) throws {
        let csv = Self.csvHeader + "KRG,Kurdistan Regional Government,,organisation,,,\n" + row + "\nZZZ,Last One,,country,,,\n"
        let file = ActorImport(text: csv, format: .csv, file: "mine.csv")
        #expect(file.entries.map(\.definition.actor.code) == ["KRG", "ZZZ"])
        let problem = try #require(file.problems.first)
        #expect(file.problems.count == 1)
        #expect(problem.line == 3)
        #expect(problem.description.hasPrefix("mine.csv:3: "))
        #expect(problem.message.contains(reason), "\(problem.message)")
    }

    @Test func quotedCellsMayHoldLineBreaksAndQuotes() throws {
        let csv = Self.csvHeader + "\"AAA\",\"Say \"\"hi\"\"\nthere\",,country,,,\nBBB,Second,,country,,,\nCCC,,,country,,,\n"
        let file = ActorImport(text: csv, format: .csv, file: "q.csv")
        #expect(file.entries.map(\.definition.actor.name) == ["Say \"hi\"\nthere", "Second"])
        #expect(file.entries.map(\.line) == [2, 4])
        #expect(file.problems.map(\.line) == [5])
    }

    @Test func columnsInAnyOrderCommentsAndCRLF() throws {
        let csv = "\u{FEFF}kind,code,name\r\n# a comment line\r\n\r\ncountry,AAA,First\r\n"
        let file = ActorImport(text: csv, format: .csv, file: "o.csv")
        #expect(file.problems.isEmpty, "\(file.problems)")
        #expect(file.entries.map(\.definition.actor.code) == ["AAA"])
        #expect(file.entries.first?.line == 4)
    }

    @Test(arguments: [
        ("code,name,colour\n", "unknown column(s) colour"),
        ("code,name\n", "missing column(s) kind"),
        ("code,name,kind,code\n", "repeated column(s) code"),
    ])
    func badHeaderRejectsTheFile(header: String, reason: String) throws {
        let file = ActorImport(text: header + "AAA,First,country\n", format: .csv, file: "h.csv")
        #expect(file.entries.isEmpty)
        #expect(file.problems.count == 1)
        #expect(file.problems.first?.line == 1)
        #expect(file.problems.first?.message.contains(reason) == true, "\(file.problems)")
    }

    @Test(arguments: ["", "# only a comment\n\n"])
    func fileWithoutHeader(text: String) {
        let file = ActorImport(text: text, format: .csv, file: "n.csv")
        #expect(file.entries.isEmpty)
        #expect(file.problems.map(\.description) == [
            "n.csv:1: no header line; the file must start with code,name,persian_name,kind,cameo,wikidata,aliases"])
    }

    @Test func yamlListOfMappings() throws {
        let yaml = """
        # my actors
        - code: KRG
          name: Kurdistan Regional Government
          persian_name: اقلیم کردستان
          kind: organisation
          wikidata: Q1234
          aliases: [Kurdistan Region, دولت اقلیم کردستان]
        - code: BAD
          name: Bad Kind
          kind: planet
        - code: GECF
          name: Gas Exporting Countries Forum
          kind: organisation
          aliases: GECF|مجمع کشورهای صادرکننده گاز
        - code: XKEY
          name: Odd Key
          kind: country
          colour: blue
        - just a string
        """
        let file = ActorImport(text: yaml, format: .yaml, file: "mine.yaml")
        #expect(file.entries.map(\.definition.actor.code) == ["KRG", "GECF"])
        #expect(file.entries.map(\.line) == [2, 11])
        #expect(file.entries.first?.definition.aliases.map(\.language) == [.english, .persian])
        #expect(file.entries.last?.definition.aliases.map(\.text) == ["GECF", "مجمع کشورهای صادرکننده گاز"])
        #expect(file.problems.map(\.line) == [8, 15, 19])
        #expect(file.problems.first?.message.contains("'planet'") == true)
        #expect(file.problems[1].message.contains("unknown key 'colour'"))
    }

    @Test(arguments: [
        ("code: AAA\nname: x\n", 1, "expected a list"),
        ("- code: AAA\n  name: [unclosed\n", 3, "not valid YAML"),
    ])
    func badYAMLFile(yaml: String, line: Int, reason: String) throws {
        let file = ActorImport(text: yaml, format: .yaml, file: "b.yaml")
        #expect(file.entries.isEmpty)
        #expect(file.problems.count == 1)
        #expect(file.problems.first?.message.contains(reason) == true, "\(file.problems)")
        #expect(file.problems.first.map { (1...line).contains($0.line) } == true, "\(file.problems)")
    }

    @Test func emptyYAMLHasNothing() {
        let file = ActorImport(text: "", format: .yaml, file: "e.yaml")
        #expect(file.entries.isEmpty)
        #expect(file.problems.isEmpty)
    }

    @Test func formatFromFileName() {
        #expect(ActorImport.Format(path: "a/B.CSV") == .csv)
        #expect(ActorImport.Format(path: "x.yml") == .yaml)
        #expect(ActorImport.Format(path: "x.yaml") == .yaml)
        #expect(ActorImport.Format(path: "x.txt") == nil)
    }

    @Test func conflictsWithTheGazetteerAreLeftOut() throws {
        let gazetteer = try ActorTestSupport.gazetteer.get()
        let csv = Self.csvHeader + """
        NATO,Another Nato,,organisation,,,
        NEWA,New Actor,,organisation,,,Azerbaijan
        NEWB,New B,,organisation,,,Newbie
        NEWC,New C,,organisation,,,newbie
        """
        var file = ActorImport(text: csv, format: .csv, file: "c.csv")
        #expect(file.problems.isEmpty)
        file.excludeConflicts(with: gazetteer)
        #expect(file.entries.map(\.definition.actor.code) == ["NEWB"])
        #expect(file.problems.map(\.line) == [2, 3, 5])
        #expect(file.problems[0].message.contains("the code NATO is taken"))
        #expect(file.problems[1].message.contains("'Azerbaijan' already names Azerbaijan (AZE)"))
        #expect(file.problems[2].message.contains("already names New B (NEWB)"))
    }
}
