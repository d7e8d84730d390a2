/// A place in a text that names or stands for an actor.
public struct ActorMention: Sendable, Hashable {
    /// How the text refers to the actor.
    public enum Form: String, Sendable, Hashable, Codable {
        /// A name or alias: "Azerbaijan", "ناتو".
        case name
        /// An adjective or demonym: "Azerbaijani", "آذربایجانی".
        case demonym
        /// A city of the actor (a capital): "Baku". Usually a location, not a participant.
        case city
        /// A person speaking for the actor: "دبیر کل ناتو", "the deputy foreign minister of Azerbaijan".
        case spokesperson
    }

    /// The actor's code (`AZE`, `NATO`).
    public let actorCode: String
    public let form: Form
    /// The tokens (of the ``AnalyzedText``) the mention covers, the role words included.
    public let tokenRange: Range<Int>
    /// For ``Form/city``: the city's English name ("Baku").
    public let placeName: String?
    /// For ``Form/spokesperson``: the role ("Secretary General") and the person's name when the text gives it.
    public let role: String?
    public let personName: String?
    /// For ``Form/spokesperson``: whether the text says the person held the role before
    /// ("former", "سابق"); the person still stands for the actor.
    public let isFormer: Bool

    public init(actorCode: String, form: Form, tokenRange: Range<Int>, placeName: String? = nil,
                role: String? = nil, personName: String? = nil, isFormer: Bool = false) {
        self.actorCode = actorCode
        self.form = form
        self.tokenRange = tokenRange
        self.placeName = placeName
        self.role = role
        self.personName = personName
        self.isFormer = isFormer
    }
}
