#if PostgreSQL
import AnnalsKit
import Foundation

/// Generated articles in English and Persian in which many articles report
/// the same few dated events, so that events merge across articles (and,
/// in the parallel tests, across workers).
enum NewsCorpus {
    static let partners = ["Azerbaijan", "Georgia", "Armenia"]
    static let verbs = ["held talks with", "signed an agreement with", "met"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// Article `number`: a report of event `number % distinctEvents`, its text unique.
    static func article(_ number: Int, distinctEvents: Int = 30) -> Article {
        let event = number % distinctEvents
        let year = 2000 + event % 10
        let month = event % 12
        let day = 1 + event % 27
        let text: String
        if number % 4 == 3 {
            text = "ناتو و جمهوری آذربایجان در سال \(year) میلادی در باکو دیدار کردند. گزارش شماره \(number).\n"
        } else {
            text = "NATO \(verbs[event % verbs.count]) \(partners[event % partners.count]) in Brussels on "
                + "\(months[month]) \(day), \(year). Report number \(number) of the series.\n"
        }
        return Article(text: text, title: "Report \(number)",
                       published: DayDate(year: year, month: month + 1, day: min(28, day + 1)),
                       origin: "report-\(number).md")
    }

    /// Article `number` as a file with front matter.
    static func file(_ number: Int) -> String {
        let article = article(number)
        return "---\ntitle: \(article.title ?? "")\npublished: \(article.published?.iso ?? "")\n---\n\(article.text)"
    }

    /// What must be equal between two stores that ingested the same articles in
    /// any order: each event's type, date, polarity, modality and actors, and
    /// its mentions (document and place). Summaries and roles come from the
    /// article stored first, which depends on the order.
    static func projection(_ events: [TimelineEvent]) -> [String] {
        events.map { event in
            let actors = event.actors.map(\.code).sorted().joined(separator: ",")
            let mentions = event.mentions.map { "\($0.document)@\($0.start)-\($0.end)" }.sorted().joined(separator: " ")
            return [event.type.cameo, event.date.value ?? "-", event.date.start?.iso ?? "-", event.date.end?.iso ?? "-",
                    event.polarity.rawValue, event.modality.rawValue, actors, mentions].joined(separator: "|")
        }.sorted()
    }

    /// Every event of `store`, hypothetical and negated ones too.
    static func everything(in store: any EventStore) throws -> [TimelineEvent] {
        try store.timeline(TimelineQuery(actorCodes: [], includeHypothetical: true, includeNegated: true))
    }
}
#endif
