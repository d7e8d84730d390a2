/// One row per event, as RFC 4180 CSV: UTF-8, a header row, CRLF line ends,
/// cells with a comma, quote, CR or LF quoted with inner quotes doubled.
///
/// Columns: `date_value, date_start, date_end, granularity, calendar, cameo,
/// label, quad_class, goldstein, source_actors, target_actors, other_actors`
/// (actor codes joined with `;`), `actor_names` (joined with `; `),
/// `location`, `summary`, `mention_count`, `sources` (document names joined
/// with `; `), `first_sentence`.
///
/// Text taken from articles could be read by a spreadsheet as a formula, so
/// a text cell starting with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`.
/// Number cells (`quad_class`, `goldstein`, `mention_count`) are written by
/// Annals from numbers and are left as they are, so `-2.0` stays a number.
public struct CSVExporter: TimelineExporter {
    public static let formatName = "csv"
    public static let fileExtension = "csv"

    static let header = [
        "date_value", "date_start", "date_end", "granularity", "calendar", "cameo", "label", "quad_class",
        "goldstein", "source_actors", "target_actors", "other_actors", "actor_names", "location", "summary",
        "mention_count", "sources", "first_sentence",
    ]

    /// A cell: text from outside (neutralised) or a number Annals wrote.
    enum Cell {
        case text(String?)
        case number(String?)
    }

    public init() {}

    public func export(_ events: TimelineEventSource, to output: inout some TextOutputStream) throws {
        output.write(Self.header.map(Self.quoted).joined(separator: ",") + "\r\n")
        try events.forEach { event in
            output.write(Self.row(for: event).map(Self.render).joined(separator: ",") + "\r\n")
        }
    }

    static func row(for event: TimelineEvent) -> [Cell] {
        func codes(_ role: ParticipantRole) -> String {
            event.actors.filter { $0.role == role }.map(\.code).joined(separator: ";")
        }
        var sources: [String] = []
        for mention in event.mentions where !sources.contains(mention.document) {
            sources.append(mention.document)
        }
        return [
            .text(event.date.value), .text(event.date.start?.iso), .text(event.date.end?.iso),
            .text(event.date.granularity?.rawValue), .text(event.date.calendar?.rawValue),
            .text(event.type.cameo), .text(event.type.label),
            .number(event.type.quadClass.map { String($0) }), .number(event.type.goldstein.map { String($0) }),
            .text(codes(.source)), .text(codes(.target)), .text(codes(.other)),
            .text(event.actors.map(\.name).joined(separator: "; ")),
            .text(event.location.flatMap { $0.name ?? $0.code }),
            .text(event.summary),
            .number(String(event.mentions.count)),
            .text(sources.joined(separator: "; ")),
            .text(event.mentions.first?.sentence),
        ]
    }

    static func render(_ cell: Cell) -> String {
        switch cell {
        case let .text(value): quoted(neutralised(value ?? ""))
        case let .number(value): value ?? ""
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
