import Foundation
import Testing
@testable import AnnalsKit

/// A language is data: its profile and lexicons under `Resources/<tag>/`, or in a folder given at run time.
@Suite struct LanguageProfileTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/language")
    static let german = Language(rawValue: "de")!

    /// A third language, German, from a folder of test data and no code: one sentence
    /// gives a dated event between two actors.
    @Test func aLanguageFromAFolderReadsADatedEvent() throws {
        let resources = try ResourceLibrary.embedded.adding(folder: Self.fixtures)
        #expect(resources.languages == [Self.german, .english, .persian])
        var gazetteer = try Gazetteer(resources: resources)
        try gazetteer.addAlias(Alias(text: "Georgien", language: Self.german), to: "GEO")
        let extractor = try EventExtractor(resources: resources, gazetteer: gazetteer)
        let article = Article(text: "Die NATO und Georgien unterzeichneten am 04.05.2009 ein Abkommen.",
                              language: Self.german, origin: "de.txt")
        let events = extractor.events(in: article)
        #expect(events.map(\.cameo) == ["057"])
        #expect(events.first?.time?.timex == "2009-05-04")
        #expect(Set(events.first?.participants.map(\.actorCode) ?? []) == ["NATO", "GEO"])
    }

    /// The folder's language names the actors too: countries by Foundation's names in that
    /// language ("Georgien"), others by its `actor-aliases.tsv` ("Nordatlantikpakt").
    @Test func aLanguageFromAFolderNamesTheActors() throws {
        let resources = try ResourceLibrary.embedded.adding(folder: Self.fixtures)
        let extractor = try EventExtractor(resources: resources, gazetteer: try Gazetteer(resources: resources))
        let article = Article(text: "Der Nordatlantikpakt und Georgien unterzeichneten am 04.05.2009 ein Abkommen.",
                              language: Self.german, origin: "de.txt")
        let events = extractor.events(in: article)
        #expect(events.map(\.cameo) == ["057"])
        #expect(Set(events.first?.participants.map(\.actorCode) ?? []) == ["NATO", "GEO"])
    }

    /// An alias for an actor nobody has is refused, with its file and line.
    @Test func aLanguageAliasOfAnUnknownActorNamesItsLine() throws {
        var files = try ResourceLibrary.embedded.adding(folder: Self.fixtures).files
        files["de/actor-aliases.tsv"] = "code\talias\tform\nNATO\tNordatlantikpakt\t\nXYZ\tNiemand\t\n"
        #expect(throws: ResourceError.malformed(file: "de/actor-aliases.tsv", line: 3, reason: "no actor has the code XYZ")) {
            try Gazetteer(resources: ResourceLibrary(files: files))
        }
    }

    /// The same sentence is nothing to the built-in data alone, which has no German.
    @Test func withoutTheFolderTheLanguageReadsNothing() throws {
        let article = Article(text: "Die NATO und Georgien unterzeichneten am 04.05.2009 ein Abkommen.",
                              language: Self.german, origin: "de.txt")
        #expect(try EventExtractor().events(in: article).isEmpty)
    }

    struct DetectionCase: Sendable, CustomStringConvertible {
        let description: String
        let text: String
        let language: Language?
    }

    static let detection: [DetectionCase] = [
        DetectionCase(description: "Latin letters", text: "The talks went on.", language: .english),
        DetectionCase(description: "Arabic-script letters", text: "گفتگوها ادامه یافت.", language: .persian),
        DetectionCase(description: "more Persian than Latin", text: "ناتو و آذربایجان NATO", language: .persian),
        DetectionCase(description: "as many of each goes to Persian", text: "ab با", language: .persian),
        DetectionCase(description: "no letters", text: "1994 - 2009", language: nil),
    ]

    @Test(arguments: detection)
    func theScriptsOfTheProfilesTellTheLanguage(_ example: DetectionCase) {
        #expect(Language.detect(in: example.text) == example.language)
    }

    /// An article that names no language is read in the language whose script its letters
    /// are in, among the languages the reader's rule data has, not only the built-in ones.
    @Test(arguments: [
        ("Переговоры продолжились в Москве.", "ru"),
        ("The talks went on in Moscow.", "en"),
        ("گفتگوها در مسکو ادامه یافت.", "fa"),
    ])
    func theReaderDetectsALanguageOfTheRuleData(_ text: String, _ tag: String) throws {
        let russian = try #require(Language(rawValue: "ru"))
        let profile = "key\tvalue\nscript\t0400-04FF\nspokesperson-order\tactor-role\nobject-follows-verb\tyes\n"
        let resources = ResourceLibrary(files: ["ru/profile.tsv": profile])
        let profiles = LanguageProfile.builtIn + [try LanguageProfile(language: russian, resources: resources)]
        let reader = ArticleReader(profiles: profiles)
        #expect(try reader.article(from: text, path: "note.txt").language.rawValue == tag)
        // The built-in reader knows no Cyrillic: such a text falls back to English.
        if tag == "ru" { #expect(try ArticleReader().article(from: text, path: "note.txt").language == .english) }
    }

    @Test(arguments: [
        ("script\t0041", "script range '0041' is not two hex numbers like 0041-005A"),
        ("spokesperson-order\tsideways", "spokesperson-order is not actor-role or role-actor"),
        ("object-follows-verb\tmaybe", "value 'maybe' is neither 'yes' nor 'no'"),
        ("verb-word\tmiddle", "verb-word 'middle' is not first or last"),
    ])
    func malformedProfilesNameTheirLine(_ row: String, _ reason: String) {
        var settings = [
            "script": "script\t0041-005A", "spokesperson-order": "spokesperson-order\tactor-role",
            "object-follows-verb": "object-follows-verb\tno",
        ]
        settings[String(row.split(separator: "\t")[0])] = row
        let text = "key\tvalue\n" + settings.keys.sorted().map { settings[$0]! }.joined(separator: "\n") + "\n"
        #expect {
            try LanguageProfile(language: Self.german, resources: ResourceLibrary(files: ["de/profile.tsv": text]))
        } throws: { error in
            (error as? ResourceError)?.description.hasSuffix(reason) ?? false
        }
    }

    /// Which word of a verb phrase inflects, and the default form sets, are the profile's.
    @Test func theProfileSaysWhichWordOfAVerbPhraseInflects() throws {
        let persian = try VerbConjugator(language: .persian)
        #expect(persian.defaultSets(for: "پیوستن") == ["simple"])
        #expect(persian.defaultSets(for: "امضا کردن") == ["compound"])
        #expect(try VerbConjugator(language: .english).defaultSets(for: "hold talks") == ["active"])
        // The same Persian forms with a profile that says the first word inflects find no verb.
        var files = ResourceLibrary.embedded.files
        files["fa/profile.tsv"] = files["fa/profile.tsv"]!.replacingOccurrences(of: "verb-word\tlast", with: "verb-word\tfirst")
        let flipped = try VerbConjugator(language: .persian, resources: ResourceLibrary(files: files))
        #expect(throws: ConjugationError.unknownVerb("امضا")) { try flipped.forms(of: "امضا کردن", sets: ["compound"]) }
    }
}
