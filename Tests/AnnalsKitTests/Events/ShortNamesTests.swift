import Testing
@testable import AnnalsKit

/// Short names (`fa/short-names.tsv`): an actor's short name counts only in a text that
/// names the actor otherwise, and not before a word that makes it another thing.
@Suite struct ShortNamesTests {
    static let gazetteer = Result { try Gazetteer() }
    static let analyzer = Result { try TextAnalyzer() }

    static func codes(in sentence: String) throws -> [String] {
        let text = try analyzer.get().analyze(sentence, language: .persian)
        let gazetteer = try gazetteer.get()
        let names = try ShortNames(language: .persian, resources: .embedded, gazetteer: gazetteer)
        return names.adding(to: gazetteer.mentions(in: text), in: text).map(\.actorCode)
    }

    @Test(arguments: [
        ("آژانس بین‌المللی انرژی اتمی گزارش داد. ایران با آژانس همکاری می‌کند.", ["IAEA", "IRN", "IAEA"]),
        ("ایران با آژانس همکاری می‌کند. گزارش آژانس انرژی اتمی منتشر شد.", ["IRN", "IAEA", "IAEA"]),
        // No full name: the short name names no one; a news agency is not the IAEA.
        ("ایران با آژانس همکاری می‌کند.", ["IRN"]),
        ("آژانس بین‌المللی انرژی اتمی به گزارش آژانس خبری فرانسه پاسخ داد.", ["IAEA", "FRA"]),
    ])
    func shortNameCountsInATextThatNamesTheActor(sentence: String, expected: [String]) throws {
        let found = try Self.codes(in: sentence)
        #expect(found == expected, "\(found)")
    }

    @Test func rejectsAnActorTheGazetteerLacks() throws {
        var files = ResourceLibrary.embedded.files
        files["fa/short-names.tsv"] = "# test file\nshort_name\tactor\tnot_before\texample\nآژانس\tXXXX\t\tمثال\n"
        #expect(throws: ResourceError.malformed(file: "fa/short-names.tsv", line: 3, reason: "actor 'XXXX' is not in the gazetteer")) {
            try ShortNames(language: .persian, resources: ResourceLibrary(files: files), gazetteer: try Self.gazetteer.get())
        }
    }
}
