extension DocumentReading {
    /// An act told by an infinitive after "was the first", "was the only" or "was the last"
    /// ("was the first country to open an embassy there") took place: asserted, not planned.
    func factualInfinitive(_ choice: Choice, in clause: Range<Int>) -> Choice {
        guard choice.modality == .hypothetical, choice.polarity == .positive,
              discourse.contains(.factualLead, in: clause.lowerBound..<choice.tokenRange.lowerBound)
        else { return choice }
        var asserted = Choice(cameo: choice.cameo, tokenRange: choice.tokenRange, priority: choice.priority,
                              polarity: choice.polarity, modality: .asserted, passive: choice.passive,
                              targetMarkers: choice.targetMarkers, nounCameo: choice.nounCameo, isNarrative: choice.isNarrative)
        asserted.isStanding = choice.isStanding
        return asserted
    }
}
