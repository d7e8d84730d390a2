extension DocumentReading {
    /// The triggers of a sentence. A word inside an actor's name ("همکاری" in "سازمان همکاری
    /// شانگهای") is no trigger; a date inside a phrase, with the preposition that brings it
    /// ("agreed on Nov. 3 to resume"), does not break the phrase.
    func triggers(in sentence: Range<Int>, actors: [ActorMention], times: [TemporalExpression]) -> [TriggerMatch] {
        let gaps = times.map { time in
            let before = time.tokenRange.lowerBound - 1
            let opened = before >= sentence.lowerBound
                && discourse.contains(.datePreposition, in: text.tokens, range: before..<(before + 1))
            return (opened ? before : time.tokenRange.lowerBound)..<time.tokenRange.upperBound
        }
        return lexicon.matches(in: text, tokens: sentence, across: gaps).filter { match in
            !actors.contains { $0.tokenRange.overlaps(match.tokenRange) && $0.tokenRange.count > match.tokenRange.count }
        }
    }
}
