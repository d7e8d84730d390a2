import Testing
@testable import AnnalsKit

@Suite("Gazetteer")
struct GazetteerTests {
    static let resolved: [(String, String)] = [
        ("ناتو", "NATO"), ("NATO", "NATO"), ("nato", "NATO"), ("Nato", "NATO"),
        ("North Atlantic Treaty Organization", "NATO"), ("سازمان پیمان آتلانتیک شمالی", "NATO"),
        ("پیمان آتلانتیک شمالی", "NATO"), ("OTAN", "NATO"), ("ناتوی", "NATO"),
        ("جمهوری آذربایجان", "AZE"), ("Azerbaijan", "AZE"), ("AZE", "AZE"), ("aze", "AZE"),
        ("Republic of Azerbaijan", "AZE"), ("آذربايجان", "AZE"), ("آذربایجان", "AZE"), ("AZ", "AZE"),
        ("Azerbaijani", "AZE"), ("آذربایجانی", "AZE"), ("  azerbaijan  ", "AZE"),
        ("United States", "USA"), ("U.S.", "USA"), ("USA", "USA"), ("آمریکا", "USA"), ("امریکا", "USA"),
        ("ایالات متحده", "USA"), ("American", "USA"), ("آمریکایی", "USA"),
        ("Türkiye", "TUR"), ("Turkey", "TUR"), ("Turkiye", "TUR"), ("ترکیه", "TUR"), ("ترکیه‌ای", "TUR"), ("Turkish", "TUR"),
        ("Iran", "IRN"), ("ایران", "IRN"), ("Islamic Republic of Iran", "IRN"), ("جمهوری اسلامی ایران", "IRN"), ("ايران", "IRN"),
        ("Georgia", "GEO"), ("گرجستان", "GEO"),
        ("United Kingdom", "GBR"), ("UK", "GBR"), ("انگلیس", "GBR"), ("بریتانیا", "GBR"),
        ("the Netherlands", "NLD"), ("Holland", "NLD"), ("هلند", "NLD"),
        ("Côte d’Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Ivory Coast", "CIV"),
        ("China", "CHN"), ("چین", "CHN"), ("Myanmar", "MMR"), ("Burma", "MMR"),
        ("Bosnia and Herzegovina", "BIH"), ("Saint Lucia", "LCA"), ("St. Lucia", "LCA"),
        ("اسرائیل", "ISR"), ("اسراییل", "ISR"), ("Kosovo", "XKX"),
        ("European Union", "EU"), ("اتحادیه اروپا", "EU"), ("اتحادیهٔ اروپا", "EU"), ("eu", "EU"),
        ("United Nations", "UN"), ("سازمان ملل", "UN"), ("سازمان ملل متحد", "UN"),
        ("OSCE", "OSCE"), ("سازمان امنیت و همکاری اروپا", "OSCE"),
        ("Commonwealth of Independent States", "CIS"), ("Shanghai Cooperation Organization", "SCO"),
        ("شورای امنیت", "UNSC"), ("World Bank", "WB"), ("بانک جهانی", "WB"), ("اوپک", "OPEC"),
        ("Interpol", "INTERPOL"), ("interpol", "INTERPOL"), ("Council of Europe", "COE"), ("شورای اروپا", "COE"),
        ("Mali", "MLI"), ("مالی", "MLI"),
    ]

    @Test(arguments: resolved)
    func resolves(_ name: String, _ code: String) throws {
        let actual = try ActorTestSupport.gazetteer.get().resolve(name)?.code
        #expect(actual == code)
    }

    @Test(arguments: ["Atlantis", "ترک", "Congo", "", "xyz", "سازمان"])
    func doesNotResolve(_ name: String) throws {
        let actual = try ActorTestSupport.gazetteer.get().resolve(name)
        #expect(actual == nil)
    }

    @Test func countriesComeFromFoundationAndTheCodeTable() throws {
        let gazetteer = try ActorTestSupport.gazetteer.get()
        let countries = gazetteer.actors.filter { $0.kind == .country }
        #expect(countries.count == 254)  // 249 ISO 3166-1 entries, Kosovo and four former states (ISO 3166-3)
        let azerbaijan = try #require(gazetteer.actor(code: "aze"))
        #expect(azerbaijan.name == "Azerbaijan")
        #expect(azerbaijan.persianName == "جمهوری آذربایجان")
        #expect(azerbaijan.cameoCode == "AZE")
        #expect(gazetteer.actor(code: "XKX")?.cameoCode == "KSV")
        // A former state takes no name from Foundation, whose "SU" is Russia.
        let soviet = try #require(gazetteer.actor(code: "SUN"))
        #expect(soviet.name == "Soviet Union")
        #expect(soviet.persianName == "اتحاد جماهیر شوروی")
        #expect(gazetteer.actor(code: "RUS")?.name == "Russia")
        #expect(!gazetteer.aliases(of: "SUN").contains { $0.text == "Russia" || $0.text == "روسیه" })
        #expect(gazetteer.actors.map(\.code) == gazetteer.actors.map(\.code).sorted())
        #expect(!gazetteer.actors.contains { ["EU", "UN"].contains($0.code) && $0.kind == .country })
    }

    @Test func organisationsCarryCodes() throws {
        let gazetteer = try ActorTestSupport.gazetteer.get()
        #expect(gazetteer.actors.filter { $0.kind == .organisation }.count >= 40)
        let nato = try #require(gazetteer.actor(code: "NATO"))
        #expect(nato.cameoCode == "IGOWSTNAT")
        #expect(nato.wikidataID == "Q7184")
        #expect(nato.persianName == "ناتو")
        #expect(gazetteer.actor(code: "UN")?.wikidataID == "Q1065")
        #expect(gazetteer.actor(code: "EU")?.cameoCode == "IGOEUREEC")
    }

    @Test func aliasesForTheDatabase() throws {
        let aliases = try ActorTestSupport.gazetteer.get().aliases(of: "aze")
        #expect(aliases.contains(Alias(text: "Republic of Azerbaijan", language: .english)))
        #expect(aliases.contains(Alias(text: "آذربایجانی", language: .persian, form: .demonym)))
        #expect(aliases.contains(Alias(text: "باکو", language: .persian, form: .city, placeName: "Baku")))
        let usa = try ActorTestSupport.gazetteer.get().aliases(of: "USA")
        #expect(usa.contains(Alias(text: "US", language: .english, caseSensitive: true)))
    }

    @Test(arguments: [("Azerbajan", "Azerbaijan"), ("Azerbaydzhan", "Azerbaijan"), ("Gergia", "Georgia"),
                      ("آذربیجان", "آذربایجان"), ("Untied Nations", "United Nations")])
    func suggestsNearNames(_ misspelt: String, _ expected: String) throws {
        let suggestions = try ActorTestSupport.gazetteer.get().suggestions(for: misspelt)
        #expect(suggestions.first == expected)
        #expect(suggestions.count <= 5)
    }

    @Test func suggestsNothingForNonsense() throws {
        #expect(try ActorTestSupport.gazetteer.get().suggestions(for: "qqqqqqqqqqqq").isEmpty)
    }

    @Test func userEntriesAreFound() throws {
        var gazetteer = try ActorTestSupport.gazetteer.get()
        #expect(gazetteer.resolve("Minsk Group") == nil)
        gazetteer.add(Actor(code: "OSCEMG", kind: .organisation, name: "OSCE Minsk Group",
                            persianName: "گروه مینسک سازمان امنیت و همکاری اروپا", cameoCode: "IGOEURSCE"),
                      aliases: [Alias(text: "Minsk Group", language: .english), Alias(text: "گروه مینسک", language: .persian)])
        #expect(gazetteer.resolve("minsk group")?.code == "OSCEMG")
        #expect(gazetteer.resolve("گروه مینسک")?.code == "OSCEMG")
        try gazetteer.addAlias(Alias(text: "Azerbaycan", language: nil), to: "aze")
        #expect(gazetteer.resolve("AZERBAYCAN")?.code == "AZE")
        let text = try ActorTestSupport.analyzer.get().analyze("رئیس گروه مینسک به باکو رفت.", language: .persian)
        #expect(gazetteer.mentions(in: text).map(ActorTestSupport.describe) == ["OSCEMG:spokesperson", "AZE:city:Baku"])
        #expect(throws: GazetteerError.unknownActor("NOPE")) {
            try gazetteer.addAlias(Alias(text: "Nope", language: .english), to: "nope")
        }
    }

    static let malformed: [(file: String, text: String, message: String)] = [
        ("actors/countries.tsv", "# codes\nalpha2\talpha3\tnumeric\nAZ\tAZE\t031\nGE\tGE\t268\n",
         "actors/countries.tsv:4: column 'alpha3' is 'GE', not 3 capital letters"),
        ("actors/countries.tsv", "alpha2\talpha3\tnumeric\nAZ\tAZE\t31x\n",
         "actors/countries.tsv:2: numeric code '31x' is not three digits"),
        ("actors/countries.tsv", "alpha2\talpha3\nAZ\tAZE\textra\n",
         "actors/countries.tsv:2: 3 cells but the header names 2 columns"),
        ("actors/organisations.tsv", "code\tcameo\twikidata\tname\nNATO\tIGOWSTNAT\t7184\tNATO\n",
         "actors/organisations.tsv:2: wikidata '7184' is not an item id like Q7184"),
        ("actors/organisations.tsv", "code\tcameo\twikidata\tname\nAZE\tIGO\t\tSomething\n",
         "actors/organisations.tsv:2: AZE is already a country's code"),
        ("actors/cities.tsv", "country\tname\tkind\nZZZ\tNowhere\tcapital\n",
         "actors/cities.tsv:2: no country has the code ZZZ"),
        ("en/roles.tsv", "# roles\nphrase\trole\tkind\nforeign minister\tForeign Minister\tboss\n",
         "en/roles.tsv:3: kind 'boss' is not one of role, deputy, acting, former, filler"),
        ("actors/context-rules.tsv", "language\talias\tbefore\tafter\tcountry\tplace\nfa\tآذربایجان\t\t\tIRN\tx\n",
         "actors/context-rules.tsv:2: a rule needs 'before' or 'after' words"),
    ]

    @Test(arguments: malformed)
    func rejectsMalformedData(_ file: String, _ text: String, _ message: String) {
        var files = [
            "actors/countries.tsv": "alpha2\talpha3\tnumeric\nAZ\tAZE\t031\n",
            "actors/organisations.tsv": "code\tcameo\twikidata\tname\nNATO\tIGOWSTNAT\tQ7184\tNATO\n",
            "actors/cities.tsv": "country\tname\tkind\nAZE\tBaku\tcapital\n",
        ]
        files[file] = text
        #expect {
            try Gazetteer(resources: ResourceLibrary(files: files))
        } throws: { error in
            (error as? ResourceError)?.description == message
        }
    }

    @Test func smallLibraryLoads() throws {
        let gazetteer = try Gazetteer(resources: ResourceLibrary(files: [
            "actors/countries.tsv": "alpha2\talpha3\tnumeric\nAZ\tAZE\t031\n",
            "actors/organisations.tsv": "code\tcameo\twikidata\tname\nNATO\tIGOWSTNAT\tQ7184\tNATO\n",
            "actors/cities.tsv": "country\tname\tkind\nAZE\tBaku\tcapital\n",
        ]))
        #expect(gazetteer.actors.map(\.code) == ["AZE", "NATO"])
        #expect(gazetteer.resolve("Baku") == gazetteer.actor(code: "AZE"))
    }
}
