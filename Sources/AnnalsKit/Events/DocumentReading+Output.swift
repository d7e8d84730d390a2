// The time and output helpers of a reading: the date nearest a trigger, summaries, mentions.
extension DocumentReading {
    // MARK: Time

    /// The date expression in the clause nearest the trigger (durations and sets are not dates).
    func nearestTime(in clause: Range<Int>, among sentenceTimes: [TemporalExpression],
                     to trigger: Range<Int>) -> TemporalExpression? {
        sentenceTimes
            .filter { clause.contains($0.tokenRange.lowerBound) && isDate($0) }
            .min { distance($0.tokenRange, trigger) < distance($1.tokenRange, trigger) }
    }

    /// Whether an expression can date an event: a date, a clock time with its day, or a
    /// stretch with its start ("from 1980 to 1988"). Inferred values (an anniversary's year) never can.
    func isDate(_ expression: TemporalExpression) -> Bool {
        // "Now", "recently", "current": no day on the calendar.
        !expression.isInferred && !expression.value.timex.hasSuffix("_REF")
            && (expression.value.type == .date || (expression.value.type == .time && expression.value.start != nil)
                || (expression.value.type == .duration && expression.beginPoint != nil))
    }

    /// Whether the expression begins after the day the text was written.
    func isAfterReference(_ expression: TemporalExpression) -> Bool {
        guard let reference, let start = expression.value.start else { return false }
        return start > reference
    }

    func distance(_ lhs: Range<Int>, _ rhs: Range<Int>) -> Int {
        if lhs.upperBound <= rhs.lowerBound { return rhs.lowerBound - lhs.upperBound }
        if rhs.upperBound <= lhs.lowerBound { return lhs.lowerBound - rhs.upperBound }
        return 0
    }

    // MARK: Output

    func summary(of clause: Range<Int>) -> String {
        // Runs of white space become one space, scalar by scalar (no grapheme breaking).
        var scalars: [Unicode.Scalar] = []
        var spaceBefore = false
        for scalar in text.originalText(ofTokens: clause).unicodeScalars {
            if Self.isWhitespace(scalar) {
                spaceBefore = !scalars.isEmpty
                continue
            }
            if spaceBefore {
                scalars.append(" ")
                spaceBefore = false
            }
            scalars.append(scalar)
        }
        let words = String(scalars: scalars)
        guard scalars.count > 240, words.count > 240 else { return words }
        return String(words.prefix(239)) + "…"
    }

    /// Whether `scalar` is white space (Unicode's `White_Space`), without a look-up of its
    /// properties for ASCII and the Arabic block, which hold all but a few of a text's scalars.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0...0x7F, 0x0600...0x06FF: false
        default: scalar.properties.isWhitespace
        }
    }

    func mention(sentence: Sentence, trigger: Range<Int>, timeText: String?) -> EventMention {
        let sentenceRange = text.originalRange(ofTokens: sentence.tokenRange)
        let triggerRange = text.originalRange(ofTokens: trigger)
        return EventMention(
            sentence: text.originalText(ofTokens: sentence.tokenRange),
            start: sentenceRange.lowerBound,
            end: sentenceRange.upperBound,
            trigger: text.originalText(ofTokens: trigger),
            triggerStart: triggerRange.lowerBound,
            triggerEnd: triggerRange.upperBound,
            timeText: timeText
        )
    }
}
