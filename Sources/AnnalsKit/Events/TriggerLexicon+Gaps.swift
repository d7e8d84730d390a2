extension TriggerLexicon {
    /// The triggers in `tokens range` of `text`, where a phrase may also run across one of
    /// `gaps`: a date written between a verb and the rest of its phrase ("agreed on Friday to
    /// resume", "called on Monday for talks") leaves the phrase whole.
    ///
    /// A phrase found across a gap replaces what matched in its place without the gap, and
    /// its token range covers the gap. Gaps at the edges of the range change nothing.
    public func matches(in text: AnalyzedText, tokens range: Range<Int>, across gaps: [Range<Int>]) -> [TriggerMatch] {
        let range = range.clamped(to: text.tokens.indices)
        let plain = matches(in: text, tokens: range)
        let inner = gaps.filter { $0.lowerBound > range.lowerBound && $0.upperBound < range.upperBound && !$0.isEmpty }
        guard !inner.isEmpty else { return plain }
        let kept = range.filter { index in !inner.contains { $0.contains(index) } }
        let tokens = kept.map { text.tokens[$0] }
        var spanning: [TriggerMatch] = []
        for match in matches(in: tokens, range: tokens.indices) {
            let first = kept[match.tokenRange.lowerBound]
            let last = kept[match.tokenRange.upperBound - 1]
            guard last - first + 1 > match.tokenRange.count else { continue }
            spanning.append(TriggerMatch(tokenRange: first..<(last + 1), trigger: match.trigger))
        }
        guard !spanning.isEmpty else { return plain }
        let rest = plain.filter { match in !spanning.contains { $0.tokenRange.overlaps(match.tokenRange) } }
        return (rest + spanning).sorted { $0.tokenRange.lowerBound < $1.tokenRange.lowerBound }
    }
}
