/// The user's own additions to the gazetteer: actors they defined and names
/// they gave to any actor, as kept in the database.
///
/// Read them with ``AnnalsStore/userEntries()`` and add them to the built-in
/// gazetteer with ``Gazetteer/add(_:)``.
public struct UserGazetteerEntries: Sendable, Hashable {
    /// The actors the user defined, sorted by code.
    public var actors: [Actor]
    /// The aliases the user gave, keyed by actor code: to their own actors or to built-in ones.
    public var aliases: [String: [Alias]]

    public init(actors: [Actor] = [], aliases: [String: [Alias]] = [:]) {
        self.actors = actors
        self.aliases = aliases
    }

    /// Whether the actor with `code` is one the user defined.
    public func defines(_ code: String) -> Bool {
        actors.contains { $0.code == code.uppercased() }
    }

    /// Whether the user gave `alias` to the actor with `code`.
    public func gave(_ alias: Alias, to code: String) -> Bool {
        aliases[code.uppercased()]?.contains(alias) ?? false
    }
}
