extension DocumentReading {
    /// How many words may stand between an anchor phrase and its event noun ("قبل از آغاز
    /// اجرایی شدن آتش بس").
    static let anchorReach = 3

    /// The time of an event told before that `clause` is placed against with an anchor phrase
    /// ("ساعاتی پس از آغاز آتش‌بس، …"): the first event noun within ``anchorReach`` words after
    /// the phrase, when the document has already reported an event of that kind with a date.
    /// A time written right before the phrase ("دو سال پس از جنگ") measures a gap from that
    /// event, so the clause does not take its date.
    func anchoredTime(in clause: Range<Int>, triggers: [TriggerMatch], times: [TemporalExpression],
                      context: DocumentContext) -> Carried? {
        for phrase in discourse.matches(in: clause) where phrase.function == .anchor {
            let lead = max(clause.lowerBound, phrase.tokenRange.lowerBound - 2)..<phrase.tokenRange.upperBound
            if times.contains(where: { $0.tokenRange.overlaps(lead) }) { continue }
            guard let noun = triggers.first(where: {
                $0.trigger.kind == .noun && $0.tokenRange.lowerBound >= phrase.tokenRange.upperBound
                    && $0.tokenRange.lowerBound - phrase.tokenRange.upperBound <= Self.anchorReach
            }), let cameo = noun.trigger.cameo,
                let event = context.latestEvent(sharingRootWith: cameo), let time = event.time
            else { continue }
            return Carried(source: nil, time: time, timeText: nil)
        }
        return nil
    }
}

extension DocumentReading {
    /// Whether a date is that of a plan told beside the act `choice` tells as done: where
    /// the verb ends its clause, a date belongs to the first verb after it, and that verb is
    /// one of what is yet to happen ("… که قرار است مهر ماه سفر کند، … دعوت کرد", "… دعوت
    /// کرده است که روز ۲۸ اسفند سفر کند"); elsewhere a verb of what is yet to happen stands
    /// nearer the date than the act does.
    func isPlan(_ expression: TemporalExpression, choice: Choice, among triggers: [TriggerMatch]) -> Bool {
        guard choice.isDone else { return false }
        let verbs = triggers.filter { $0.trigger.kind == .verb }
        if !(extractor.profiles[text.language]?.objectFollowsVerb ?? false) {
            guard let next = verbs.first(where: { $0.tokenRange.lowerBound >= expression.tokenRange.upperBound }) else { return false }
            return next.tokenRange != choice.tokenRange && next.trigger.modality == .hypothetical
        }
        let own = distance(expression.tokenRange, choice.tokenRange)
        return verbs.contains { $0.trigger.modality == .hypothetical && distance(expression.tokenRange, $0.tokenRange) < own }
    }
}

extension DocumentReading {
    /// Whether a clause opens a frame: a place preposition at its start with an event noun right
    /// after it ("در نشستی که …", "در مذاکرات … که …"), and a verb or support verb at its end.
    func opensFrame(_ clause: Range<Int>, triggers: [TriggerMatch]) -> Bool {
        guard clause.count > 2,
              let opener = discourse.matches(in: clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 2))
                .first(where: { $0.function == .placePreposition && $0.tokenRange.lowerBound == clause.lowerBound })
        else { return false }
        return triggers.contains { $0.trigger.kind == .noun && $0.tokenRange.lowerBound == opener.tokenRange.upperBound }
            && triggers.contains { $0.trigger.kind != .noun && $0.tokenRange.upperBound == clause.upperBound }
    }

    /// The date a frame gives the main clause after it: the first date written in the frame.
    func frameTime(of frame: Range<Int>, among times: [TemporalExpression]) -> Carried? {
        guard let date = times.first(where: { frame.contains($0.tokenRange.lowerBound) && isDate($0) }) else { return nil }
        return Carried(source: nil, time: Self.eventTime(date), timeText: date.text)
    }
}

extension DocumentReading {
    /// A frame's participants with the actors named in the main clause after it: the first is
    /// the source when the frame names none, the others targets.
    func withFramedActors(_ participants: [Participant], mainClause: Range<Int>, actors: [ActorMention]) -> [Participant] {
        var joined = participants
        for mention in actors where mainClause.contains(mention.tokenRange.lowerBound) && mention.form != .city {
            guard !joined.contains(where: { $0.actorCode == mention.actorCode }) else { continue }
            let role: ParticipantRole = joined.contains { $0.role == .source } ? .target : .source
            joined.append(Participant(actorCode: mention.actorCode, role: role, personName: nil))
        }
        return joined
    }
}
