// TEMPORARY: the actors work defines `Alias`; delete this file when merging it.

/// One way a text names an actor.
public struct Alias: Sendable, Hashable, Codable {
    /// The alias as written, e.g. "ناتو", "North Atlantic Treaty Organization".
    public var text: String
    /// The language it is used in; nil for every language.
    public var language: Language?
    public var form: ActorMention.Form

    public init(text: String, language: Language?, form: ActorMention.Form) {
        self.text = text
        self.language = language
        self.form = form
    }
}
