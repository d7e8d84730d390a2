import Testing
@testable import AnnalsKit

/// Events of one document, built by hand, and how ``EventMerger`` merges them.
private enum MergerFixture {
    static func day(_ iso: String) -> TimeValue {
        let date = DayDate(iso: iso)
        return TimeValue(timex: iso, start: date, end: date, granularity: .day)
    }

    static func year(_ year: Int) -> TimeValue {
        TimeValue(timex: String(year), start: DayDate(year: year, month: 1, day: 1),
                  end: DayDate(year: year, month: 12, day: 31), granularity: .year)
    }

    /// An unresolved weekday ("on Tuesday" without a publication date).
    static let tuesday = TimeValue(timex: "XXXX-WXX-2", granularity: .day)

    /// A mention at scalar `start` of a document.
    static func mention(at start: Int, _ sentence: String = "…") -> EventMention {
        EventMention(sentence: sentence, start: start, end: start + 10, trigger: "t",
                     triggerStart: start, triggerEnd: start + 1, timeText: nil)
    }

    static func event(_ cameo: String = "057", actors: [String] = ["AZE", "NATO"], time: TimeValue?,
                      at start: Int, polarity: Polarity = .positive, modality: Modality = .asserted,
                      person: String? = nil, location: String? = nil) -> ExtractedEvent {
        let participants = actors.enumerated().map { position, code in
            Participant(actorCode: code, role: position == 0 ? .source : .target,
                        personName: position == 0 ? person : nil)
        }
        return ExtractedEvent(cameo: cameo, time: time, participants: participants, locationCode: location,
                              locationName: nil, polarity: polarity, modality: modality,
                              summary: "event at \(start)", mentions: [mention(at: start)])
    }
}

@Suite struct EventMergerTests {
    fileprivate typealias F = MergerFixture
    let merger = EventMerger()

    // MARK: Dated mentions

    @Test func sameTypeActorsAndDayMerge() {
        let merged = merger.merge([
            F.event(time: F.day("2005-05-19"), at: 0),
            F.event(time: F.day("2005-05-19"), at: 100),
        ])
        #expect(merged.count == 1)
        #expect(merged.first?.mentions.map(\.start) == [0, 100])
    }

    @Test func actorsInAnotherOrderOrRoleStillMerge() {
        let merged = merger.merge([
            F.event(time: F.year(1994), at: 0),
            F.event(time: F.year(1994), at: 50).withActors(["NATO", "AZE"]),
        ])
        #expect(merged.count == 1)
        #expect(merged.first?.participants.first { $0.role == .source }?.actorCode == "AZE", "the first mention's roles stay")
    }

    @Test(arguments: [
        ("2005-05-19", "2005-05-20"),
        ("2005-05-19", "2006-05-19"),
    ])
    func differentDaysNeverMerge(first: String, second: String) {
        let merged = merger.merge([F.event(time: F.day(first), at: 0), F.event(time: F.day(second), at: 100)])
        #expect(merged.count == 2)
    }

    @Test func aDayAndItsYearAreDifferentDates() {
        let merged = merger.merge([F.event(time: F.day("1994-05-04"), at: 0), F.event(time: F.year(1994), at: 100)])
        #expect(merged.count == 2)
    }

    @Test(arguments: ["054", "040", "0571"])
    func differentTypesNeverMerge(otherCameo: String) {
        let merged = merger.merge([
            F.event("057", time: F.day("2005-05-19"), at: 0),
            F.event(otherCameo, time: F.day("2005-05-19"), at: 100),
        ])
        #expect(merged.count == 2)
    }

    @Test func differentActorsNeverMerge() {
        let merged = merger.merge([
            F.event(actors: ["AZE", "NATO"], time: F.year(1994), at: 0),
            F.event(actors: ["ARM", "NATO"], time: F.year(1994), at: 100),
        ])
        #expect(merged.count == 2)
    }

    @Test func negatedOrHypotheticalMentionsStayApart() {
        let merged = merger.merge([
            F.event(time: F.year(2005), at: 0),
            F.event(time: F.year(2005), at: 100, polarity: .negative),
            F.event(time: F.year(2005), at: 200, modality: .hypothetical),
        ])
        #expect(merged.count == 3)
    }

    // MARK: Undated mentions

    @Test func undatedHeadlineJoinsTheOneDatedEventOfItsTypeAndActors() {
        let merged = merger.merge([
            F.event(time: nil, at: 0),
            F.event(time: F.day("2009-05-05"), at: 100, location: "AZE"),
        ])
        #expect(merged.count == 1)
        let event = merged[0]
        #expect(event.time?.timex == "2009-05-05")
        #expect(event.mentions.map(\.start) == [0, 100], "mentions keep document order")
        #expect(event.locationCode == "AZE")
    }

    @Test func undatedHeadlineJoinsTheOneDatedEventThatNamesMoreActors() {
        let merged = merger.merge([
            F.event("163", actors: ["AUS", "RUS"], time: nil, at: 0),
            F.event("163", actors: ["AUS", "RUS", "UKR"], time: F.day("2014-09-01"), at: 100),
        ])
        #expect(merged.count == 1)
        #expect(merged.first?.time?.timex == "2014-09-01")
        #expect(merged.first.map { Set($0.participants.map(\.actorCode)) } == ["AUS", "RUS", "UKR"])
    }

    @Test func undatedLeadJoinsTheOneDatedEventWhoseActorsItNames() {
        let merged = merger.merge([
            F.event("111", actors: ["USA", "TUR", "AZE"], time: nil, at: 0),
            F.event("111", actors: ["USA", "TUR"], time: F.day("2020-10-15"), at: 100),
        ])
        #expect(merged.count == 1)
        #expect(merged.first?.time?.timex == "2020-10-15")
    }

    @Test(arguments: [
        // Another type, a single actor, an actor the dated event lacks, or two dated events to choose from.
        [MergerFixture.event("163", actors: ["AUS", "RUS"], time: nil, at: 0),
         MergerFixture.event("160", actors: ["AUS", "RUS", "UKR"], time: MergerFixture.day("2014-09-01"), at: 100)],
        [MergerFixture.event("173", actors: ["TUR"], time: nil, at: 0),
         MergerFixture.event("173", actors: ["TUR", "CHN"], time: MergerFixture.day("2014-09-01"), at: 100)],
        [MergerFixture.event("163", actors: ["AUS", "RUS", "JPN"], time: nil, at: 0),
         MergerFixture.event("163", actors: ["AUS", "RUS", "UKR"], time: MergerFixture.day("2014-09-01"), at: 100)],
        [MergerFixture.event("163", actors: ["AUS", "RUS"], time: nil, at: 0),
         MergerFixture.event("163", actors: ["AUS", "RUS", "UKR"], time: MergerFixture.day("2014-09-01"), at: 100),
         MergerFixture.event("163", actors: ["AUS", "RUS", "BLR"], time: MergerFixture.day("2014-08-01"), at: 200)],
    ])
    func undatedHeadlineStaysApartFromADatedEventItDoesNotTell(events: [ExtractedEvent]) {
        #expect(merger.merge(events).count == events.count)
    }

    @Test func anEventJoinsTheOneEventOfItsDayThatNamesMoreActors() {
        let merged = merger.merge([
            F.event("150", actors: ["ISR", "LBN"], time: F.day("2014-09-01"), at: 0),
            F.event("150", actors: ["ISR", "LBN", "SYR"], time: F.day("2014-09-01"), at: 100),
            F.event("150", actors: ["ISR", "LBN"], time: F.day("2014-09-02"), at: 200),
        ])
        #expect(merged.count == 2, "another day is another event")
        #expect(merged.first?.participants.count == 3, "the event that names more actors leads")
        #expect(merged.first?.mentions.map(\.start) == [0, 100])
    }

    @Test func anUnresolvedDateCountsAsUndated() {
        let merged = merger.merge([
            F.event(time: F.tuesday, at: 0),
            F.event(time: F.day("2009-05-05"), at: 100),
        ])
        #expect(merged.count == 1)
        #expect(merged.first?.time?.timex == "2009-05-05")
    }

    @Test func undatedMentionStaysApartWhenTwoDatedEventsCouldClaimIt() {
        let merged = merger.merge([
            F.event(time: nil, at: 0),
            F.event(time: F.year(1994), at: 100),
            F.event(time: F.year(2005), at: 200),
        ])
        #expect(merged.count == 3)
        #expect(merged.filter { $0.time == nil }.count == 1)
    }

    @Test func undatedMentionOfAnotherTypeOrPairStaysApart() {
        let merged = merger.merge([
            F.event("040", time: nil, at: 0),
            F.event(actors: ["AZE", "EU"], time: nil, at: 50),
            F.event(time: F.day("2009-05-05"), at: 100),
        ])
        #expect(merged.count == 3)
    }

    @Test func undatedMentionsOfOneEventMergeWithEachOther() {
        let merged = merger.merge([
            F.event(time: nil, at: 0),
            F.event(time: nil, at: 100, person: "Jaap de Hoop Scheffer"),
        ])
        #expect(merged.count == 1)
        #expect(merged.first?.mentions.count == 2)
        #expect(merged.first?.participants.first { $0.actorCode == "AZE" }?.personName == "Jaap de Hoop Scheffer",
                "a person named by a later mention is kept")
    }

    @Test func mergedEventKeepsActorsTheOthersAdd() {
        let first = F.event(actors: ["AZE", "NATO"], time: F.year(1994), at: 0)
        let second = F.event(actors: ["AZE", "NATO"], time: F.year(1994), at: 100, person: "Elmar Mammadyarov")
        let merged = merger.merge([first, second])
        #expect(merged.count == 1)
        #expect(merged[0].participants.count == 2)
        #expect(merged[0].participants[0].personName == "Elmar Mammadyarov")
        #expect(merged[0].summary == first.summary, "the first mention gives the summary")
    }

    @Test func nothingInNothingOut() {
        #expect(merger.merge([]).isEmpty)
    }
}

private extension ExtractedEvent {
    func withActors(_ codes: [String]) -> ExtractedEvent {
        let participants = codes.enumerated().map { position, code in
            Participant(actorCode: code, role: position == 0 ? .target : .source)
        }
        return ExtractedEvent(cameo: cameo, time: time, participants: participants, locationCode: locationCode,
                              locationName: locationName, polarity: polarity, modality: modality,
                              summary: summary, mentions: mentions)
    }
}
