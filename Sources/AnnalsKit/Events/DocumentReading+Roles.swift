extension DocumentReading {
    /// Source and target of a clause's referents.
    ///
    /// - A referent that one of the trigger's target markers points at is a target:
    ///   a marker before it ("with", "به", "با") or, for a postposition, right after it
    ///   ("را"). Actors joined by a conjunction ("Russia and Ukraine") share the mark.
    /// - Where the language's profile says the object follows the verb (English): when no referent comes before an
    ///   active verb trigger, the referents after it are acted on ("Gunmen kidnapped two
    ///   Turkish engineers"), unless a place preposition comes first ("demonstrated in
    ///   Armenia"). Statements are left out: their subject may follow ("…, said the minister").
    /// - An assault or mass violence told by its noun ("a car bomb near the Pakistani
    ///   embassy", "a chemical attack in Syria") has the actors after the noun as victims.
    /// - Otherwise the first unmarked referent is the source and the rest are targets;
    ///   for a passive trigger source and target swap. Each actor appears once.
    func assignRoles(_ referents: [Referent], choice: Choice, in clause: Range<Int>) -> [Participant] {
        let marked = markedTargets(referents, choice: choice, in: clause)
        let firstAfterTrigger = referents.firstIndex { $0.tokenRange.lowerBound >= choice.tokenRange.upperBound }
        let nothingBefore = firstAfterTrigger == 0
        let isObject = nothingBefore && !discourse.containsPlacePreposition(
            choice.tokenRange.upperBound..<referents[0].tokenRange.lowerBound)
        let root = choice.cameo.prefix(2)
        let objectFollowsVerb = extractor.profiles[text.language]?.objectFollowsVerb ?? false
        let objectsOnly = nothingBefore && !choice.passive && (
            (choice.nounCameo == nil && objectFollowsVerb && root != "01" && isObject)
                || (choice.nounCameo != nil && (root == "18" || root == "20"))
        )

        var participants: [Participant] = []
        var seen: Set<String> = []
        for (position, referent) in referents.enumerated() where !seen.contains(referent.actorCode) {
            seen.insert(referent.actorCode)
            let isSource = !objectsOnly && !marked.contains(position) && !participants.contains { $0.role == .source }
            participants.append(Participant(actorCode: referent.actorCode, role: isSource ? .source : .target,
                                            personName: referent.personName))
        }
        // In the passive the grammatical subject is the one acted on.
        if choice.passive, let source = participants.firstIndex(where: { $0.role == .source }),
           let target = participants.firstIndex(where: { $0.role == .target }) {
            participants[source] = participants[source].with(role: .target)
            participants[target] = participants[target].with(role: .source)
        }
        return participants
    }

    /// The positions of the referents a target marker points at.
    private func markedTargets(_ referents: [Referent], choice: Choice, in clause: Range<Int>) -> Set<Int> {
        let markers = Set(choice.targetMarkers.map { extractor.normalizer.normalizedString($0) })
        guard !markers.isEmpty else { return [] }
        let before = markers.subtracting(discourse.postpositions)
        let after = markers.intersection(discourse.postpositions)
        let tokens = text.tokens
        var marked: Set<Int> = []
        for (position, referent) in referents.enumerated() {
            // A marker between the previous referent (or a few words before, in the clause) and this one.
            let start = referent.tokenRange.lowerBound
            let from = position == 0 ? max(clause.lowerBound, start - 6) : min(start, referents[position - 1].tokenRange.upperBound)
            if (from..<start).contains(where: { before.contains(tokens[$0].text) }) {
                marked.insert(position)
            }
            // A postposition right after it, or one word later ("سفیر ایران را", "ایران هم را").
            let end = referent.tokenRange.upperBound
            let limit = min(end + 2, clause.upperBound, position + 1 < referents.count ? referents[position + 1].tokenRange.lowerBound : tokens.count)
            if end < limit, (end..<limit).contains(where: { after.contains(tokens[$0].text) }) {
                marked.insert(position)
            }
        }
        // "Russia and Ukraine": the actors of a coordination share the mark.
        var changed = true
        while changed {
            changed = false
            for position in referents.indices.dropFirst() {
                let previous = referents[position - 1].tokenRange, current = referents[position].tokenRange
                // The two actors of "both sides" stand in one place and are joined too.
                let joined = previous == current
                    || (previous.upperBound <= current.lowerBound
                        && discourse.isConjunction(previous.upperBound..<current.lowerBound))
                guard marked.contains(position) != marked.contains(position - 1), joined else { continue }
                marked.formUnion([position, position - 1])
                changed = true
            }
        }
        return marked
    }
}
