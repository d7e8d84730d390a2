/// A word or phrase of a `roles.tsv` file.
struct RoleWord: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable {
        /// A role: "foreign minister", "دبیر کل".
        case role
        /// Comes before a role and makes a deputy: "deputy", "معاون".
        case deputy
        /// Comes before a role and makes it acting: "acting".
        case acting
        /// The person held the role before: "former", "سابق".
        case former
        /// May stand between a role and its actor: "کشور" in "وزیر خارجه کشور ترکیه".
        case filler
    }

    let role: String
    let kind: Kind
    let language: Language
}

/// A context in which a name does not stand for its usual actor (`actors/context-rules.tsv`).
struct ContextRule: Sendable, Hashable {
    /// Folded words that must come right before the name; any one of the choices.
    let before: [[String]]
    /// Folded words that must come right after the name; any one of the choices.
    let after: [[String]]
    /// The country the name then stands for as a place, or nil for no mention at all.
    let country: String?
    let place: String?

    func matches(_ tokens: [Token], range: Range<Int>) -> Bool {
        func follows(_ words: [String]) -> Bool {
            guard range.lowerBound >= words.count else { return false }
            return zip(tokens[(range.lowerBound - words.count)..<range.lowerBound], words).allSatisfy { $0.text == $1 }
        }
        func precedes(_ words: [String]) -> Bool {
            guard range.upperBound + words.count <= tokens.count else { return false }
            return zip(tokens[range.upperBound..<(range.upperBound + words.count)], words).allSatisfy { $0.text == $1 }
        }
        let beforeOK = before.isEmpty || before.contains(where: follows)
        let afterOK = after.isEmpty || after.contains(where: precedes)
        return beforeOK && afterOK
    }
}

/// A Persian ending that joins a name without a space (`fa/actor-suffixes.tsv`).
struct SuffixRule: Sendable, Hashable {
    /// The language whose names take the suffix.
    let language: Language
    let suffix: String
    /// Final letters the name must end with; nil for any.
    let endsWith: Set<Unicode.Scalar>?
    let notEndsWith: Set<Unicode.Scalar>
    let form: ActorMention.Form
    let singleWord: Bool

    func applies(toFinal final: Unicode.Scalar, wordCount: Int) -> Bool {
        if singleWord && wordCount > 1 { return false }
        if let endsWith, !endsWith.contains(final) { return false }
        return !notEndsWith.contains(final)
    }
}
