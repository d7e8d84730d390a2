/// A readable chronology in Markdown: a title, a section per year in date
/// order, undated events at the end, and each event's sources as footnotes.
///
/// ```markdown
/// # Timeline: NATO – Azerbaijan
///
/// ## 2009
///
/// - **2009-05-05** · Sign formal agreement: Azerbaijan signed … Who: Azerbaijan (source), NATO (target). Where: Baku.[^1]
///
/// [^1]: 000\_x.txt, Talks in Baku, Example news agency, 2009-05-06, https://example.org/story: “Azerbaijan signed …”
/// ```
/// Text from articles is escaped so it cannot make headings, lists, tables,
/// links, images, HTML, code or footnotes; line breaks become spaces. Only
/// ASCII punctuation is escaped, so Persian text is written as is.
/// A footnote names the document (its file name), its title, outlet,
/// publication day and URL when known, then quotes the sentence.
/// Footnote definitions follow their year's list. Each run of article text
/// that holds right-to-left letters (a Persian summary, sentence or name) is
/// wrapped in Unicode isolates (``BidiIsolation``), so that its punctuation
/// stays at its end when the chronology is shown in a browser.
///
/// With a ``calendar`` that shows Solar Hijri dates, each date also gets its
/// Solar Hijri label in Persian digits: after the Gregorian one for `both`
/// (`**1994-05-04** (۱۴ اردیبهشت ۱۳۷۳)`), before it for `persian`
/// (`**۱۴ اردیبهشت ۱۳۷۳** (1994-05-04)`). Sections stay Gregorian years, in date order.
public struct MarkdownExporter: TimelineExporter {
    public static let formatName = "markdown"
    public static let fileExtension = "md"

    /// The title: `Timeline: ` followed by these names joined with ` – `.
    public var actorNames: [String]
    /// The calendar of the dates people read.
    public var calendar: DisplayCalendar

    public init(actorNames: [String], calendar: DisplayCalendar = .gregorian) {
        self.actorNames = actorNames
        self.calendar = calendar
    }

    public func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws {
        let title = actorNames.isEmpty ? "Timeline" : "Timeline: " + actorNames.map(Self.escaped).joined(separator: " – ")
        output.write("# \(title)\n")
        var section: String?
        var footnotes: [String] = []
        var footnoteNumber = 0
        func closeSection() {
            guard section != nil else { return }
            if !footnotes.isEmpty {
                output.write("\n" + footnotes.joined(separator: "\n") + "\n")
                footnotes.removeAll()
            }
        }
        try events.forEach { event in
            let heading = event.date.start.map { String($0.year) } ?? "Undated"
            if heading != section {
                closeSection()
                section = heading
                output.write("\n## \(heading)\n\n")
            }
            var references = ""
            for mention in event.mentions {
                footnoteNumber += 1
                references += "[^\(footnoteNumber)]"
                footnotes.append("[^\(footnoteNumber)]: " + Self.source(of: mention))
            }
            output.write(Self.item(for: event, calendar: calendar) + references + "\n")
        }
        if section == nil {
            output.write("\nNo events.\n")
        }
        closeSection()
    }

    /// The list item for an event, without its footnote references.
    static func item(for event: TimelineEvent, calendar: DisplayCalendar = .gregorian) -> String {
        var text = "- " + dateLabel(event.date, calendar: calendar) + " · "
        text += escaped(event.type.label ?? "CAMEO \(event.type.cameo)")
        var flags: [String] = []
        if event.modality == .hypothetical { flags.append("hypothetical") }
        if event.polarity == .negative { flags.append("did not happen") }
        if !flags.isEmpty { text += " (\(flags.joined(separator: ", ")))" }
        let summary = escaped(event.summary)
        text += ": " + BidiIsolation.isolated(summary)
        if !summary.hasSuffix(".") { text += "." }
        if !event.actors.isEmpty {
            let who = event.actors.map { actor in
                let role = actor.person.map { "\(actor.role.rawValue); \(article($0))" } ?? actor.role.rawValue
                return "\(article(actor.name)) (\(role))"
            }
            text += " Who: " + who.joined(separator: ", ") + "."
        }
        if let place = event.location.flatMap({ $0.name ?? $0.code }) {
            text += " Where: " + article(place) + "."
        }
        return text
    }

    /// The date in bold, with its Solar Hijri label where `calendar` shows one.
    static func dateLabel(_ date: TimelineEvent.DateInfo, calendar: DisplayCalendar) -> String {
        let gregorian = escaped(dateText(date))
        guard calendar.showsSolarHijri, let solarHijri = calendar.solarHijriLabel(for: date) else { return "**\(gregorian)**" }
        let persian = BidiIsolation.isolated(solarHijri)
        return calendar.showsGregorian ? "**\(gregorian)** (\(persian))" : "**\(persian)** (\(gregorian))"
    }

    /// `2009-05-05`; a longer span shows its TIMEX3 value and its days.
    static func dateText(_ date: TimelineEvent.DateInfo) -> String {
        guard let start = date.start, let end = date.end else { return date.value ?? "date unknown" }
        var text = start == end ? start.iso : "\(date.value ?? start.iso) (\(start.iso) – \(end.iso))"
        if let calendar = date.calendar, calendar != .gregorian { text += ", \(calendar.rawValue) calendar" }
        return text
    }

    static func source(of mention: TimelineEvent.Mention) -> String {
        var text = article(mention.document)
        if let title = mention.title, !title.isEmpty, title != mention.document { text += ", " + article(title) }
        if let outlet = mention.outlet, !outlet.isEmpty { text += ", " + article(outlet) }
        if let published = mention.published { text += ", " + published.iso }
        if let url = mention.url, !url.isEmpty { text += ", " + escaped(url) }
        return text + ": “" + article(mention.sentence) + "”"
    }

    /// Text from an article or the gazetteer, escaped and isolated in its own direction.
    static func article(_ text: String) -> String {
        BidiIsolation.isolated(escaped(text))
    }

    /// `text` as literal Markdown inline text on one line: runs of white space and line
    /// breaks as one space (none at the start or end), other control characters left out,
    /// Markdown's punctuation after a backslash, and so are `-`, `+`, `=` first and the
    /// `.` or `)` after leading digits ("1." would begin an ordered list).
    ///
    /// Read byte by byte: every character it treats specially is ASCII but three line
    /// breaks (U+0085, U+2028, U+2029), which are matched as their UTF-8 bytes.
    static func escaped(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        // Whether every character written so far is an ASCII digit (so far: none).
        var onlyDigits = true
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            var length = 1
            if byte >= 0x80 {
                length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let isBreak = (byte == 0xC2 && utf8[index + 1] == 0x85)
                    || (byte == 0xE2 && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9))
                if isBreak {
                    pendingSpace = true
                    index += length
                    continue
                }
            } else if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = true
                index += 1
                continue
            } else if byte < 0x20 || byte == 0x7F {
                index += 1
                continue
            }
            if pendingSpace, !result.isEmpty {
                result.append(UInt8(ascii: " "))
                onlyDigits = false
            }
            pendingSpace = false
            if byte < 0x80 {
                if MarkdownExporter.escapedEverywhere[Int(byte)] {
                    result.append(UInt8(ascii: "\\"))
                } else if result.isEmpty, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "=") {
                    // Would start a list item or a heading underline in a block's first line.
                    result.append(UInt8(ascii: "\\"))
                } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")"), !result.isEmpty, onlyDigits {
                    // "1." at the start would begin an ordered list.
                    result.append(UInt8(ascii: "\\"))
                }
                if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || result.last == UInt8(ascii: "\\") {
                    onlyDigits = false
                }
            } else {
                onlyDigits = false
            }
            result.append(contentsOf: utf8[index..<index + length])
            index += length
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The ASCII characters ``escaped(_:)`` puts a backslash before wherever they are.
    private static let escapedEverywhere: [Bool] = (0..<128).map { byte in
        "\\`*_[]<>#|~&$!{}^".utf8.contains(UInt8(byte))
    }
}
