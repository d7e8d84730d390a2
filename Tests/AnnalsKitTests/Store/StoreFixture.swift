import Foundation
import GRDB
@testable import AnnalsKit

/// Builds in-memory stores with a small gazetteer and events to put in them.
enum StoreFixture {
    static let actors: [Actor] = [
        Actor(code: "NATO", kind: .organisation, name: "NATO", persianName: "ناتو", cameoCode: "IGOWSTNAT", wikidataID: "Q7184"),
        Actor(code: "AZE", kind: .country, name: "Azerbaijan", persianName: "جمهوری آذربایجان", cameoCode: "AZE"),
        Actor(code: "IRN", kind: .country, name: "Iran", persianName: "ایران", cameoCode: "IRN"),
        Actor(code: "RUS", kind: .country, name: "Russia", persianName: "روسیه", cameoCode: "RUS"),
    ]

    static let aliases: [String: [Alias]] = [
        "NATO": [Alias(text: "ناتو", language: .persian, form: .name),
                 Alias(text: "North Atlantic Treaty Organization", language: .english, form: .name)],
        "AZE": [Alias(text: "Baku", language: nil, form: .city)],
    ]

    static let labels: EventTypeLabeler = { code in
        switch code {
        case "057": EventTypeLabel(label: "Sign formal agreement", rootLabel: "Engage in diplomatic cooperation", quadClass: 2, goldstein: 8.0)
        case "043": EventTypeLabel(label: "Host a visit", rootLabel: "Consult", quadClass: 1, goldstein: 2.8)
        case "112": EventTypeLabel(label: "Accuse", rootLabel: "Disapprove", quadClass: 3, goldstein: -2.0)
        default: nil
        }
    }

    /// An in-memory store with the gazetteer registered.
    static func store() throws -> AnnalsStore {
        let store = try AnnalsStore.inMemory(labels: labels)
        try store.register(actors: actors, aliases: aliases)
        return store
    }

    static func day(_ text: String) -> DayDate {
        DayDate(iso: text) ?? DayDate(year: 1, month: 1, day: 1)
    }

    static func onDay(_ text: String) -> TimeValue {
        TimeValue(timex: text, start: day(text), end: day(text), granularity: .day)
    }

    static func inYear(_ year: Int) -> TimeValue {
        TimeValue(timex: String(year), start: DayDate(year: year, month: 1, day: 1),
                  end: DayDate(year: year, month: 12, day: 31), granularity: .year)
    }

    static func document(_ text: String, published: String? = "2009-05-06", origin: String = "articles/a.txt",
                         language: Language = .english) -> Article {
        Article(text: text, title: "Title of \(origin)", published: published.map(day), source: "Test wire",
                      url: nil, language: language, origin: origin)
    }

    static func mention(_ sentence: String, at start: Int = 0, trigger: String = "signed") -> EventMention {
        let triggerStart = start + (sentence.unicodeScalars.count > 2 ? 1 : 0)
        return EventMention(sentence: sentence, start: start, end: start + sentence.unicodeScalars.count, trigger: trigger,
                            triggerStart: triggerStart, triggerEnd: triggerStart + 1, timeText: nil)
    }

    static func event(_ cameo: String = "057", time: TimeValue? = onDay("2009-05-05"),
                      actors: [(String, ParticipantRole)] = [("AZE", .source), ("NATO", .target)],
                      polarity: Polarity = .positive, modality: Modality = .asserted,
                      location: String? = nil, summary: String = "Azerbaijan signed an agreement with NATO",
                      mentions: [EventMention] = [mention("Azerbaijan signed an agreement with NATO.")]) -> ExtractedEvent {
        ExtractedEvent(cameo: cameo, time: time,
                       participants: actors.map { Participant(actorCode: $0.0, role: $0.1) },
                       locationCode: location == nil ? nil : "AZE", locationName: location,
                       polarity: polarity, modality: modality, summary: summary, mentions: mentions)
    }
}

/// A temporary directory removed when the test is done with it.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "annals-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appending(path: name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
