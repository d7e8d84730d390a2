/// An iCalendar file (RFC 5545) that calendar applications import: one
/// all-day `VEVENT` per dated event, spanning its whole interval (a day, a
/// month, a year), with the type and summary as its title and the actors and
/// source sentences as its description.
///
/// ```
/// BEGIN:VEVENT
/// UID:annals-event-12@annals
/// DTSTAMP:20090506T000000Z
/// DTSTART;VALUE=DATE:20090505
/// DTEND;VALUE=DATE:20090506
/// SUMMARY:Sign formal agreement: Azerbaijan signed …
/// END:VEVENT
/// ```
/// Lines end with CRLF and are folded at 75 octets without splitting a
/// character; text escapes `\`, `;`, `,` and line breaks. Undated and
/// unanchored events have no day to sit on and are left out (the CLI counts
/// them on standard error). `DTSTAMP` is the latest publication date of the
/// event's sources (else its first day), so the same database gives the same file.
public struct ICSExporter: TimelineExporter {
    public static let formatName = "ics"
    public static let fileExtension = "ics"

    /// The calendar's name: `Timeline: ` followed by these names joined with ` – `.
    public var actorNames: [String]

    public init(actorNames: [String] = []) {
        self.actorNames = actorNames
    }

    public func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws {
        let name = actorNames.isEmpty ? "Timeline" : "Timeline: " + actorNames.joined(separator: " – ")
        for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Annals//Annals timeline//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escaped(name)] {
            Self.write(line, to: &output)
        }
        try events.forEach { event in
            guard let start = event.date.start, let end = event.date.end else { return }
            let stamp = event.mentions.compactMap(\.published).max() ?? start
            var lines = [
                "BEGIN:VEVENT",
                "UID:annals-event-\(event.id)@annals",
                "DTSTAMP:\(Self.compact(stamp))T000000Z",
                "DTSTART;VALUE=DATE:\(Self.compact(start))",
                // DTEND of an all-day event is the day after the last one.
                "DTEND;VALUE=DATE:\(Self.compact(CalendarConverter.adding(days: 1, to: end)))",
                "SUMMARY:" + Self.escaped((event.type.label ?? "CAMEO \(event.type.cameo)") + ": " + event.summary),
            ]
            var description: [String] = []
            if let value = event.date.value { description.append("Date: \(value) (\(event.date.granularity?.rawValue ?? "day"))") }
            description.append("CAMEO \(event.type.cameo)" + (event.type.label.map { " " + $0 } ?? ""))
            if !event.actors.isEmpty {
                description.append("Who: " + event.actors.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: ", "))
            }
            for mention in event.mentions {
                description.append("“\(mention.sentence)” — \(mention.document)" + (mention.published.map { ", \($0.iso)" } ?? ""))
            }
            lines.append("DESCRIPTION:" + Self.escaped(description.joined(separator: "\n")))
            if let place = event.location.flatMap({ $0.name ?? $0.code }) { lines.append("LOCATION:" + Self.escaped(place)) }
            if let root = event.type.rootLabel { lines.append("CATEGORIES:" + Self.escaped(root)) }
            if event.modality == .hypothetical || event.polarity == .negative { lines.append("STATUS:TENTATIVE") }
            lines.append("END:VEVENT")
            for line in lines { Self.write(line, to: &output) }
        }
        Self.write("END:VCALENDAR", to: &output)
    }

    /// `YYYYMMDD`.
    static func compact(_ day: DayDate) -> String {
        day.iso.replacingOccurrences(of: "-", with: "")
    }

    /// A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11).
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n", "\r", "\u{2028}", "\u{2029}": result += "\\n"
            default:
                // Other control characters are not allowed in TEXT.
                if character.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }) {
                    result += " "
                } else {
                    result.append(character)
                }
            }
        }
        return result
    }

    /// Writes a content line folded at 75 octets (RFC 5545, 3.1): CRLF and a space
    /// before each continuation, never inside a UTF-8 sequence (unfolding joins the pieces again).
    static func write(_ line: String, to output: inout some TextOutputStream) {
        var octets = 0
        var current = String.UnicodeScalarView()
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > 75 {
                output.write(String(current) + "\r\n")
                current = String.UnicodeScalarView([" "])
                octets = 1
            }
            current.append(scalar)
            octets += size
        }
        output.write(String(current) + "\r\n")
    }
}
