extension DocumentReading {
    /// An event noun with a date inside its own noun phrase: "the 1999 air strike",
    /// "حمله نظامی سال ۱۹۹۹", "سفر هفته گذشته خود به آنکارا". It is an event by itself,
    /// with no support verb, and its date belongs to it alone.
    struct DatedNoun {
        let match: TriggerMatch
        let time: TemporalExpression
        /// The noun phrase: from the noun to where its modifiers end.
        let phrase: Range<Int>
    }

    /// How far a date may stand from its noun (adjectives, "(", an actor in between),
    /// and how far the noun phrase reaches past the date.
    private static let dateReach = 4
    private static let phraseReach = 8

    /// The event nouns of a clause (those of ``Trigger/isDatedAlone``) that carry a date of
    /// their own, in text order.
    ///
    /// The date must follow the noun closely, with no trigger, postposition, clause
    /// boundary or punctuation (other than brackets) between them: in "قرارداد را در سال
    /// ۲۰۱۵ امضا کرد" the date dates the signing, not the contract. The phrase ends at
    /// the next trigger, postposition, clause boundary, date or punctuation.
    func datedNouns(in clause: Range<Int>, triggers: [TriggerMatch], times: [TemporalExpression]) -> [DatedNoun] {
        // Where a noun's modifiers stand before it (English), they are read apart.
        guard extractor.profiles[text.language]?.modifiersFollowTheNoun ?? false else {
            return leadingDatedNouns(in: clause, triggers: triggers, times: times)
        }
        let tokens = text.tokens
        let triggerStarts = Set(triggers.map(\.tokenRange.lowerBound))
        let stops = Set(discourse.matches(in: clause)
            .filter { $0.function == .clauseBoundary || $0.function == .postposition }
            .map(\.tokenRange.lowerBound))
        func isOpen(_ index: Int) -> Bool {
            let token = tokens[index]
            if token.kind == .punctuation { return token.text == "(" || token.text == ")" }
            return !triggerStarts.contains(index) && !stops.contains(index)
        }
        // Only a date on the calendar: "تاکنون" (so far) dates nothing.
        let dates = times.filter { clause.contains($0.tokenRange.lowerBound) && isDate($0) && $0.value.start != nil }
        var found: [DatedNoun] = []
        for match in triggers where match.trigger.isDatedAlone && match.trigger.cameo != nil {
            let end = match.tokenRange.upperBound
            guard let time = dates.first(where: { $0.tokenRange.lowerBound >= end }),
                  time.tokenRange.lowerBound - end <= Self.dateReach,
                  (end..<time.tokenRange.lowerBound).allSatisfy(isOpen)
            else { continue }
            var last = time.tokenRange.upperBound
            let limit = min(clause.upperBound, last + Self.phraseReach)
            while last < limit, isOpen(last) {
                // Another date ends the phrase, unless it restates this one ("امروز (چهارشنبه)").
                if let next = dates.first(where: { $0.tokenRange.lowerBound == last }) {
                    guard next.tokenRange.lowerBound - time.tokenRange.upperBound <= 1 else { break }
                    last = next.tokenRange.upperBound
                    continue
                }
                last += 1
            }
            found.append(DatedNoun(match: match, time: time, phrase: match.tokenRange.lowerBound..<last))
        }
        return found
    }

    /// The event of a dated noun: the actors of its phrase, and — when the phrase names
    /// no one acting ("درباره سفر هفته گذشته خود به آنکارا") — the clause's subject, the
    /// referent before the noun. A visit's place, named only as a city, is the country visited.
    func event(of noun: DatedNoun, referents: [Referent], clauseActors: [ActorMention],
               sentence: Sentence) -> ExtractedEvent? {
        guard let cameo = noun.match.trigger.cameo else { return nil }
        let trigger = noun.match.trigger
        let choice = Choice(cameo: cameo, tokenRange: noun.match.tokenRange, priority: trigger.priority,
                            polarity: trigger.polarity, modality: trigger.modality, passive: trigger.passive,
                            targetMarkers: trigger.targetMarkers, nounCameo: cameo, isNarrative: false)
        var inPhrase = referents.filter { noun.phrase.contains($0.tokenRange.lowerBound) }
        var participants = inPhrase.isEmpty ? [] : assignRoles(inPhrase, choice: choice, in: noun.phrase)
        // Where modifiers lead (English), a phrase that names no one ("at their talks on
        // Wednesday") is between the actors its clause named before it, and one that names
        // only its object takes the actor nearest before it ("militants, who masterminded
        // bombings in Jordan"); where they follow (Persian), the clause's subject comes first.
        let modifiersLead = !(extractor.profiles[text.language]?.modifiersFollowTheNoun ?? false)
        let before = referents.filter { $0.tokenRange.upperBound <= noun.phrase.lowerBound }
        let subjects = modifiersLead ? (inPhrase.isEmpty ? before : Array(before.suffix(1))) : Array(before.prefix(1))
        if !participants.contains(where: { $0.role == .source }), let first = subjects.first {
            inPhrase.insert(contentsOf: subjects, at: 0)
            participants = assignRoles(inPhrase, choice: choice, in: first.tokenRange.lowerBound..<noun.phrase.upperBound)
        }
        let city = clauseActors.first { $0.form == .city && noun.phrase.contains($0.tokenRange.lowerBound) }
        // A withdrawal from a place is from its country too ("the Gaza withdrawal").
        if cameo.hasPrefix("042") || cameo.hasPrefix("0874"), let place = city?.actorCode,
           extractor.gazetteer.actor(code: place)?.kind == .country,
           !participants.contains(where: { $0.actorCode == place }) {
            participants.append(Participant(actorCode: place, role: .target, personName: nil))
        }
        guard !participants.isEmpty else { return nil }
        return ExtractedEvent(
            cameo: cameo,
            time: Self.eventTime(noun.time),
            participants: participants,
            locationCode: city?.actorCode,
            locationName: city?.placeName,
            polarity: trigger.polarity,
            modality: modality(trigger.modality, at: Self.eventTime(noun.time)),
            summary: summary(of: noun.phrase),
            mentions: [mention(sentence: sentence, trigger: noun.match.tokenRange, timeText: noun.time.text)]
        )
    }
}
