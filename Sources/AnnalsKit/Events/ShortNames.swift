/// The short names news uses for an actor once it has named it in full: a Persian article
/// that has named «آژانس بین‌المللی انرژی اتمی» goes on with «آژانس».
///
/// Read from `<language>/short-names.tsv` (a language without the file has none). A short
/// name stands for its actor only in a text that names that actor otherwise, and not
/// before a word that makes it something else («آژانس خبری», a news agency).
struct ShortNames: Sendable {
    struct Entry: Sendable {
        let actorCode: String
        /// Normalised words that, right after the short name, make it another thing.
        let notBefore: Set<String>
    }

    private let phrases: PhraseLexicon<Entry>

    /// - Throws: ``ResourceError`` naming the line of a row whose actor the gazetteer lacks.
    init(language: Language, resources: ResourceLibrary, gazetteer: Gazetteer) throws(ResourceError) {
        var phrases = PhraseLexicon<Entry>()
        let path = "\(language.rawValue)/short-names.tsv"
        if resources.contains(path) {
            let normalizer = TextNormalizer()
            for row in try resources.table(path).rows {
                let code = try row.value("actor")
                guard gazetteer.actor(code: code) != nil else { throw row.error("actor '\(code)' is not in the gazetteer") }
                let notBefore = (row.optionalValue("not_before") ?? "").split(separator: "|")
                    .map { normalizer.normalizedString(String($0)) }
                phrases.insert(try row.value("short_name"), value: Entry(actorCode: code, notBefore: Set(notBefore)))
            }
        }
        self.phrases = phrases
    }

    /// `mentions` (in text order) with the short names of the actors among them added, in text order.
    func adding(to mentions: [ActorMention], in text: AnalyzedText) -> [ActorMention] {
        let named = Set(mentions.map(\.actorCode))
        guard !named.isEmpty else { return mentions }
        let tokens = text.tokens
        var added: [ActorMention] = []
        for match in phrases.matches(in: tokens) {
            guard let entry = match.values.first(where: { named.contains($0.actorCode) }),
                  !mentions.contains(where: { $0.tokenRange.overlaps(match.tokenRange) }) else { continue }
            let next = match.tokenRange.upperBound
            if next < tokens.count, entry.notBefore.contains(tokens[next].text) { continue }
            added.append(ActorMention(actorCode: entry.actorCode, form: .name, tokenRange: match.tokenRange))
        }
        guard !added.isEmpty else { return mentions }
        return (mentions + added).sorted { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
    }
}
