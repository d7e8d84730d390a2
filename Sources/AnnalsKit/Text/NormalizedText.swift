/// A text prepared for matching, that remembers where each of its characters came from.
///
/// Normalisation folds the spellings that news writes interchangeably into one
/// form (see ``TextNormalizer``). Patterns, lexicons and rules run on
/// ``scalars``; every range they find maps back to the original text with
/// ``originalRange(of:)``. Offsets are counted in Unicode scalars (code points),
/// end exclusive.
public struct NormalizedText: Sendable {
    /// The text as given.
    public let original: String
    /// The text as given, as Unicode scalars; original offsets index into this.
    public let originalScalars: [Unicode.Scalar]
    /// The normalised text.
    public let scalars: [Unicode.Scalar]
    /// For each normalised scalar, the original range it stands for.
    let sources: [Range<Int>]

    init(original: String, originalScalars: [Unicode.Scalar], scalars: [Unicode.Scalar], sources: [Range<Int>]) {
        self.original = original
        self.originalScalars = originalScalars
        self.scalars = scalars
        self.sources = sources
    }

    /// The normalised text as a string.
    public var string: String { String(scalars: scalars) }

    /// The normalised text in `range`.
    public func text(in range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// The original text that `range` (in normalised offsets) came from.
    public func originalText(in range: Range<Int>) -> String {
        let source = originalRange(of: range)
        return String(scalars: originalScalars[source])
    }

    /// Maps a range of normalised offsets to the range of the original text it came from.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !sources.isEmpty else { return 0..<0 }
        if range.isEmpty {
            let at = range.lowerBound < sources.count ? sources[range.lowerBound].lowerBound : originalScalars.count
            return at..<at
        }
        let lower = sources[min(range.lowerBound, sources.count - 1)].lowerBound
        let upper = sources[min(range.upperBound - 1, sources.count - 1)].upperBound
        return lower..<max(lower, upper)
    }
}
