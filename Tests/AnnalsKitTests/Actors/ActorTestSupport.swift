import Testing
@testable import AnnalsKit

/// One gazetteer and analyser for all actor tests: building them once keeps the suite fast.
enum ActorTestSupport {
    static let gazetteer: Result<Gazetteer, any Error> = Result { try Gazetteer() }
    static let analyzer: Result<TextAnalyzer, any Error> = Result { try TextAnalyzer() }

    /// The mentions of `sentence`, each written `CODE:form` or `CODE:form:Person name`
    /// (`CODE:city:Place` for places).
    static func describe(_ sentence: String, language: Language) throws -> [String] {
        let text = try analyzer.get().analyze(sentence, language: language)
        return try gazetteer.get().mentions(in: text).map(describe)
    }

    static func describe(_ mention: ActorMention) -> String {
        var parts = [mention.actorCode, mention.form.rawValue]
        if let place = mention.placeName { parts.append(place) }
        if let person = mention.personName { parts.append(person) }
        return parts.joined(separator: ":")
    }

    /// A sentence whose first mention is a person speaking for an actor in `role`.
    struct RoleCase: Sendable, CustomTestStringConvertible {
        let sentence: String
        let role: String
        let isFormer: Bool
        var testDescription: String { sentence }
    }

    /// Checks that the first mention of the case's sentence is a spokesperson with its role.
    static func check(_ testCase: RoleCase, language: Language) throws {
        let text = try analyzer.get().analyze(testCase.sentence, language: language)
        let mention = try #require(try gazetteer.get().mentions(in: text).first)
        #expect(mention.form == .spokesperson)
        #expect(mention.role == testCase.role)
        #expect(mention.isFormer == testCase.isFormer)
    }
}
