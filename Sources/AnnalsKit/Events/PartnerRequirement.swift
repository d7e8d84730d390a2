/// Which kinds of event need a second actor to be an event at all: a visit by one country
/// to no one, or cooperation with no one, is not kept (`cameo/partners.tsv`).
///
/// The longest listed prefix of an event's code decides; codes no row covers stand alone.
struct PartnerRequirement: Sendable {
    static let path = "cameo/partners.tsv"

    /// Who may make an event of a listed kind alone.
    enum Alone: String, Sendable {
        /// Any single actor (a host of talks whose parties go unnamed).
        case any
        /// An organisation alone (its own meeting); a country alone may not.
        case organisation
        /// No single actor.
        case none
    }

    private let rules: [String: Alone]

    /// - Throws: ``ResourceError`` naming the line of a code missing from the codebook or of an unknown `alone`.
    init(resources: ResourceLibrary = .embedded, codebook: CameoCodebook) throws {
        var rules: [String: Alone] = [:]
        for row in try resources.table(Self.path).rows {
            let code = try row.value("code")
            guard codebook.entry(for: code) != nil else { throw row.error("cameo '\(code)' is not in \(CameoCodebook.path)") }
            let value = try row.value("alone")
            guard let alone = Alone(rawValue: value) else { throw row.error("alone '\(value)' is not any, organisation or none") }
            if rules[code] != nil { throw row.error("code '\(code)' is listed twice") }
            rules[code] = alone
        }
        self.rules = rules
    }

    /// Whether an event coded `cameo` between `participants` is kept: always with two actors
    /// or more; with one, only where its kind needs no partner (or lets that actor's kind act alone).
    func keeps(cameo: String, participants: [Participant], kind: (String) -> ActorKind?) -> Bool {
        guard participants.count == 1, let only = participants.first else { return !participants.isEmpty }
        var prefix = Substring(cameo)
        while !prefix.isEmpty {
            if let alone = rules[String(prefix)] {
                switch alone {
                case .any: return true
                case .organisation: return only.role == .source && kind(only.actorCode) == .organisation
                case .none: return false
                }
            }
            prefix = prefix.dropLast()
        }
        return true
    }
}
