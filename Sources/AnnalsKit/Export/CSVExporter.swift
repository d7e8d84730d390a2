/// One row per event, as RFC 4180 CSV: UTF-8, a header row, CRLF line ends,
/// cells with a comma, quote, CR or LF quoted with inner quotes doubled.
///
/// Columns: `id` (the event's id, as in JSON and the database), `date_value,
/// date_start, date_end, granularity, calendar, cameo, label, quad_class,
/// goldstein, source_actors, target_actors, other_actors` (actor codes joined
/// with `;`), `actor_names` (joined with `; `), `location`, `summary`,
/// `mention_count`, `sources` (document names joined with `; `), then for the
/// same documents in the same order `source_titles`, `source_outlets` and
/// `source_urls` (an empty part where a document lacks one), `first_sentence`,
/// `plover_type` and `plover_mode` (PLOVER's type and mode of the CAMEO code, when
/// the events carry them: ``TimelineEventSource/withPlover(_:)``). With a
/// ``calendar`` that shows Solar Hijri dates, a last column `date_solar_hijri`
/// holds the date's Solar Hijri label in Persian digits (`۱۴ اردیبهشت ۱۳۷۳`); the
/// Gregorian columns stay, for sorting.
///
/// The CAMEO code is always quoted (`"054"`): it is a code, not a number.
/// Spreadsheets that honour quotes as text keep its leading zero; others
/// need to be told (pandas `dtype={"cameo": str}`, csvkit `--no-inference`,
/// LibreOffice "Format quoted field as text").
///
/// With ``byteOrderMark`` the file starts with U+FEFF, which Excel needs to
/// read UTF-8; it is off by default, as RFC 4180 tools and pipes expect.
///
/// Text taken from articles could be read by a spreadsheet as a formula, so
/// a text cell starting with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`.
/// Number cells (`quad_class`, `goldstein`, `mention_count`) are written by
/// Annals from numbers and are left as they are, so `-2.0` stays a number.
public struct CSVExporter: TimelineExporter {
    public static let formatName = "csv"
    public static let fileExtension = "csv"

    static let header = [
        "id", "date_value", "date_start", "date_end", "granularity", "calendar", "cameo", "label", "quad_class",
        "goldstein", "source_actors", "target_actors", "other_actors", "actor_names", "location", "summary",
        "mention_count", "sources", "source_titles", "source_outlets", "source_urls", "first_sentence",
        "plover_type", "plover_mode",
    ]

    /// The header of a file in `calendar`.
    static func header(calendar: DisplayCalendar) -> [String] {
        calendar.showsSolarHijri ? header + ["date_solar_hijri"] : header
    }

    /// A cell: text from outside (neutralised) or a number Annals wrote.
    enum Cell {
        case text(String?)
        case number(String?)
        /// A code written by Annals, always quoted so that it reads as text.
        case code(String)
    }

    /// Whether the output starts with a byte-order mark (U+FEFF), for Excel.
    public var byteOrderMark: Bool
    /// The calendar of the dates people read: `persian` and `both` add `date_solar_hijri`.
    public var calendar: DisplayCalendar

    public init(byteOrderMark: Bool = false, calendar: DisplayCalendar = .gregorian) {
        self.byteOrderMark = byteOrderMark
        self.calendar = calendar
    }

    public func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws {
        if byteOrderMark { output.write("\u{FEFF}") }
        output.write(Self.header(calendar: calendar).map(Self.quoted).joined(separator: ",") + "\r\n")
        let calendar = calendar
        // Rows are gathered as bytes and handed on in large pieces: the output's type is
        // not known here, and a call through it per cell cost more than the rest.
        var bytes = JSONBytes()
        try events.forEach { event in
            Self.write(event, calendar: calendar, to: &bytes)
            if bytes.count >= CSVExporter.chunkSize {
                bytes.withBytes { output.write(utf8: $0) }
                bytes.removeAll()
            }
        }
        bytes.withBytes { output.write(utf8: $0) }
    }

    /// How much of the export is gathered before it is handed to the output.
    static let chunkSize = 1 << 16

    /// The first mention of each document the event's mentions come from, in their order.
    static func sourceDocuments(_ event: TimelineEvent) -> [TimelineEvent.Mention] {
        var seen: Set<String> = []
        return event.mentions.filter { seen.insert($0.document).inserted }
    }

    static func row(for event: TimelineEvent, calendar: DisplayCalendar = .gregorian) -> [Cell] {
        func codes(_ role: ParticipantRole) -> String {
            event.actors.filter { $0.role == role }.map(\.code).joined(separator: ";")
        }
        let documents = sourceDocuments(event)
        func parts(_ part: (TimelineEvent.Mention) -> String?) -> String? {
            let values = documents.map { part($0) ?? "" }
            return values.contains(where: { !$0.isEmpty }) ? values.joined(separator: "; ") : nil
        }
        return [
            .number(String(event.id)),
            .text(event.date.value), .text(event.date.start?.iso), .text(event.date.end?.iso),
            .text(event.date.granularity?.rawValue), .text(event.date.calendar?.rawValue),
            .code(event.type.cameo), .text(event.type.label),
            .number(event.type.quadClass.map { String($0) }), .number(event.type.goldstein.map { String($0) }),
            .text(codes(.source)), .text(codes(.target)), .text(codes(.other)),
            .text(event.actors.map(\.name).joined(separator: "; ")),
            .text(event.location.flatMap { $0.name ?? $0.code }),
            .text(event.summary),
            .number(String(event.mentions.count)),
            .text(documents.map(\.document).joined(separator: "; ")),
            .text(parts(\.title)), .text(parts(\.outlet)), .text(parts(\.url)),
            .text(event.mentions.first?.sentence),
            .text(event.type.plover?.type), .text(event.type.plover?.mode),
        ] + (calendar.showsSolarHijri ? [.text(calendar.solarHijriLabel(for: event.date))] : [])
    }

    static func render(_ cell: Cell) -> String {
        switch cell {
        case let .text(value): quoted(neutralised(value ?? ""))
        case let .number(value): value ?? ""
        case let .code(value): "\"" + value + "\""
        }
    }

    /// `text` with a `'` in front when a spreadsheet could take it for a formula.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }

    /// `text` as a CSV cell: quoted when it holds a comma, quote, CR or LF.
    static func quoted(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
