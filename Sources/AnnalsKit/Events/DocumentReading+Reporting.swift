extension DocumentReading {
    /// The city of the dateline the story was filed under ("BEIJING, Nov. 8 (Agency)",
    /// "TBILISI —"): the first city written in capitals and followed by a comma or a
    /// dateline mark. "Here" in the story is that city; the dateline itself names no actor.
    func datelineCity() -> ActorMention? {
        let tokens = text.tokens
        for mention in actors where mention.form == .city {
            let written = text.originalText(ofTokens: mention.tokenRange)
            let letters = written.unicodeScalars.filter { $0.properties.isAlphabetic }
            guard letters.count >= 3, letters.allSatisfy({ $0.properties.isUppercase }) else { continue }
            let next = mention.tokenRange.upperBound
            guard next < tokens.count else { return nil }
            if tokens[next].text == "," || discourse.contains(.datelineMark, in: tokens, range: next..<(next + 1)) {
                return mention
            }
        }
        return nil
    }

    /// The date an event takes from a temporal expression: the expression's value, or for
    /// a stretch ("from 1980 to 1988") its begin point, with the whole stretch as its interval.
    static func eventTime(_ expression: TemporalExpression) -> TimeValue {
        guard expression.value.type == .duration, let begin = expression.beginPoint else { return expression.value }
        return TimeValue(timex: begin.timex, type: .date, start: expression.value.start ?? begin.start,
                         end: expression.value.end ?? expression.endPoint?.end ?? begin.end,
                         granularity: begin.granularity, calendar: begin.calendar, mod: begin.mod)
    }

    /// A future act reported by a speaker ("the envoy said Russia will cooperate with …")
    /// is the statement of an intention, made when it was said: CAMEO 03, asserted.
    func statedIntention(_ choice: Choice, in clause: Range<Int>) -> Choice {
        guard choice.modality == .hypothetical, choice.polarity == .positive,
              discourse.contains(.attribution, in: text.tokens, range: clause),
              let intent = extractor.intents.intent(toDo: choice.cameo)
        else { return choice }
        return Choice(cameo: intent, tokenRange: choice.tokenRange, priority: choice.priority, polarity: .positive,
                      modality: .asserted, passive: choice.passive, targetMarkers: choice.targetMarkers,
                      nounCameo: choice.nounCameo, isNarrative: choice.isNarrative)
    }

    /// The day of publication, for an event the clause gives no date to, when news tells it
    /// as a new development: an asserted, positive verb in the narrative past ("met", "was
    /// arrested"), outside a background clause ("which joined …", "since …"), in a clause
    /// that writes no year.
    func reportingDay(of choice: Choice, in clause: Range<Int>) -> TimeValue? {
        guard let reference, choice.isNarrative, choice.modality == .asserted, choice.polarity == .positive,
              !discourse.contains(.background, in: text.tokens, range: clause.lowerBound..<choice.tokenRange.lowerBound),
              // A year written in the clause means the text dates the event itself, even where
              // the date cannot be read ("on 31 February 2009").
              !text.tokens[clause].contains(where: { $0.kind == .number && $0.text.unicodeScalars.count == 4 })
        else { return nil }
        return TimeValue(timex: reference.iso, type: .date, start: reference, end: reference, granularity: .day)
    }

    /// A visit or arrival whose place is known ("arrived in Khartoum", "arrived here") is a
    /// visit to the country of that place, when no participant is that country already.
    func withPlaceVisited(_ participants: [Participant], cameo: String, place: String?) -> [Participant] {
        guard cameo.hasPrefix("042"), let place, extractor.gazetteer.actor(code: place)?.kind == .country,
              !participants.contains(where: { $0.actorCode == place })
        else { return participants }
        return participants + [Participant(actorCode: place, role: .target, personName: nil)]
    }

    /// An attack, assault or mass violence in a place of another country than its source's,
    /// with no target named ("troops raided a town in the West Bank"), is against that country.
    func withPlaceAttacked(_ participants: [Participant], cameo: String, place: String?) -> [Participant] {
        guard ["18", "19", "20"].contains(String(cameo.prefix(2))), let place,
              extractor.gazetteer.actor(code: place)?.kind == .country,
              !participants.contains(where: { $0.actorCode == place || $0.role == .target }),
              participants.contains(where: { $0.role == .source })
        else { return participants }
        return participants + [Participant(actorCode: place, role: .target, personName: nil)]
    }

    /// Whether an event has the actors its kind needs (``PartnerRequirement``).
    func keeps(_ event: ExtractedEvent) -> Bool {
        extractor.partners.keeps(cameo: event.cameo, participants: event.participants) {
            extractor.gazetteer.actor(code: $0)?.kind
        }
    }
}
