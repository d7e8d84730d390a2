extension AnalyzedText {
    /// The first broken invariant of this analysis of `text`, described, or nil when all hold.
    ///
    /// The invariants: the original is kept whole; tokens are non-empty, in order, do not
    /// overlap, spell their own range of the normalised text and map back inside the
    /// original; sentences tile the tokens and map back inside the original. The fuzz
    /// tests and the fuzzer check every input against them.
    public func invariantViolation(original text: String) -> String? {
        let analyzed = self
        let normalized = analyzed.text
        let originalCount = text.unicodeScalars.count
        guard normalized.originalScalars.count == originalCount else { return "original scalars lost" }
        var previousEnd = 0
        for (index, token) in analyzed.tokens.enumerated() {
            guard !token.range.isEmpty, token.range.lowerBound >= 0, token.range.upperBound <= normalized.scalars.count else {
                return "token \(index) \(token.range) outside the normalised text"
            }
            guard token.range.lowerBound >= previousEnd else { return "token \(index) overlaps or precedes token \(index - 1)" }
            guard token.text == normalized.text(in: token.range) else { return "token \(index) text differs from its range" }
            previousEnd = token.range.upperBound
            let original = normalized.originalRange(of: token.range)
            guard original.lowerBound >= 0, original.upperBound <= originalCount, !original.isEmpty else {
                return "token \(index) maps to \(original) outside the original (\(originalCount) scalars)"
            }
        }
        var previousToken = 0
        for (index, sentence) in analyzed.sentences.enumerated() {
            guard sentence.tokenRange.lowerBound == previousToken, !sentence.tokenRange.isEmpty else {
                return "sentence \(index) does not start where sentence \(index - 1) ended"
            }
            previousToken = sentence.tokenRange.upperBound
            let original = analyzed.originalRange(ofTokens: sentence.tokenRange)
            guard original.lowerBound >= 0, original.upperBound <= originalCount else {
                return "sentence \(index) maps outside the original"
            }
        }
        guard previousToken == analyzed.tokens.count else { return "sentences do not cover every token" }
        return nil
    }
}
