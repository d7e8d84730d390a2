extension DocumentReading {
    /// How far a date may stand from its noun, and how many words before the noun (or its
    /// date) may name whose event it is ("Chilean President Ricardo Lagos's visit").
    private static let leadingDateReach = 3
    private static let leadingReach = 10

    /// The dated event nouns of a clause in a language whose modifiers stand before the noun
    /// (English): a date before it ("the 1995 security pact", "its March 2003 invasion of
    /// Iraq") or right after it behind a preposition ("a visit to Peru in May 2001",
    /// "their meeting on Wednesday"). The noun phrase reaches back over the actors, possessives
    /// and determiner before it and on to its date or the actors after it.
    ///
    /// A noun after a verb of its clause is that verb's object and its event ("signed the
    /// treaty in 1995", "attended the Nov. 18 forum"): it is not dated alone.
    func leadingDatedNouns(in clause: Range<Int>, triggers: [TriggerMatch], times: [TemporalExpression]) -> [DatedNoun] {
        let tokens = text.tokens
        let triggerStarts = Set(triggers.map(\.tokenRange.lowerBound))
        let stops = Set(discourse.matches(in: clause)
            .filter { $0.function == .clauseBoundary || $0.function == .attribution }
            .flatMap { Array($0.tokenRange) })
        func isOpen(_ index: Int) -> Bool {
            tokens[index].kind != .punctuation && !triggerStarts.contains(index) && !stops.contains(index)
        }
        let dates = times.filter { clause.contains($0.tokenRange.lowerBound) && isDate($0) && $0.value.start != nil }
        let clauseActors = actors.filter { clause.contains($0.tokenRange.lowerBound) }
        var found: [DatedNoun] = []
        for match in triggers where match.trigger.isDatedAlone && match.trigger.cameo != nil {
            let noun = match.tokenRange
            let governed = triggers.contains {
                $0.trigger.kind != .noun && $0.tokenRange.upperBound <= noun.lowerBound && clause.contains($0.tokenRange.lowerBound)
            }
            guard !governed else { continue }
            // A date before the noun, with at most a few open words between ("the 1999 NATO air strike").
            if let time = dates.last(where: { $0.tokenRange.upperBound <= noun.lowerBound }),
               noun.lowerBound - time.tokenRange.upperBound <= Self.leadingDateReach,
               (time.tokenRange.upperBound..<noun.lowerBound).allSatisfy(isOpen),
               isDeterminedDate(time, clause: clause) {
                let start = phraseStart(before: time.tokenRange.lowerBound, clause: clause, actors: clauseActors)
                let end = phraseEnd(after: noun.upperBound, clause: clause, isOpen: isOpen, dates: dates)
                found.append(DatedNoun(match: match, time: time, phrase: start..<end))
                continue
            }
            // A date after the noun, behind a preposition, within the noun's modifiers.
            let end = phraseEnd(after: noun.upperBound, clause: clause, isOpen: isOpen, dates: [])
            guard let time = dates.first(where: { $0.tokenRange.lowerBound >= noun.upperBound }),
                  time.tokenRange.lowerBound <= end, time.tokenRange.lowerBound > noun.upperBound,
                  isIntroduced(time)
            else { continue }
            let start = phraseStart(before: noun.lowerBound, clause: clause, actors: clauseActors)
            found.append(DatedNoun(match: match, time: time, phrase: start..<max(end, time.tokenRange.upperBound)))
        }
        return found
    }

    /// Whether a preposition introduces the date, with perhaps a determiner between ("in
    /// August 2003", "in the 1990s").
    private func isIntroduced(_ time: TemporalExpression) -> Bool {
        var before = time.tokenRange.lowerBound - 1
        if before > 0, discourse.contains(.determiner, in: before..<(before + 1)) { before -= 1 }
        return before >= 0 && discourse.contains(.datePreposition, in: before..<(before + 1))
    }

    /// Whether a date before a noun modifies it: a determiner or a possessive stands before
    /// the date ("the 1995 pact", "its March 2003 invasion", "Iraq's 1990 invasion"), not a
    /// preposition ("in 1995 talks began").
    private func isDeterminedDate(_ time: TemporalExpression, clause: Range<Int>) -> Bool {
        let before = time.tokenRange.lowerBound - 1
        guard before >= clause.lowerBound else { return false }
        let tokens = text.tokens
        if tokens[before].text == "s", before > 0, tokens[before - 1].text == "'" { return true }
        return discourse.contains(.determiner, in: before..<(before + 1))
    }

    /// Where a noun phrase starts: back over the actors named before it, their possessive
    /// "'s" and one determiner ("the", "its").
    private func phraseStart(before index: Int, clause: Range<Int>, actors: [ActorMention]) -> Int {
        let tokens = text.tokens
        var start = index
        while start > clause.lowerBound, index - start < Self.leadingReach {
            let previous = start - 1
            if let actor = actors.first(where: { $0.tokenRange.upperBound == start }) {
                start = actor.tokenRange.lowerBound
            } else if tokens[previous].text == "s", previous > clause.lowerBound, tokens[previous - 1].text == "'" {
                start = previous - 1
            } else if tokens[previous].text == "'" {
                start = previous
            } else if discourse.contains(.determiner, in: previous..<start) {
                return previous
            } else {
                break
            }
        }
        return start
    }

    /// Where a noun phrase ends: at the next punctuation, trigger, clause boundary or other date.
    private func phraseEnd(after index: Int, clause: Range<Int>, isOpen: (Int) -> Bool, dates: [TemporalExpression]) -> Int {
        var end = index
        let limit = min(clause.upperBound, index + Self.leadingReach)
        while end < limit, isOpen(end), !dates.contains(where: { $0.tokenRange.lowerBound == end }) {
            end += 1
        }
        return end
    }

    /// Whether a dated noun keeps its date from the rest of its clause. Where modifiers lead
    /// (English) it does only when it made an event of its own and no preposition frames it
    /// as the occasion of the clause ("At the Bucharest summit in April 2008, the leaders
    /// agreed …": the agreement took place then too); where they follow (Persian) it always does.
    func keepsItsDate(_ noun: DatedNoun, madeEvent: Bool) -> Bool {
        guard !(extractor.profiles[text.language]?.modifiersFollowTheNoun ?? false) else { return true }
        let before = noun.phrase.lowerBound - 1
        guard madeEvent, before >= 0 else { return madeEvent }
        let framed = discourse.matches(in: before..<noun.phrase.lowerBound)
            .contains { $0.function == .placePreposition || $0.function == .datePreposition }
        return !framed
    }
}
