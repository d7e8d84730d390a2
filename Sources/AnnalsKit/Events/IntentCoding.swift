/// The CAMEO code of an intention to act (root 03), for each kind of act a speaker
/// can announce ("Chile will cooperate with Peru, the envoy said": 031).
///
/// Read from `cameo/intents.tsv`; the longest listed prefix of the act's code decides.
struct IntentCoding: Sendable {
    static let path = "cameo/intents.tsv"
    private let intents: [String: String]

    /// - Throws: ``ResourceError`` naming the line of a code missing from the codebook.
    init(resources: ResourceLibrary = .embedded, codebook: CameoCodebook) throws {
        var intents: [String: String] = [:]
        for row in try resources.table(Self.path).rows {
            let act = try row.value("act")
            let intent = try row.value("intent")
            for code in [act, intent] where codebook.entry(for: code) == nil {
                throw row.error("cameo '\(code)' is not in \(CameoCodebook.path)")
            }
            guard intent.hasPrefix("03") else { throw row.error("intent '\(intent)' is not a root 03 code") }
            if intents[act] != nil { throw row.error("act '\(act)' is listed twice") }
            intents[act] = intent
        }
        self.intents = intents
    }

    /// The intention to do the act coded `cameo`, or nil when announcing it is no intention to cooperate.
    func intent(toDo cameo: String) -> String? {
        var prefix = Substring(cameo)
        while !prefix.isEmpty {
            if let intent = intents[String(prefix)] { return intent }
            prefix = prefix.dropLast()
        }
        return nil
    }
}
