/// One way of writing an actor's name, as stored with the actor.
///
/// ```swift
/// Alias(text: "ناتو", language: .persian)
/// Alias(text: "US", language: .english, caseSensitive: true)   // not the pronoun "us"
/// Alias(text: "باکو", language: .persian, form: .city, placeName: "Baku")
/// ```
public struct Alias: Sendable, Hashable, Codable {
    /// The name as written.
    public let text: String
    /// The language the name belongs to, nil when it is the same in every language (codes).
    public let language: Language?
    /// What the name is: the actor's name, a demonym, or a city of the actor.
    public let form: ActorMention.Form
    /// Whether the name only matches when the text writes it exactly so ("US", "WHO").
    public let caseSensitive: Bool
    /// For ``ActorMention/Form/city``: the place's English name ("Baku").
    public let placeName: String?

    public init(text: String, language: Language?, form: ActorMention.Form = .name,
                caseSensitive: Bool = false, placeName: String? = nil) {
        self.text = text
        self.language = language
        self.form = form
        self.caseSensitive = caseSensitive
        self.placeName = placeName
    }
}
