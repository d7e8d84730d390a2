extension DocumentReading {
    /// The codes of the event nouns joined by a conjunction to the noun that made the clause's
    /// event ("sparked condemnation and sanctions", "drew protests and condemnation"): each is an
    /// event of its own, with the same actors, date and place. Empty unless a noun made the event.
    func coordinatedNounCameos(with choice: Choice, among triggers: [TriggerMatch], in clause: Range<Int>) -> [String] {
        guard choice.nounCameo != nil else { return [] }
        let nouns = triggers.filter { $0.trigger.kind == .noun && $0.trigger.cameo != nil && clause.contains($0.tokenRange.lowerBound) }
        func joint(from start: Int, to end: Int) -> Bool {
            guard start < end else { return false }
            return discourse.matches(in: start..<end)
                .contains { $0.function == .conjunction && $0.tokenRange == start..<end }
        }
        var cameos: [String] = []
        var first = choice.tokenRange
        while let earlier = nouns.last(where: { $0.tokenRange.upperBound < first.lowerBound && joint(from: $0.tokenRange.upperBound, to: first.lowerBound) }) {
            cameos.append(earlier.trigger.cameo ?? "")
            first = earlier.tokenRange
        }
        var last = choice.tokenRange
        while let later = nouns.first(where: { $0.tokenRange.lowerBound > last.upperBound && joint(from: last.upperBound, to: $0.tokenRange.lowerBound) }) {
            cameos.append(later.trigger.cameo ?? "")
            last = later.tokenRange
        }
        return cameos.filter { $0 != choice.cameo }
    }
}

extension ExtractedEvent {
    /// The same event under another CAMEO code.
    func with(cameo: String) -> ExtractedEvent {
        ExtractedEvent(cameo: cameo, time: time, participants: participants, locationCode: locationCode,
                       locationName: locationName, polarity: polarity, modality: modality, summary: summary, mentions: mentions)
    }
}
