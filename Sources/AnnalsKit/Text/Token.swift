/// A word, a number or a punctuation mark of a normalised text.
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: Sendable, Hashable {
        /// Letters (and the marks that go with them).
        case word
        /// ASCII digits (after normalisation, whatever digits the text used).
        case number
        /// One punctuation mark or symbol.
        case punctuation
    }

    /// The token's normalised text, as a key for the lexicons' tables.
    public let key: WordKey
    /// What the token is made of.
    public let kind: Kind
    /// Where the token is, in normalised offsets.
    public let range: Range<Int>
    /// Whether a space or line break comes right before the token.
    public let followsSpace: Bool

    public init(text: String, kind: Kind, range: Range<Int>, followsSpace: Bool) {
        self.init(key: WordKey(text), kind: kind, range: range, followsSpace: followsSpace)
    }

    init(key: WordKey, kind: Kind, range: Range<Int>, followsSpace: Bool) {
        self.key = key
        self.kind = kind
        self.range = range
        self.followsSpace = followsSpace
    }

    /// The token's normalised text.
    public var text: String { key.text }

    /// The number a ``Kind/number`` token spells, if it fits in an `Int`.
    public var integerValue: Int? { kind == .number ? Int(text) : nil }
}
