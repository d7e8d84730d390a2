/// The endings an event noun takes in writing without a space, read from
/// `<language>/noun-forms.tsv`: the Persian indefinite and ezafe "ی" ("دیداری",
/// "مانوری نظامی", "گفتگویی"). The ending goes on the noun's first word, the head of
/// its phrase; the words after it are kept.
///
/// Endings written after a space or ZWNJ ("حمله‌ای", "تحریم‌ها") need no form: the
/// noun's own words already match at the start of the phrase.
struct NounForms: Sendable {
    struct Ending: Sendable {
        let name: String
        let suffix: String
        /// The head's last letter must be one of these (empty: any).
        let endsWith: Set<Character>
        /// … and none of these.
        let notEndsWith: Set<Character>
    }

    static func path(_ language: Language) -> String { "\(language.rawValue)/noun-forms.tsv" }

    let endings: [Ending]

    /// - Throws: ``ResourceError`` naming the line of a row without a name or suffix.
    init(language: Language, resources: ResourceLibrary = .embedded) throws {
        var endings: [Ending] = []
        for row in try resources.table(Self.path(language)).rows {
            let letters = { (column: String) in Set((row.optionalValue(column) ?? "").filter { $0 != "*" }) }
            endings.append(Ending(name: try row.value("name"), suffix: try row.value("suffix"),
                                  endsWith: letters("ends_with"), notEndsWith: letters("not_ends_with")))
        }
        self.endings = endings
    }

    /// The written forms of a normalised noun phrase, each with its ending's name.
    func forms(of phrase: String) -> [(name: String, phrase: String)] {
        let words = phrase.split(separator: " ", omittingEmptySubsequences: true)
        guard let head = words.first, let last = head.last else { return [] }
        return endings.compactMap { ending in
            guard ending.endsWith.isEmpty || ending.endsWith.contains(last), !ending.notEndsWith.contains(last) else { return nil }
            return (ending.name, ([String(head) + ending.suffix] + words.dropFirst().map(String.init)).joined(separator: " "))
        }
    }
}
