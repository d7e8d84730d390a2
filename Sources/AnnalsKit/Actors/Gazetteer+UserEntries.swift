extension Gazetteer {
    /// Adds the user's own actors and aliases to this gazetteer.
    ///
    /// A user-defined actor whose code a built-in actor also has (a later
    /// version of Annals may add one) takes the built-in one's place; both
    /// sets of names stay. An alias of an actor this gazetteer does not know
    /// is left out and its code returned.
    ///
    /// - Returns: the codes of the aliases left out, sorted.
    @discardableResult
    public mutating func add(_ entries: UserGazetteerEntries) -> [String] {
        for actor in entries.actors {
            add(actor, aliases: entries.aliases[actor.code] ?? [])
        }
        var unknown: [String] = []
        for code in entries.aliases.keys.sorted() where !entries.defines(code) {
            for alias in entries.aliases[code] ?? [] {
                do {
                    try addAlias(alias, to: code)
                } catch {
                    unknown.append(code)
                    break
                }
            }
        }
        return unknown
    }

    /// Why `definition` cannot be added to this gazetteer, or nil when it can:
    /// its code is taken, or one of its names already stands for another actor.
    public func conflict(with definition: ActorDefinition) -> GazetteerConflict? {
        let code = definition.actor.code
        if let known = actor(code: code) {
            return .codeTaken(code: code, byName: known.name)
        }
        let names = [definition.actor.name] + [definition.actor.persianName].compactMap { $0 }
            + definition.aliases.map(\.text)
        for name in names {
            if let other = resolve(name) {
                return .nameTaken(name: name, actorCode: other.code, actorName: other.name)
            }
        }
        return nil
    }

    /// Why `alias` cannot be given to the actor with `code`, or nil when it can.
    ///
    /// - Returns: the conflict when no actor has `code` or the alias already names another actor.
    public func conflict(adding alias: Alias, to code: String) -> GazetteerConflict? {
        guard let target = actor(code: code) else { return .unknownActor(code: code.uppercased()) }
        if let other = resolve(alias.text), other.code != target.code {
            return .nameTaken(name: alias.text, actorCode: other.code, actorName: other.name)
        }
        return nil
    }
}
