/// A sentence of a normalised text.
public struct Sentence: Sendable, Hashable {
    /// Where the sentence is, in normalised offsets (without surrounding spaces).
    public let range: Range<Int>
    /// Which of the text's tokens belong to the sentence.
    public let tokenRange: Range<Int>

    public init(range: Range<Int>, tokenRange: Range<Int>) {
        self.range = range
        self.tokenRange = tokenRange
    }
}
