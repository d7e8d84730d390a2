/// One pass of the ``EventExtractor`` over one document.
///
/// A class, not a value: its many small questions are asked from closures and helper
/// calls, and a value of this size (the extractor's tables, the text, the index) would be
/// copied, every reference in it retained, each time one captured it.
final class DocumentReading {
    let text: AnalyzedText
    let times: [TemporalExpression]
    /// The publication date: the day a development told in the narrative past took place.
    let reference: DayDate?
    let actors: [ActorMention]
    let extractor: EventExtractor
    let lexicon: TriggerLexicon
    let discourse: DiscourseIndex

    init(text: AnalyzedText, times: [TemporalExpression], reference: DayDate?, actors: [ActorMention],
         extractor: EventExtractor, lexicon: TriggerLexicon, discourse: DiscourseIndex) {
        self.text = text
        self.times = times
        self.reference = reference
        self.actors = actors
        self.extractor = extractor
        self.lexicon = lexicon
        self.discourse = discourse
    }

    /// Someone or something a clause refers to, in text order.
    struct Referent {
        let actorCode: String
        let tokenRange: Range<Int>
        let personName: String?
    }

    /// The trigger chosen for a clause.
    struct Choice {
        let cameo: String
        let tokenRange: Range<Int>
        let priority: Int
        let polarity: Polarity
        let modality: Modality
        let passive: Bool
        let targetMarkers: [String]
        /// Set when an event noun ("conference") made the event.
        let nounCameo: String?
        /// The verb (or the noun's support verb) is in the narrative past ("signed", "was held").
        let isNarrative: Bool
        /// The verb (or the support verb) is a simple present ("accuses"): a standing position unless dated.
        var isStanding = false
        /// The verb (or the support verb) tells the act as done ("دعوت کرد").
        var isDone = false
    }

    func read() -> [ExtractedEvent] {
        var context = DocumentContext()
        var events: [ExtractedEvent] = []
        var actorIndex = 0
        var timeIndex = 0
        let dateline = datelineCity()
        for sentence in text.sentences {
            let sentenceActors = Self.items(of: actors, startingIn: sentence.tokenRange, from: &actorIndex) { $0.tokenRange.lowerBound }
            let sentenceTimes = Self.items(of: times, startingIn: sentence.tokenRange, from: &timeIndex) { $0.tokenRange.lowerBound }
            let triggerMatches = triggers(in: sentence.tokenRange, actors: sentenceActors, times: sentenceTimes)
            let deicticEvent = deicticReference(in: sentence.tokenRange, triggers: triggerMatches, context: context)
            let sentenceCity = sentenceActors.first { $0.form == .city }
            let occasions = occasionTimes(in: sentence.tokenRange, times: sentenceTimes, context: &context)
            var carried: Carried?
            // The time of the last dated event read in the sentence, for a clause that follows from it.
            var previous: Carried?
            // When a speaker spoke ("روز گذشته گفت:"): the clauses of the quote after the colon.
            var spoken: Carried?
            var lastClause: Range<Int>?
            let sentenceClauses = clauses(of: sentence, triggers: triggerMatches)
            for (position, clause) in sentenceClauses.enumerated() {
                defer {
                    spoken = spokenTime(after: clause, among: sentenceTimes) ?? spoken
                    lastClause = clause
                }
                let frame = lastClause.flatMap { follows(.frameEnd, clause, in: sentence) ? frameTime(of: $0, among: sentenceTimes) : nil }
                let handed = followsCoordinator(clause, in: sentence) ? carried : nil
                let sequel = follows(.sequel, clause, in: sentence) ? previous : nil
                carried = nil
                let clauseActors = sentenceActors.filter {
                    clause.contains($0.tokenRange.lowerBound) && $0.tokenRange != dateline?.tokenRange
                }
                let referents = resolveReferents(in: clause, actors: clauseActors, context: &context)
                let clauseTriggers = triggerMatches.filter { clause.contains($0.tokenRange.lowerBound) }
                let chosen = choose(from: clauseTriggers, in: clause)
                // Event nouns dated in their own phrase are events of their own, and their
                // dates are theirs alone.
                let nouns = datedNouns(in: clause, triggers: clauseTriggers, times: sentenceTimes)
                var taken: [Range<Int>] = []
                for noun in nouns where noun.match.tokenRange != chosen?.tokenRange {
                    let nounEvent = event(of: noun, referents: referents, clauseActors: clauseActors, sentence: sentence)
                        .flatMap { keeps($0) ? $0 : nil }
                    if let nounEvent {
                        events.append(nounEvent)
                        context.noteParticipants(nounEvent.participants)
                        previous = Carried(source: nil, time: nounEvent.time, timeText: noun.time.text)
                    }
                    if keepsItsDate(noun, madeEvent: nounEvent != nil) { taken.append(noun.time.tokenRange) }
                }
                guard var choice = chosen else { continue }
                var participants = assignRoles(referents, choice: choice, in: clause)
                // A clause with a subject of its own keeps its own time too.
                let shared = handed.flatMap { hasOwnSubject(referents, choice: choice, in: clause) ? nil : $0 }
                if let source = shared?.source {
                    participants = sharingSubject(source, with: participants)
                }
                // The actors of the main clause after a frame ("در مذاکرات …، آمریکا از کره شمالی
                // خواست …") took part in the framing event.
                if position + 1 < sentenceClauses.count, follows(.frameEnd, sentenceClauses[position + 1], in: sentence) {
                    participants = withFramedActors(participants, mainClause: sentenceClauses[position + 1], actors: sentenceActors)
                }
                guard !participants.isEmpty else { continue }

                // What the text tells as done in the past cannot be dated after it was written: a
                // later date in the clause is that of a planned act ("… که قرار است مهر ماه سفر کند").
                // A later date beside an act told as done is that of a plan told with it ("… که قرار
                // است مهر ماه سفر کند، … دعوت کرد"), and the act is news of the day of writing.
                let plans = choice.modality == .asserted
                    ? sentenceTimes.filter { isAfterReference($0) && (choice.isNarrative || isPlan($0, choice: choice, among: clauseTriggers)) }
                    : []
                let timeExpression = nearestTime(in: clause, among: sentenceTimes.filter {
                    !taken.contains($0.tokenRange) && !plans.contains($0)
                }, to: choice.tokenRange)
                let besidePlan = choice.isDone && nearestTime(in: clause, among: plans, to: choice.tokenRange) != nil
                var time = timeExpression.map(Self.eventTime)
                var timeText = timeExpression?.text
                if time == nil, let shared {
                    time = shared.time
                    timeText = shared.timeText
                }
                if time == nil, let frame {
                    time = frame.time
                    timeText = frame.timeText
                }
                if time == nil, let sequel {
                    time = sequel.time
                    timeText = sequel.timeText
                }
                if time == nil, let spoken {
                    time = spoken.time
                    timeText = spoken.timeText
                }
                // "در این مصاحبه": said at the occasion told before, and so then.
                if time == nil, let occasion = occasions.first(where: { clause.contains($0.tokenRange.lowerBound) }) {
                    time = occasion.time
                    timeText = occasion.timeText
                }
                let here = dateline.flatMap { discourse.contains(.placeDeictic, in: clause) ? $0 : nil }
                let city = clauseActors.first { $0.form == .city } ?? here ?? sentenceCity
                var locationCode = city?.actorCode
                var locationName = city?.placeName
                choice = statedIntention(factualInfinitive(choice, in: clause), in: clause)
                choice = agreedAct(choice, in: clause, triggers: clauseTriggers)
                choice = demanded(choice, in: clause)
                participants = withPlaceVisited(participants, cameo: choice.cameo, place: locationCode)
                participants = withPlaceAttacked(participants, cameo: choice.cameo,
                                                 place: clauseActors.first { $0.form == .city }?.actorCode)
                // "At this conference": the clause that says so, when it gives no date of its own,
                // took place when and where the conference did.
                // "… were detained during the raid": a passive with no agent of its own was done
                // by whoever carried out the event it points back to.
                if choice.passive, let (inherited, phrase) = deicticEvent, clause.contains(phrase.lowerBound),
                   let agent = inherited.source, !participants.contains(where: { $0.actorCode == agent }),
                   !participants.contains(where: { $0.role == .target }) {
                    participants = [Participant(actorCode: agent, role: .source, personName: nil)]
                        + participants.map { $0.with(role: .target) }
                }
                if time == nil, let (inherited, phrase) = deicticEvent, clause.contains(phrase.lowerBound) {
                    time = inherited.time
                    if locationCode == nil {
                        locationCode = inherited.locationCode
                        locationName = inherited.locationName
                    }
                }
                if time == nil, let anchored = anchoredTime(in: clause, triggers: clauseTriggers, times: sentenceTimes, context: context) {
                    time = anchored.time
                    timeText = anchored.timeText
                }
                if time == nil, discourse.contains(.sameDay, in: clause),
                   let last = times.last(where: { $0.tokenRange.upperBound <= clause.lowerBound && isDate($0) }) {
                    time = Self.eventTime(last)
                    timeText = last.text
                }
                if time == nil { time = reportingDay(of: choice, in: clause, besidePlan: besidePlan) }
                // "… با این حال طرفین …" after an event between two in the same sentence, with no date
                // of its own and not told as news of the day: the two sides on that occasion. (After
                // "و" the clause keeps its own time, as a clause with its own subject does.)
                if time == nil, let previous, handed == nil, !followsCoordinator(clause, in: sentence),
                   discourse.contains(.pairAnaphor, in: clause) {
                    time = previous.time
                    timeText = previous.timeText
                }
                // "Washington accuses Tehran of …": a position held, not a happening.
                if time == nil, choice.isStanding { continue }
                let event = ExtractedEvent(
                    cameo: choice.cameo,
                    time: time,
                    participants: participants,
                    locationCode: locationCode,
                    locationName: locationName,
                    polarity: choice.polarity,
                    modality: modality(choice.modality, at: time),
                    summary: summary(of: clause),
                    mentions: [mention(sentence: sentence, trigger: choice.tokenRange, timeText: timeText)]
                )
                guard keeps(event) else { continue }
                events.append(event)
                events += coordinatedNounCameos(with: choice, among: clauseTriggers, in: clause)
                    .map { event.with(cameo: $0) }.filter(keeps)
                carried = Carried(source: participants.first { $0.role == .source }, time: time, timeText: timeText)
                if time != nil { previous = carried }
                context.noteParticipants(participants)
                if let noun = choice.nounCameo {
                    context.noteEvent(.init(nounCameo: noun, time: event.time, locationCode: locationCode, locationName: locationName,
                                            source: participants.first { $0.role == .source }?.actorCode))
                } else if event.time != nil {
                    context.noteVerbEvent(.init(nounCameo: choice.cameo, time: event.time, locationCode: locationCode,
                                                locationName: locationName, source: participants.first { $0.role == .source }?.actorCode))
                }
            }
        }
        return events
    }

    // MARK: Clauses

    /// The sentence's clauses, as token ranges, split at the language's clause boundaries
    /// and at a coordinator right after a verb ("… پیوست و این کشور …", "… met and …").
    private func clauses(of sentence: Sentence, triggers: [TriggerMatch]) -> [Range<Int>] {
        // Only after a verb that is an event by itself: after a support verb ("… برگزار شد و
        // مقام‌ها … گفتگو کردند") the second clause tells the same event.
        let verbEnds = Set(triggers.filter { $0.trigger.kind == .verb }.map(\.tokenRange.upperBound))
        let matches = discourse.matches(in: sentence.tokenRange)
        // A coordinator before a word that points back to actors starts a clause with a
        // subject of its own ("… on Friday, and the two ministers vowed …").
        let anaphorStarts = Set(matches.filter { Self.anaphors.contains($0.function) }.map(\.tokenRange.lowerBound))
        var clauses: [Range<Int>] = []
        var start = sentence.tokenRange.lowerBound
        for boundary in matches {
            switch boundary.function {
            case .clauseBoundary, .sequel: break
            case .frameEnd where opensFrame(start..<boundary.tokenRange.lowerBound, triggers: triggers): break
            case .verbCoordinator where verbEnds.contains(boundary.tokenRange.lowerBound): break
            case .verbCoordinator where anaphorStarts.contains(boundary.tokenRange.upperBound): break
            default: continue
            }
            if boundary.tokenRange.lowerBound > start { clauses.append(start..<boundary.tokenRange.lowerBound) }
            start = boundary.tokenRange.upperBound
        }
        if start < sentence.tokenRange.upperBound { clauses.append(start..<sentence.tokenRange.upperBound) }
        return clauses
    }

    /// The functions of words that point back to actors named before.
    private static let anaphors: Set<DiscourseLexicon.Function> = [
        .countryAnaphor, .organisationAnaphor, .pairAnaphor, .countryPairAnaphor, .personAnaphor, .subjectAnaphor,
    ]

    // MARK: Actors

    /// The items (sorted by position) that start in `range`, reading on from `index`,
    /// so that a pass over all sentences looks at each item once.
    private static func items<Item>(of all: [Item], startingIn range: Range<Int>, from index: inout Int,
                                    position: (Item) -> Int) -> [Item] {
        while index < all.count, position(all[index]) < range.lowerBound { index += 1 }
        var found: [Item] = []
        while index < all.count, position(all[index]) < range.upperBound {
            found.append(all[index])
            index += 1
        }
        return found
    }

    /// The actors a clause refers to, by name, by role, by a person's name or by anaphora,
    /// in text order; notes each in the context as it goes.
    private func resolveReferents(in clause: Range<Int>, actors clauseActors: [ActorMention],
                                  context: inout DocumentContext) -> [Referent] {
        var items: [(start: Int, resolve: (inout DocumentContext) -> [Referent])] = []
        for mention in clauseActors where mention.form != .city || standsForGovernment(mention.tokenRange, in: clause, actors: clauseActors) {
            // The closure keeps what it needs, not a copy of the whole reading.
            let actor = extractor.gazetteer.actor(code: mention.actorCode)
            items.append((mention.tokenRange.lowerBound, { [tokenizer = extractor.tokenizer, normalizer = extractor.normalizer] context in
                if let actor { context.noteActor(actor) }
                if mention.form == .spokesperson, let name = mention.personName {
                    context.notePerson(named: name, for: mention.actorCode, tokenizer: tokenizer, normalizer: normalizer)
                }
                return [Referent(actorCode: mention.actorCode, tokenRange: mention.tokenRange, personName: mention.personName)]
            }))
        }
        let covered = clauseActors.map(\.tokenRange)
        func isFree(_ range: Range<Int>) -> Bool { !covered.contains { $0.overlaps(range) } }

        for phrase in discourse.matches(in: clause) where isFree(phrase.tokenRange) {
            let range = phrase.tokenRange
            switch phrase.function {
            case .countryAnaphor:
                items.append((range.lowerBound, { context in
                    context.lastCountry.map { [Referent(actorCode: $0, tokenRange: range, personName: nil)] } ?? []
                }))
            case .organisationAnaphor:
                items.append((range.lowerBound, { context in
                    context.lastOrganisation.map { [Referent(actorCode: $0, tokenRange: range, personName: nil)] } ?? []
                }))
            case .personAnaphor:
                items.append((range.lowerBound, { context in
                    context.lastPerson.map { [Referent(actorCode: $0.actorCode, tokenRange: range, personName: $0.name)] } ?? []
                }))
            case .pairAnaphor:
                items.append((range.lowerBound, { context in
                    context.lastPair.map { Referent(actorCode: $0, tokenRange: range, personName: nil) }
                }))
            case .countryPairAnaphor:
                items.append((range.lowerBound, { context in
                    context.lastCountries.map { Referent(actorCode: $0, tokenRange: range, personName: nil) }
                }))
            case .subjectAnaphor:
                items.append((range.lowerBound, { context in
                    context.lastSource.map { [Referent(actorCode: $0, tokenRange: range, personName: nil)] } ?? []
                }))
            case .clauseBoundary, .deictic, .conjunction, .postposition, .verbCoordinator, .placePreposition, .datelineMark,
                 .attribution, .placeDeictic, .background,
                 .determiner, .datePreposition, .sameDay, .occasion, .progressive, .subordinator, .intention, .factualLead,
                 .sequel, .anchor, .intendedAct, .frameEnd, .deadline:
                break
            }
        }
        // People named earlier in the document ("Scheffer" after "… Jaap de Hoop Scheffer, NATO's Secretary General").
        var index = clause.lowerBound
        while index < clause.upperBound {
            if let match = context.people.longestMatch(in: text.tokens, at: index, limit: clause.upperBound),
               isFree(index..<(index + match.length)), let person = match.values.last {
                let range = index..<(index + match.length)
                items.append((range.lowerBound, { context in
                    context.notePerson(person)
                    return [Referent(actorCode: person.actorCode, tokenRange: range, personName: person.name)]
                }))
                index += match.length
            } else {
                index += 1
            }
        }
        items.sort { $0.start < $1.start }
        var referents: [Referent] = []
        for item in items {
            referents.append(contentsOf: item.resolve(&context))
        }
        return referents
    }

    /// Whether a city stands for its government rather than for a place: when it opens the
    /// clause or a subordinate clause ("گفت که مسکو …"), alone or with other actors joined by
    /// conjunctions ("Tehran and Riyadh agreed"),
    /// when it directly follows a verb trigger ("Moscow warned Kyiv"), or when a postposition
    /// marks it as the object ("باکو ایروان را … متهم کرد"). After a place preposition it is
    /// a place ("talks in Baku", "در کابل را"), as it is after a noun ("مذاکرات ژنو") and in a
    /// dateline ("TBILISI — …").
    private func standsForGovernment(_ range: Range<Int>, in clause: Range<Int>, actors: [ActorMention]) -> Bool {
        let tokens = text.tokens
        let window = max(clause.lowerBound, range.lowerBound - 3)..<range.lowerBound
        if discourse.matches(in: window)
            .contains(where: { $0.function == .placePreposition && $0.tokenRange.upperBound == range.lowerBound }) {
            return false
        }
        if discourse.matches(in: range.upperBound..<min(range.upperBound + 1, clause.upperBound))
            .contains(where: { $0.function == .datelineMark }) {
            return false
        }
        if range.upperBound < clause.upperBound, discourse.postpositions.contains(tokens[range.upperBound].text) {
            return true
        }
        if lexicon.matches(in: text, tokens: max(clause.lowerBound, range.lowerBound - 4)..<range.lowerBound)
            .contains(where: { $0.trigger.kind == .verb && $0.tokenRange.upperBound == range.lowerBound }) {
            return true
        }
        // Only actors and conjunctions before it in the clause, or in the clause an opener
        // starts ("گفت که مسکو و کی یف …"); an opener right after an actor's name only goes on
        // a list ("در تهران، مشهد و …").
        let openers = discourse.matches(in: clause.lowerBound..<range.lowerBound)
            .filter { opener in
                opener.function == .subordinator
                    && !actors.contains { $0.tokenRange.upperBound == opener.tokenRange.lowerBound }
            }
            .map(\.tokenRange.upperBound)
        return ([clause.lowerBound] + openers).contains { onlyActorsAndConjunctions(from: $0, to: range.lowerBound, actors: actors) }
    }

    /// Whether tokens `start..<end` hold only actors' names and the conjunctions between them.
    private func onlyActorsAndConjunctions(from start: Int, to end: Int, actors: [ActorMention]) -> Bool {
        var index = start
        while index < end {
            if let actor = actors.first(where: { $0.tokenRange.lowerBound == index }) {
                index = actor.tokenRange.upperBound
            } else if let joint = discourse.matches(in: index..<end).first,
                      joint.tokenRange.lowerBound == index, joint.function == .conjunction {
                index = joint.tokenRange.upperBound
            } else {
                return false
            }
        }
        return true
    }
}
