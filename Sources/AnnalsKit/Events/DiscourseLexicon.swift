/// The words of one language that tie a text together: where clauses end,
/// which phrases point back to an actor ("this country", "he"), and which
/// point back to an event ("this conference").
///
/// Read from `<language>/discourse.tsv`.
public struct DiscourseLexicon: Sendable {
    /// What a discourse phrase does.
    public enum Function: String, Sendable, Hashable, CaseIterable {
        case clauseBoundary = "clause-boundary"
        case countryAnaphor = "country-anaphor"
        case organisationAnaphor = "organisation-anaphor"
        case pairAnaphor = "pair-anaphor"
        case personAnaphor = "person-anaphor"
        case deictic
    }

    let phrases: PhraseLexicon<Function>

    public init(language: Language, resources: ResourceLibrary = .embedded) throws(ResourceError) {
        var phrases = PhraseLexicon<Function>()
        for row in try resources.table("\(language.rawValue)/discourse.tsv").rows {
            let name = try row.value("function")
            guard let function = Function(rawValue: name) else {
                let known = Function.allCases.map(\.rawValue).joined(separator: ", ")
                throw row.error("function '\(name)' is not one of \(known)")
            }
            phrases.insert(try row.value("phrase"), value: function)
        }
        self.phrases = phrases
    }

    /// The discourse phrases in tokens `range`, left to right.
    public func matches(in tokens: [Token], range: Range<Int>) -> [(tokenRange: Range<Int>, function: Function)] {
        phrases.matches(in: tokens, range: range).compactMap { match in
            match.values.first.map { (match.tokenRange, $0) }
        }
    }
}
