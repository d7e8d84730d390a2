/// A problem with an entry given to a ``Gazetteer``.
public enum GazetteerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No actor has this code.
    case unknownActor(String)
    /// A field of an actor or alias the user defines is missing or malformed.
    case invalidEntry(field: String, reason: String)

    public var description: String {
        switch self {
        case .unknownActor(let code): "no actor has the code '\(code)'; add the actor first"
        case let .invalidEntry(field, reason): "\(field): \(reason)"
        }
    }
}
