/// Why an actor or a name cannot join a ``Gazetteer``: the facts, for the
/// caller to turn into advice.
public enum GazetteerConflict: Sendable, Hashable, CustomStringConvertible {
    /// Another actor already has the code.
    case codeTaken(code: String, byName: String)
    /// The name already stands for another actor.
    case nameTaken(name: String, actorCode: String, actorName: String)
    /// No actor has the code.
    case unknownActor(code: String)

    public var description: String {
        switch self {
        case let .codeTaken(code, byName): "the code \(code) is taken by \(byName)"
        case let .nameTaken(name, code, actorName): "'\(name)' already names \(actorName) (\(code))"
        case let .unknownActor(code): "no actor has the code '\(code)'"
        }
    }
}
