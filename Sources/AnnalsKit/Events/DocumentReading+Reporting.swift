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
            if tokens[next].text == "," || discourse.contains(.datelineMark, in: next..<(next + 1)) {
                return mention
            }
        }
        return nil
    }

    /// The date an event takes from a temporal expression: the expression's value, or for
    /// a stretch ("from 1980 to 1988") its begin point, with the whole stretch as its interval.
    static func eventTime(_ expression: TemporalExpression) -> TimeValue {
        guard expression.value.type == .duration, let begin = expression.beginPoint else { return dayOfPart(expression.value) }
        return TimeValue(timex: begin.timex, type: .date, start: expression.value.start ?? begin.start,
                         end: expression.value.end ?? expression.endPoint?.end ?? begin.end,
                         granularity: begin.granularity, calendar: begin.calendar, mod: begin.mod)
    }

    /// A part of a named day ("Friday evening", "سحرگاه جمعه", `…TMO`) dates an event by that day: events are
    /// dated by day, and the part says only roughly when in it. A clock time is exact and stays.
    static func dayOfPart(_ value: TimeValue) -> TimeValue {
        guard value.type == .time || value.type == .date, value.granularity == .day,
              let part = PartOfDay.allCases.first(where: { value.timex.hasSuffix("T" + $0.rawValue) }) else { return value }
        var day = value
        day.timex = String(value.timex.dropLast(part.rawValue.count + 1))
        day.type = .date
        return day
    }

    /// A future act reported by a speaker ("the envoy said Russia will cooperate with …")
    /// is the statement of an intention, made when it was said: CAMEO 03, asserted. So is an
    /// act told after a will to act ("his keenness to mediate").
    func statedIntention(_ choice: Choice, in clause: Range<Int>) -> Choice {
        guard choice.modality == .hypothetical, choice.polarity == .positive,
              discourse.contains(.attribution, in: clause)
                || discourse.contains(.intention, in: clause.lowerBound..<choice.tokenRange.upperBound),
              let intent = extractor.intents.intent(toDo: choice.cameo)
        else { return choice }
        return Choice(cameo: intent, tokenRange: choice.tokenRange, priority: choice.priority, polarity: .positive,
                      modality: .asserted, passive: choice.passive, targetMarkers: choice.targetMarkers,
                      nounCameo: choice.nounCameo, isNarrative: choice.isNarrative)
    }

    /// Agreeing to an act ("طرفین به برگزاری مذاکرات بیشتر توافق کردند") is the intention to do
    /// it: an asserted agreement (root 05) told by a verb, with an intended-act phrase and its
    /// event noun (within two words) before the verb, takes the intention code of the noun's act.
    func agreedAct(_ choice: Choice, in clause: Range<Int>, triggers: [TriggerMatch]) -> Choice {
        guard choice.nounCameo == nil, choice.cameo.hasPrefix("05"), choice.modality == .asserted,
              choice.tokenRange.lowerBound > clause.lowerBound
        else { return choice }
        let before = clause.lowerBound..<choice.tokenRange.lowerBound
        for act in discourse.matches(in: before) where act.function == .intendedAct {
            // "به برگزاری دور تازه مذاکرات": a word or two may stand before the noun.
            guard let noun = triggers.first(where: {
                $0.trigger.kind == .noun && $0.tokenRange.lowerBound >= act.tokenRange.upperBound
                    && $0.tokenRange.lowerBound - act.tokenRange.upperBound <= 2
            }),
                  let cameo = noun.trigger.cameo, let intent = extractor.intents.intent(toDo: cameo)
            else { continue }
            var agreed = Choice(cameo: intent, tokenRange: choice.tokenRange, priority: choice.priority, polarity: choice.polarity,
                                modality: .asserted, passive: choice.passive, targetMarkers: choice.targetMarkers,
                                nounCameo: nil, isNarrative: choice.isNarrative)
            agreed.isDone = choice.isDone
            return agreed
        }
        return choice
    }

    /// A request with a deadline ("از … خواست در مدت سه ماه …") is a demand: an appeal (root
    /// 02) told by a verb, with a deadline phrase after it in its clause, takes the demand code
    /// that CAMEO puts in its place (020 → 100, 0256 → 1056).
    func demanded(_ choice: Choice, in clause: Range<Int>) -> Choice {
        guard choice.nounCameo == nil, choice.cameo.hasPrefix("02"), choice.tokenRange.upperBound < clause.upperBound,
              discourse.contains(.deadline, in: choice.tokenRange.upperBound..<clause.upperBound)
        else { return choice }
        var demand = Choice(cameo: "10" + choice.cameo.dropFirst(2), tokenRange: choice.tokenRange, priority: choice.priority,
                            polarity: choice.polarity, modality: choice.modality, passive: choice.passive,
                            targetMarkers: choice.targetMarkers, nounCameo: nil, isNarrative: choice.isNarrative)
        demand.isDone = choice.isDone
        demand.isStanding = choice.isStanding
        return demand
    }

    /// The day of publication, for an event the clause gives no date to, when news tells it
    /// as a new development: an asserted, positive verb in the narrative past ("met", "was
    /// arrested"), outside a background clause ("which joined …", "since …"), in a clause
    /// that writes no year. So is an act told as done beside a plan dated after the day of
    /// writing (`besidePlan`).
    func reportingDay(of choice: Choice, in clause: Range<Int>, besidePlan: Bool = false) -> TimeValue? {
        guard let reference, choice.isNarrative || besidePlan || isProgressive(choice), choice.modality == .asserted,
              choice.polarity == .positive,
              !discourse.contains(.background, in: clause.lowerBound..<choice.tokenRange.lowerBound),
              // A year written in the clause means the text dates the event itself, even where
              // the date cannot be read ("on 31 February 2009").
              !text.tokens[clause].contains(where: { $0.kind == .number && $0.text.unicodeScalars.count == 4 })
        else { return nil }
        return TimeValue(timex: reference.iso, type: .date, start: reference, end: reference, granularity: .day)
    }

    /// Whether the trigger is told as going on as the text is written: a progressive phrase
    /// ("در حال") opens it or stands right before it ("دولت در حال راستی آزمایی … است").
    func isProgressive(_ choice: Choice) -> Bool {
        let start = choice.tokenRange.lowerBound
        let window = max(0, start - 2)..<min(text.tokens.count, start + 2)
        return discourse.matches(in: window).contains {
            $0.function == .progressive && ($0.tokenRange.upperBound == start || $0.tokenRange.lowerBound == start)
        }
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

    /// An event dated wholly after the day of publication has not happened yet: whatever
    /// the tense ("سفر می‌کند" with next month's date, "arrives next week"), it is planned.
    func modality(_ modality: Modality, at time: TimeValue?) -> Modality {
        guard let reference, let time, let start = Self.modifiedStart(of: time), start > reference else { return modality }
        return .hypothetical
    }

    /// Where a stretch begins once its mod is read: its middle third for MID, its last third for END
    /// ("نیمه دوم ماه سپتامبر" begins after the first of September).
    static func modifiedStart(of time: TimeValue) -> DayDate? {
        guard let start = time.start else { return nil }
        guard let end = time.end, let mod = time.mod.flatMap(TimeMod.init(rawValue:)), mod == .mid || mod == .end else { return start }
        let length = CalendarConverter.dayNumber(end) - CalendarConverter.dayNumber(start) + 1
        return CalendarConverter.adding(days: length * (mod == .mid ? 1 : 2) / 3, to: start)
    }

    /// The time a speaker spoke, when `clause` attributes a quote that follows its colon
    /// ("سخنگو روز گذشته گفت: …"): the clauses of the quote with no date of their own
    /// were said, and so told, then.
    func spokenTime(after clause: Range<Int>, among sentenceTimes: [TemporalExpression]) -> Carried? {
        let tokens = text.tokens
        guard clause.upperBound < tokens.count, tokens[clause.upperBound].text == ":",
              let said = discourse.matches(in: clause).first(where: { $0.function == .attribution }),
              let expression = nearestTime(in: clause, among: sentenceTimes, to: said.tokenRange)
        else { return nil }
        return Carried(source: nil, time: Self.eventTime(expression), timeText: expression.text)
    }

    /// A reference back to an occasion of speaking dated before ("در این مصاحبه"), with that date.
    struct OccasionTime {
        let tokenRange: Range<Int>
        let time: TimeValue
        let timeText: String
    }

    /// Notes the occasions of speaking the sentence dates ("مصاحبه روز پنجشنبه": a date within
    /// two words after the occasion, or else within eight words before it), and returns those it points back to with a deictic
    /// ("این مصاحبه") whose date is known.
    func occasionTimes(in sentence: Range<Int>, times: [TemporalExpression], context: inout DocumentContext) -> [OccasionTime] {
        let tokens = text.tokens
        let found = discourse.matches(in: sentence)
        var references: [OccasionTime] = []
        for occasion in found where occasion.function == .occasion {
            let words = tokens[occasion.tokenRange].map(\.text)
            let pointedAt = found.contains { $0.function == .deictic && $0.tokenRange.upperBound == occasion.tokenRange.lowerBound }
            if pointedAt, let known = context.occasions[words] {
                references.append(OccasionTime(tokenRange: occasion.tokenRange, time: known.time, timeText: known.text))
            } else if let date = times.first(where: {
                isDate($0) && $0.value.start != nil && $0.tokenRange.lowerBound >= occasion.tokenRange.upperBound
                    && $0.tokenRange.lowerBound - occasion.tokenRange.upperBound <= 2
            }) ?? times.last(where: {
                // "امروز، وزارت دفاع … در بیانیه‌ای": a date shortly before, in the same sentence.
                isDate($0) && $0.value.start != nil && $0.tokenRange.upperBound <= occasion.tokenRange.lowerBound
                    && occasion.tokenRange.lowerBound - $0.tokenRange.upperBound <= 8
            }) {
                context.noteOccasion(words, time: Self.eventTime(date), text: date.text)
            }
        }
        return references
    }
}
