import Foundation

/// The JSON that TimelineJS3 loads: a title slide and one slide per dated event.
///
/// ```json
/// {"title": {"text": {"headline": "Timeline: NATO – Azerbaijan", "text": "…"}},
///  "events": [{"start_date": {"year": "2009", "month": "5", "day": "5"},
///              "text": {"headline": "Sign formal agreement", "text": "<p>Azerbaijan signed …</p>…"},
///              "group": "Engage in diplomatic cooperation", "unique_id": "annals-event-12"}]}
/// ```
/// A date carries the parts its precision has: a day has year, month and day; a
/// month year and month; a year only the year. Ranges and coarse periods get an
/// `end_date`. `text.text` is HTML (TimelineJS renders it), built from escaped
/// text: the summary, who took part, and each source sentence. With a Persian
/// calendar, `display_date` shows the Solar Hijri date. Undated and unanchored
/// events cannot sit on TimelineJS's axis and are left out.
public struct TimelineJSExporter: TimelineExporter {
    public static let formatName = "timelinejs"
    public static let fileExtension = "json"

    public var actorNames: [String]
    public var calendar: DisplayCalendar

    public init(actorNames: [String] = [], calendar: DisplayCalendar = .gregorian) {
        self.actorNames = actorNames
        self.calendar = calendar
    }

    struct Document: Encodable {
        var title: Slide
    }

    struct Slide: Encodable {
        var text: Text
    }

    struct Text: Encodable {
        var headline: String
        var text: String
    }

    /// A TimelineJS date: numbers as strings, absent parts left out.
    struct DateParts: Encodable {
        var year: String
        var month: String?
        var day: String?
    }

    struct Event: Encodable {
        var start_date: DateParts
        var end_date: DateParts?
        var display_date: String?
        var text: Text
        var group: String
        var unique_id: String
    }

    public func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let title = actorNames.isEmpty ? "Timeline" : "Timeline: " + actorNames.joined(separator: " – ")
        let header = try encoder.encode(Slide(text: Text(
            headline: title, text: "<p>Events dated when they happened, with the sentences that report them (Annals).</p>")))
        output.write("{\"title\":" + String(decoding: header, as: UTF8.self) + ",\n\"events\":[")
        var first = true
        try events.forEach { event in
            guard let slide = slide(for: event) else { return }
            output.write(first ? "\n" : ",\n")
            first = false
            output.write(String(decoding: try encoder.encode(slide), as: UTF8.self))
        }
        output.write("\n]}\n")
    }

    /// The slide of an event; nil when it has no place on the axis.
    func slide(for event: TimelineEvent) -> Event? {
        guard let start = event.date.start, let end = event.date.end else { return nil }
        let granularity = event.date.granularity ?? .day
        func parts(_ day: DayDate, _ precision: Granularity) -> DateParts {
            switch precision {
            case .year, .decade, .century: DateParts(year: String(day.year))
            case .month: DateParts(year: String(day.year), month: String(day.month))
            default: DateParts(year: String(day.year), month: String(day.month), day: String(day.day))
            }
        }
        var startParts = parts(start, granularity)
        var endParts: DateParts?
        switch granularity {
        case .day: if start != end { endParts = parts(end, .day) }
        case .month: if (start.year, start.month) != (end.year, end.month) { endParts = parts(end, .month) }
        case .year:
            // A Solar Hijri year spans two Gregorian ones: its exact days.
            if start.year != end.year { (startParts, endParts) = (parts(start, .day), parts(end, .day)) }
        case .decade, .century: endParts = parts(end, .year)
        case .week, .season, .quarter, .none: endParts = parts(end, .day)
        }
        return withEnd(event, startParts, endParts)
    }

    private func withEnd(_ event: TimelineEvent, _ start: DateParts, _ end: DateParts?) -> Event {
        var display: String?
        if calendar.showsSolarHijri, let solar = calendar.solarHijriLabel(for: event.date) {
            display = calendar.showsGregorian ? DisplayCalendar.gregorianLabel(for: event.date) + " · " + solar : solar
        }
        var body = "<p dir=\"auto\">\(HTMLPage.escaped(event.summary))</p>"
        if !event.actors.isEmpty {
            body += "<p>Who: " + event.actors.map { "\(HTMLPage.escaped($0.name)) (\($0.role.rawValue))" }.joined(separator: ", ") + "</p>"
        }
        if !event.mentions.isEmpty {
            body += "<ul>" + event.mentions.map { mention in
                "<li dir=\"auto\">“\(HTMLPage.escaped(mention.sentence))” — \(HTMLPage.escaped(mention.document))"
                    + (mention.published.map { ", \($0.iso)" } ?? "") + "</li>"
            }.joined() + "</ul>"
        }
        return Event(
            start_date: start, end_date: end, display_date: display,
            text: Text(headline: "\(event.type.cameo) " + (event.type.label ?? "CAMEO \(event.type.cameo)"), text: body),
            group: event.type.rootLabel ?? event.type.root,
            unique_id: "annals-event-\(event.id)")
    }
}
