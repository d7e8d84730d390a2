import Testing
@testable import AnnalsKit

/// A long article's mentions merged section by section (``SectionMerger``) give the same
/// events, with the same mentions in the same order, as ``EventMerger`` merging them all at once.
@Suite struct SectionMergerTests {
    static func day(_ day: Int) -> TimeValue {
        let date = DayDate(year: 2011, month: 3, day: day)
        return TimeValue(timex: date.iso, start: date, end: date, granularity: .day)
    }

    /// An unresolved weekday: a time with no interval.
    static let tuesday = TimeValue(timex: "XXXX-WXX-2", granularity: .day)

    static func event(_ cameo: String, _ actors: [String], _ time: TimeValue?, at start: Int,
                      person: String? = nil, location: String? = nil, modality: Modality = .asserted) -> ExtractedEvent {
        let participants = actors.enumerated().map { position, code in
            Participant(actorCode: code, role: position == 0 ? .source : .target, personName: position == 1 ? person : nil)
        }
        let mention = EventMention(sentence: "sentence \(start)", start: start, end: start + 8, trigger: "t",
                                   triggerStart: start, triggerEnd: start + 1, timeText: time?.timex)
        return ExtractedEvent(cameo: cameo, time: time, participants: participants, locationCode: location,
                              locationName: location.map { "place \($0)" }, polarity: .positive, modality: modality,
                              summary: "summary \(start)", mentions: [mention])
    }

    /// Mentions in text order: one event told many times (actors in either order, a person and a
    /// place named only later, a mention repeated at the same offsets), a headline naming fewer
    /// actors than the body, undated mentions of a type with one dated event and of a type with
    /// two, an undated event alone, a planned act beside a done one.
    static let mentions: [ExtractedEvent] = [
        event("057", ["AZE", "NATO"], nil, at: 0),
        event("163", ["USA", "IRN"], day(1), at: 10),
        event("057", ["AZE", "NATO"], day(4), at: 20),
        event("042", ["TUR", "GEO"], day(2), at: 30),
        event("057", ["NATO", "AZE"], day(4), at: 40, person: "a minister"),
        event("163", ["USA", "IRN", "SYR"], day(1), at: 50),
        event("042", ["TUR", "GEO"], day(3), at: 60),
        event("042", ["TUR", "GEO"], nil, at: 70),
        event("057", ["AZE", "NATO"], day(4), at: 80, location: "BRU"),
        event("057", ["AZE", "NATO"], day(4), at: 80, location: "BRU"),
        event("111", ["FRA", "DEU"], tuesday, at: 90),
        event("057", ["AZE", "NATO"], day(4), at: 100, modality: .hypothetical),
        event("163", ["USA", "IRN"], day(1), at: 110, location: "TEH"),
        event("057", ["AZE", "NATO"], day(4), at: 120),
        event("111", ["FRA", "DEU"], nil, at: 130),
        event("163", ["USA", "IRN", "SYR"], nil, at: 140),
        event("057", ["AZE", "NATO"], day(4), at: 150, person: "another minister"),
    ]

    @Test(arguments: [1, 2, 3, 5, 8, 17])
    func sectionsMergeAsTheWholeArticle(sectionSize: Int) {
        var merger = SectionMerger()
        var start = 0
        while start < Self.mentions.count {
            merger.add(Array(Self.mentions[start..<min(start + sectionSize, Self.mentions.count)]))
            start += sectionSize
        }
        let whole = EventMerger().merge(Self.mentions)
        #expect(whole.count < Self.mentions.count)
        #expect(merger.merged() == whole)
    }
}
