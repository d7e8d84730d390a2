/// Where a name a user typed is looked for among the names a store keeps
/// (`actor_names`, migration 0007), in the order ``Gazetteer/resolve(_:)`` tries
/// them: as an actor code, then as a folded name (with a leading English "the"
/// left out as well), then as an ISO alpha-2 code.
///
/// ```swift
/// let lookup = ActorNameLookup("The Azerbaijan")
/// lookup.code                 // "THE AZERBAIJAN"
/// lookup.keys.map(\.key)      // ["the azerbaijan", "azerbaijan", "THE AZERBAIJAN"]
/// ```
public struct ActorNameLookup: Sendable, Hashable {
    /// One row of `actor_names` to look for.
    public struct Key: Sendable, Hashable {
        /// `name` (a folded name) or `alpha2` (an alpha-2 code as typed, upper-cased).
        public let kind: String
        public let key: String
    }

    /// The name as an actor code: trimmed and upper-cased.
    public let code: String
    /// The rows to try after the code, in order.
    public let keys: [Key]

    public init(_ name: String) {
        let trimmed = name.trimmingSpaces()
        code = trimmed.uppercased()
        var key = NameFolding.key(trimmed)
        var keys = [Key(kind: "name", key: key)]
        if key.hasPrefix("the ") {
            key.removeFirst(4)
            keys.append(Key(kind: "name", key: key))
        }
        keys.append(Key(kind: "alpha2", key: code))
        self.keys = keys
    }
}
