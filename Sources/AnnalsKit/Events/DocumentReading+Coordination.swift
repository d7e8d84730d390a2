extension DocumentReading {
    /// What a clause hands on to the next clause of its sentence when a coordinator after its
    /// verb joins them ("… انتقاد کرد و خواستار … شد", "… met on Monday and signed …"): the two
    /// verbs share the subject and the time adverbial the first clause gave.
    struct Carried {
        let source: Participant?
        let time: TimeValue?
        let timeText: String?
    }

    /// Whether `clause` starts right after a verb coordinator of its sentence.
    func followsCoordinator(_ clause: Range<Int>, in sentence: Sentence) -> Bool {
        guard clause.lowerBound > sentence.tokenRange.lowerBound else { return false }
        let before = (clause.lowerBound - 1)..<clause.lowerBound
        return discourse.matches(in: before).contains { $0.function == .verbCoordinator }
    }

    /// Whether `clause` starts right after a phrase of `function` in its sentence ("در همین راستا").
    func follows(_ function: DiscourseLexicon.Function, _ clause: Range<Int>, in sentence: Sentence) -> Bool {
        guard clause.lowerBound > sentence.tokenRange.lowerBound else { return false }
        let before = max(sentence.tokenRange.lowerBound, clause.lowerBound - 4)..<clause.lowerBound
        return discourse.matches(in: before).contains {
            $0.function == function && $0.tokenRange.upperBound == clause.lowerBound
        }
    }

    /// Whether the clause names its own subject: a referent before the trigger that no target
    /// marker (right before it, or a few words before as in "از ارتش‌های کشورهای عضو …", with
    /// no other referent between) or place preposition introduces and no postposition ("را") follows.
    func hasOwnSubject(_ referents: [Referent], choice: Choice, in clause: Range<Int>) -> Bool {
        let tokens = text.tokens
        let markers = Set(choice.targetMarkers.map { extractor.normalizer.normalizedString($0) })
            .subtracting(discourse.postpositions)
        return referents.enumerated().contains { position, referent in
            let range = referent.tokenRange
            guard range.lowerBound >= clause.lowerBound, range.upperBound <= choice.tokenRange.lowerBound else { return false }
            if range.lowerBound > clause.lowerBound {
                let previous = range.lowerBound - 1
                let reach = max(clause.lowerBound, range.lowerBound - 6,
                                position > 0 ? min(range.lowerBound, referents[position - 1].tokenRange.upperBound) : clause.lowerBound)
                if (reach..<range.lowerBound).contains(where: { markers.contains(tokens[$0].text) })
                    || discourse.containsPlacePreposition(previous..<range.lowerBound) { return false }
            }
            if range.upperBound < clause.upperBound, discourse.postpositions.contains(tokens[range.upperBound].text) {
                return false
            }
            return true
        }
    }

    /// The participants of a clause whose subject is the one carried over: it becomes the
    /// source, and the clause's own actors its targets.
    func sharingSubject(_ source: Participant, with participants: [Participant]) -> [Participant] {
        [source] + participants
            .filter { $0.actorCode != source.actorCode }
            .map { $0.role == .source ? $0.with(role: .target) : $0 }
    }
}
