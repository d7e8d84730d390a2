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
        try events.forEach { event in Self.write(event, to: &output) }
    }

    /// Writes the row of `event` cell by cell, the same text as ``row(for:)`` rendered
    /// and joined, without building the cells first.
    static func write(_ event: TimelineEvent, to output: inout some TextOutputStream) {
        writeText(event.date.value, to: &output)
        output.write(",")
        writeText(event.date.start?.iso, to: &output)
        output.write(",")
        writeText(event.date.end?.iso, to: &output)
        output.write(",")
        writeText(event.date.granularity?.rawValue, to: &output)
        output.write(",")
        writeText(event.date.calendar?.rawValue, to: &output)
        output.write(",")
        writeText(event.type.cameo, to: &output)
        output.write(",")
        writeText(event.type.label, to: &output)
        output.write(",")
        if let quadClass = event.type.quadClass { output.write(String(quadClass)) }
        output.write(",")
        if let goldstein = event.type.goldstein { output.write(String(goldstein)) }
        output.write(",")
        writeCodes(event.actors, role: .source, to: &output)
        output.write(",")
        writeCodes(event.actors, role: .target, to: &output)
        output.write(",")
        writeCodes(event.actors, role: .other, to: &output)
        output.write(",")
        writeJoined(event.actors.lazy.map(\.name), separator: "; ", to: &output)
        output.write(",")
        writeText(event.location.flatMap { $0.name ?? $0.code }, to: &output)
        output.write(",")
        writeText(event.summary, to: &output)
        output.write(",")
        output.write(String(event.mentions.count))
        output.write(",")
        var sources: [String] = []
        for mention in event.mentions where !sources.contains(mention.document) {
            sources.append(mention.document)
        }
        writeJoined(sources, separator: "; ", to: &output)
        output.write(",")
        writeText(event.mentions.first?.sentence, to: &output)
        output.write("\r\n")
    }

    /// Writes the codes of the actors in `role` joined by `;` as one text cell, as
    /// ``writeJoined(_:separator:to:)`` would, without a lazy filter counted and walked twice.
    private static func writeCodes(_ actors: [TimelineEvent.ActorInfo], role: ParticipantRole,
                                   to output: inout some TextOutputStream) {
        var cell: String?
        for actor in actors where actor.role == role {
            if cell == nil {
                cell = actor.code
            } else {
                cell?.append(";")
                cell?.append(actor.code)
            }
        }
        writeText(cell, to: &output)
    }

    /// Writes `parts` joined by `separator` as one text cell; joins only when a
    /// part makes the cell need quoting or neutralising.
    private static func writeJoined(_ parts: some Collection<String>, separator: String,
                                    to output: inout some TextOutputStream) {
        guard parts.count > 1 else {
            writeText(parts.first ?? "", to: &output)
            return
        }
        writeText(parts.joined(separator: separator), to: &output)
    }

    /// Writes `value` as ``render(_:)`` renders `.text(value)`.
    private static func writeText(_ value: String?, to output: inout some TextOutputStream) {
        // Bytes, not scalars: these ASCII characters are never part of a longer UTF-8 sequence.
        guard let text = value, let first = text.utf8.first else { return }
        let formula = first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "@") || first == UInt8(ascii: "\t") || first == UInt8(ascii: "\r")
        if text.utf8.contains(where: {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n")
        }) {
            output.write(formula ? "\"'" : "\"")
            output.write(text.replacingOccurrences(of: "\"", with: "\"\""))
            output.write("\"")
        } else {
            if formula { output.write("'") }
            output.write(text)
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
