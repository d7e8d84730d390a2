/// A visual timeline as one self-contained HTML page: a zoomable time axis
/// with a mark per event, and a card per event with its date, type, actors,
/// summary and sources. No network: the styles and the script are inline.
///
/// ```swift
/// try HTMLExporter(actorNames: ["NATO", "Azerbaijan"], calendar: .both).export(events, toFile: "timeline.html")
/// ```
/// Cards are written as the events come, so the page works without its script
/// (a plain chronology); the script draws the axis (years and months, in the
/// calendar chosen), marks coloured by QuadClass, zoom, pan, and filters by type
/// and actor. Each card has `dir="auto"`: a Persian summary makes it right to left.
/// Undated events get their own section at the end.
public struct HTMLExporter: TimelineExporter {
    public static let formatName = "html"
    public static let fileExtension = "html"

    /// The title: `Timeline: ` followed by these names joined with ` – `.
    public var actorNames: [String]
    /// The calendar of the dates people read (the axis and the cards).
    public var calendar: DisplayCalendar

    public init(actorNames: [String], calendar: DisplayCalendar = .gregorian) {
        self.actorNames = actorNames
        self.calendar = calendar
    }

    public func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws {
        let title = actorNames.isEmpty ? "Timeline" : "Timeline: " + actorNames.joined(separator: " – ")
        output.write(HTMLPage.head(title: HTMLPage.escaped(title), calendar: calendar))
        output.write("<section id=\"dated\" aria-labelledby=\"dated-heading\"><h2 id=\"dated-heading\">Events</h2>\n<ol class=\"cards\">\n")
        var first: DayDate?
        var last: DayDate?
        var undatedOpen = false
        var counts = (dated: 0, undated: 0)
        try events.forEach { event in
            if let start = event.date.start, let end = event.date.end {
                first = min(first ?? start, start)
                last = max(last ?? end, end)
                counts.dated += 1
            } else {
                if !undatedOpen {
                    output.write("</ol></section>\n<section id=\"undated\" aria-labelledby=\"undated-heading\">"
                        + "<h2 id=\"undated-heading\">Undated</h2>\n<p class=\"note\">The articles did not say when these happened.</p>\n<ol class=\"cards\">\n")
                    undatedOpen = true
                }
                counts.undated += 1
            }
            output.write(card(for: event))
        }
        output.write("</ol></section>\n")
        if counts.dated + counts.undated == 0 {
            output.write("<p class=\"note\">No events.</p>\n")
        }
        let axis = first.flatMap { first in last.map { TimelineAxis(from: first, to: $0, calendar: calendar) } }
        output.write(HTMLPage.tail(axisJSON: axis?.json ?? "null"))
    }

    /// The card of one event, as a list item.
    func card(for event: TimelineEvent) -> String {
        let id = "e\(event.id)"
        let quad = event.type.quadClass.map(String.init) ?? "0"
        var attributes = "class=\"card q\(quad)\" id=\"\(id)\" data-root=\"\(HTMLPage.escaped(event.type.root))\""
        attributes += " data-root-label=\"\(HTMLPage.escaped(event.type.rootLabel ?? event.type.root))\""
        attributes += " data-actors=\"\(HTMLPage.escaped(event.actors.map(\.code).joined(separator: " ")))\""
        if let start = event.date.start, let end = event.date.end {
            attributes += " data-from=\"\(CalendarConverter.dayNumber(start))\" data-to=\"\(CalendarConverter.dayNumber(end))\""
        }
        let dateLabel = dateLabels(event.date, id: id)
        var html = "<li \(attributes)><article dir=\"auto\" tabindex=\"-1\" aria-labelledby=\"\(id)-date \(id)-summary\">\n"
        html += "<p class=\"meta\" dir=\"ltr\">\(dateLabel.html) "
        html += "<span class=\"type\" title=\"\(HTMLPage.escaped(HTMLPage.quadName(event.type.quadClass)))\">"
        html += "<span class=\"code\">\(HTMLPage.escaped(event.type.cameo))</span> "
        html += HTMLPage.escaped(event.type.label ?? "CAMEO \(event.type.cameo)") + "</span>"
        var flags: [String] = []
        if event.modality == .hypothetical { flags.append("hypothetical") }
        if event.polarity == .negative { flags.append("did not happen") }
        if !flags.isEmpty { html += " <span class=\"flag\">\(flags.joined(separator: ", "))</span>" }
        html += "</p>\n"
        html += "<h3 id=\"\(id)-summary\"\(HTMLPage.languageAttribute(event.summary))>\(HTMLPage.escaped(event.summary))</h3>\n"
        if !event.actors.isEmpty || event.location != nil {
            html += "<p class=\"who\" dir=\"auto\">"
            html += event.actors.map { actor in
                var role = actor.role.rawValue
                if let person = actor.person { role += ", " + HTMLPage.escaped(person) }
                return "<span class=\"actor\" data-code=\"\(HTMLPage.escaped(actor.code))\">\(HTMLPage.escaped(actor.name))</span> <span class=\"role\">(\(role))</span>"
            }.joined(separator: " · ")
            if let place = event.location.flatMap({ $0.name ?? $0.code }) {
                html += (event.actors.isEmpty ? "" : " · ") + "<span class=\"place\">in \(HTMLPage.escaped(place))</span>"
            }
            html += "</p>\n"
        }
        if !event.mentions.isEmpty {
            html += "<ol class=\"sources\" aria-label=\"\(event.mentions.count) source\(event.mentions.count == 1 ? "" : "s")\">\n"
            for mention in event.mentions {
                // The sentence sets the item's direction; the source's name and date stay left to right inside it.
                let language = HTMLPage.languageAttribute(mention.sentence)
                html += "<li dir=\"\(language.isEmpty ? "ltr" : "rtl")\"><q\(language)>\(HTMLPage.escaped(mention.sentence))</q> "
                html += "<span class=\"from\" dir=\"ltr\">" + Self.citation(of: mention)
                if let published = mention.published { html += ", <time datetime=\"\(published.iso)\">\(published.iso)</time>" }
                html += "</span></li>\n"
            }
            html += "</ol>\n"
        }
        html += "</article></li>\n"
        return html
    }

    /// The article a sentence comes from: its title (else its file), linked to its
    /// address when that is an http(s) URL, then its outlet.
    static func citation(of mention: TimelineEvent.Mention) -> String {
        let title = mention.title.flatMap { $0.isEmpty ? nil : $0 } ?? mention.document
        var cite = HTMLPage.escaped(title)
        if let url = mention.url, let scheme = url.split(separator: ":").first?.lowercased(),
           scheme == "http" || scheme == "https" {
            cite = "<a href=\"\(HTMLPage.escaped(url))\" rel=\"noopener noreferrer\">\(cite)</a>"
        }
        var html = "<cite>\(cite)</cite>"
        if let outlet = mention.outlet, !outlet.isEmpty { html += ", <span class=\"outlet\">\(HTMLPage.escaped(outlet))</span>" }
        return html
    }

    /// The date as people of the chosen calendar read it, with an id for the card's label.
    private func dateLabels(_ date: TimelineEvent.DateInfo, id: String) -> (html: String, text: String) {
        var parts: [String] = []
        var texts: [String] = []
        let gregorian = DisplayCalendar.gregorianLabel(for: date)
        let solar = calendar.showsSolarHijri ? calendar.solarHijriLabel(for: date) : nil
        if calendar.showsGregorian || solar == nil {
            let machine = date.start.map { " datetime=\"\($0.iso)\"" } ?? ""
            parts.append("<time class=\"gregorian\"\(machine)>\(HTMLPage.escaped(gregorian))</time>")
            texts.append(gregorian)
        }
        if let solar {
            parts.append("<span class=\"solar\" lang=\"fa\" dir=\"rtl\">\(HTMLPage.escaped(solar))</span>")
            texts.append(solar)
        }
        return ("<span class=\"date\" id=\"\(id)-date\">" + parts.joined(separator: " ") + "</span>", texts.joined(separator: " "))
    }
}
