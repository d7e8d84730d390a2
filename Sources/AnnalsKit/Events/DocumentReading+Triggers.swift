extension DocumentReading {
    /// The triggers of a sentence. A word inside an actor's name ("همکاری" in "سازمان همکاری
    /// شانگهای") is no trigger; a date inside a phrase, with the preposition that brings it
    /// ("agreed on Nov. 3 to resume"), does not break the phrase.
    func triggers(in sentence: Range<Int>, actors: [ActorMention], times: [TemporalExpression]) -> [TriggerMatch] {
        let gaps = times.map { time in
            let before = time.tokenRange.lowerBound - 1
            let opened = before >= sentence.lowerBound
                && discourse.contains(.datePreposition, in: before..<(before + 1))
            return (opened ? before : time.tokenRange.lowerBound)..<time.tokenRange.upperBound
        }
        return lexicon.matches(in: text, tokens: sentence, across: gaps).filter { match in
            !actors.contains { $0.tokenRange.overlaps(match.tokenRange) && $0.tokenRange.count > match.tokenRange.count }
        }
    }

    // MARK: Triggers

    /// How near its support verb a noun stands as its object ("paid a three-day state visit"),
    /// and what that adds to its priority.
    static let objectReach = 4
    static let objectBonus = 15

    /// The clause's event: the verb trigger or event noun + support verb of highest priority (earliest on a tie).
    func choose(from matches: [TriggerMatch], in clause: Range<Int>) -> Choice? {
        var choices: [Choice] = []
        let supports = matches.filter { $0.trigger.kind == .support }
        let objectFollowsVerb = extractor.profiles[text.language]?.objectFollowsVerb ?? false
        for match in matches {
            let trigger = match.trigger
            switch trigger.kind {
            case .verb:
                guard let cameo = trigger.cameo else { continue }
                var choice = Choice(cameo: cameo, tokenRange: match.tokenRange, priority: trigger.priority,
                                    polarity: trigger.polarity, modality: trigger.modality, passive: trigger.passive,
                                    targetMarkers: trigger.targetMarkers, nounCameo: nil, isNarrative: trigger.isNarrative)
                choice.isStanding = trigger.isStanding
                choice.isDone = trigger.isDone
                // The act a purpose clause names after an asserted support verb that carries it
                // out ("… نیرو سرازیر کردند تا … کمک کنند") was done by that verb.
                if trigger.modality == .hypothetical, let means = supports.last(where: {
                    $0.tokenRange.upperBound <= match.tokenRange.lowerBound && $0.trigger.carriesOut(cameo)
                        && $0.trigger.modality == .asserted
                }) {
                    choice = Choice(cameo: cameo, tokenRange: match.tokenRange, priority: trigger.priority,
                                    polarity: means.trigger.polarity, modality: .asserted, passive: trigger.passive,
                                    targetMarkers: trigger.targetMarkers, nounCameo: nil, isNarrative: means.trigger.isNarrative)
                    choice.isDone = means.trigger.isDone
                }
                choices.append(choice)
            case .noun:
                let fitting = supports.filter { $0.trigger.supports(trigger.cameo ?? "") }
                guard let cameo = trigger.cameo, let support = fitting.first(where: { $0.tokenRange.lowerBound >= match.tokenRange.upperBound }) ?? fitting.last
                else { continue }
                // Where the object follows the verb, the noun right after its support verb is
                // the one it makes an event of ("launched talks over the accession").
                let isObject = objectFollowsVerb && support.tokenRange.upperBound <= match.tokenRange.lowerBound
                    && match.tokenRange.lowerBound - support.tokenRange.upperBound <= Self.objectReach
                var nounChoice = Choice(cameo: cameo, tokenRange: match.tokenRange,
                                      priority: max(trigger.priority, support.trigger.priority) + (isObject ? Self.objectBonus : 0),
                                      polarity: support.trigger.polarity == .negative ? .negative : trigger.polarity,
                                      modality: support.trigger.modality == .hypothetical ? .hypothetical : trigger.modality,
                                      // The noun is the grammatical subject of its support verb ("relations were
                                      // established"), so only the noun's own voice ("مورد حمله") says who acted.
                                      passive: trigger.passive,
                                      targetMarkers: trigger.targetMarkers + support.trigger.targetMarkers, nounCameo: cameo,
                                      isNarrative: support.trigger.isNarrative)
                nounChoice.isDone = support.trigger.isDone
                choices.append(nounChoice)
            case .support:
                continue
            }
        }
        let best = choices.enumerated().max { lhs, rhs in
            lhs.element.priority != rhs.element.priority ? lhs.element.priority < rhs.element.priority : lhs.offset > rhs.offset
        }?.element
        // A hypothetical act after an asserted verb is what that verb is about ("dismissed a
        // report in the press that it would sign a pact", "warned that it would attack"): the asserted verb is the event.
        // Where the verb ends its clause, the act it is about comes before it ("… برای سفر به
        // تهران دعوت کرد").
        guard let best, best.modality == .hypothetical else { return best }
        let earlier = choices.enumerated().filter { _, choice in
            choice.nounCameo == nil && choice.modality == .asserted
                && (choice.tokenRange.upperBound <= best.tokenRange.lowerBound
                    || (!objectFollowsVerb && choice.tokenRange.lowerBound >= best.tokenRange.upperBound))
        }
        return earlier.max { lhs, rhs in
            lhs.element.priority != rhs.element.priority ? lhs.element.priority < rhs.element.priority : lhs.offset > rhs.offset
        }?.element ?? best
    }

    /// The event an expression like "this conference" in the sentence points back to.
    func deicticReference(in sentence: Range<Int>, triggers: [TriggerMatch],
                                  context: DocumentContext) -> (DocumentContext.ReportedEvent, Range<Int>)? {
        for phrase in discourse.matches(in: sentence) where phrase.function == .deictic {
            guard let noun = triggers.first(where: { $0.tokenRange.lowerBound == phrase.tokenRange.upperBound && $0.trigger.kind == .noun }),
                  let cameo = noun.trigger.cameo else { continue }
            if let event = context.latestEvent(sharingRootWith: cameo) {
                return (event, phrase.tokenRange.lowerBound..<noun.tokenRange.upperBound)
            }
        }
        return nil
    }
}
