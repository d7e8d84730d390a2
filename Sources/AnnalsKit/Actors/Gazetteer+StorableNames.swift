/// One name a gazetteer resolves, as a store keeps it (`actor_names`).
public struct ActorNameRow: Sendable, Hashable {
    /// `name` or `alpha2` (see ``ActorNameLookup/Key``).
    public let kind: String
    public let key: String
    public let actorCode: String
}

extension Gazetteer {
    /// Every folded name and alpha-2 code this gazetteer resolves, with its
    /// actor's code: what a store keeps in `actor_names`.
    public var storableNames: [ActorNameRow] {
        let (names, alpha2) = directory.resolvableNames
        return names.filter { !$0.key.isEmpty }.map { ActorNameRow(kind: "name", key: $0.key, actorCode: $0.code) }
            + alpha2.filter { !$0.key.isEmpty }.map { ActorNameRow(kind: "alpha2", key: $0.key, actorCode: $0.code) }
    }
}
