/// What sort of actor an entry of the gazetteer is.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
    case country
    case organisation
}

/// A state or international organisation that events happen between.
///
/// Every actor is named the same way whatever the language of the article:
/// countries by ISO 3166-1 alpha-3 (`AZE`), organisations by their usual
/// English acronym (`NATO`).
public struct Actor: Sendable, Hashable, Codable, Identifiable {
    /// `AZE`, `NATO`: the key used everywhere in Annals.
    public let code: String
    public let kind: ActorKind
    /// The English name shown in timelines, e.g. "Azerbaijan".
    public let name: String
    /// The Persian name, e.g. "جمهوری آذربایجان".
    public let persianName: String?
    /// The CAMEO actor code (`AZE`, `IGOWSTNAT`), for lining up with GDELT and ICEWS.
    public let cameoCode: String
    /// The Wikidata item, e.g. `Q7184` for NATO.
    public let wikidataID: String?

    public var id: String { code }

    public init(code: String, kind: ActorKind, name: String, persianName: String? = nil,
                cameoCode: String, wikidataID: String? = nil) {
        self.code = code
        self.kind = kind
        self.name = name
        self.persianName = persianName
        self.cameoCode = cameoCode
        self.wikidataID = wikidataID
    }
}
