@testable import AnnalsKit

/// Timeline events for the exporters, with the awkward text articles can hold.
enum ExportFixture {
    static let injection = "# Heading\n| a | b |\n[link](http://evil.example) <script>alert(1)</script> [^9] `code` *bold* ![img](x.png) &amp; $x$"
    static let persian = "جمهوری آذربایجان «سند همکاری» با ناتو را امضا کرد؛ ۱۳۸۸"

    static func day(_ text: String) -> DayDate { DayDate(iso: text) ?? DayDate(year: 1, month: 1, day: 1) }

    static func mention(_ sentence: String, document: String = "000_a.txt", id: Int64 = 1, published: String? = "2009-05-06") -> TimelineEvent.Mention {
        TimelineEvent.Mention(document: document, documentId: id, sentence: sentence, start: 10, end: 10 + sentence.unicodeScalars.count,
                              trigger: "signed", published: published.map(day))
    }

    static let actors = [
        TimelineEvent.ActorInfo(code: "AZE", name: "Azerbaijan", role: .source, cameo: "AZE", person: nil),
        TimelineEvent.ActorInfo(code: "NATO", name: "NATO", role: .target, cameo: "IGOWSTNAT", person: "Jaap de Hoop Scheffer"),
    ]

    static let events: [TimelineEvent] = [
        TimelineEvent(
            id: 3,
            date: .init(value: "1994", start: day("1994-03-21"), end: day("1995-03-20"), granularity: .year, calendar: .solarHijri),
            type: .init(cameo: "057", label: "Sign formal agreement", root: "05", rootLabel: "Engage in diplomatic cooperation",
                        quadClass: 2, goldstein: 8.0),
            actors: actors, location: nil, summary: persian, polarity: .positive, modality: .asserted,
            mentions: [mention(persian, document: "fa/001.txt", id: 1, published: nil)]),
        TimelineEvent(
            id: 1,
            date: .init(value: "2009-05-05", start: day("2009-05-05"), end: day("2009-05-05"), granularity: .day, calendar: .gregorian),
            type: .init(cameo: "112", label: "Accuse", root: "11", rootLabel: "Disapprove", quadClass: 3, goldstein: -2.0),
            actors: actors, location: .init(code: "AZE", name: "Baku"),
            summary: "=HYPERLINK(\"http://evil.example\",\"click\"), said the \"minister\"\r\nin Baku",
            polarity: .positive, modality: .asserted,
            mentions: [mention("-1 says @everyone, quoting \"x\"", document: "news.jsonl:4", id: 2),
                       mention(injection, document: "news.jsonl:4", id: 2),
                       mention("+ more", document: "b/002.txt", id: 5)]),
        TimelineEvent(
            id: 2,
            date: .init(value: "2009-06", start: day("2009-06-01"), end: day("2009-06-30"), granularity: .month, calendar: .gregorian),
            type: .init(cameo: "0874", label: nil, root: "08", rootLabel: nil, quadClass: nil, goldstein: nil),
            actors: [actors[1]], location: nil, summary: injection, polarity: .negative, modality: .hypothetical,
            mentions: [mention("\tTabbed sentence.", document: "c.txt", id: 6)]),
        TimelineEvent(
            id: 7,
            date: .init(value: "XXXX-WXX-2", start: nil, end: nil, granularity: .day, calendar: .gregorian),
            type: .init(cameo: "043", label: "Host a visit", root: "04", rootLabel: "Consult", quadClass: 1, goldstein: 2.8),
            actors: actors, location: nil, summary: "A visit on a Tuesday", polarity: .positive, modality: .asserted,
            mentions: [mention("On Tuesday NATO visited.", document: "d.txt", id: 7)]),
        TimelineEvent(
            id: 8,
            date: .init(value: nil, start: nil, end: nil, granularity: nil, calendar: nil),
            type: .init(cameo: "043", label: "Host a visit", root: "04", rootLabel: "Consult", quadClass: 1, goldstein: 2.8),
            actors: actors, location: nil, summary: "A visit at some time", polarity: .positive, modality: .asserted,
            mentions: []),
    ]
}
