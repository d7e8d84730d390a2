extension CSVExporter {
    /// Appends the row of `event` to `bytes`: the same text as ``row(for:calendar:)``
    /// rendered and joined, written as UTF-8 bytes cell by cell. Going through `String`
    /// appends and a generic output per cell had cost ten times more than reading the
    /// events from the database.
    static func write(_ event: TimelineEvent, calendar: DisplayCalendar, to bytes: inout JSONBytes) {
        let comma = UInt8(ascii: ",")
        bytes.append(integer: event.id)
        bytes.append(comma)
        appendText(event.date.value, to: &bytes)
        bytes.append(comma)
        if let start = event.date.start { appendDay(start, to: &bytes) }
        bytes.append(comma)
        if let end = event.date.end { appendDay(end, to: &bytes) }
        bytes.append(comma)
        appendText(event.date.granularity?.rawValue, to: &bytes)
        bytes.append(comma)
        appendText(event.date.calendar?.rawValue, to: &bytes)
        bytes.append(comma)
        bytes.append(UInt8(ascii: "\""))
        appendRaw(event.type.cameo, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(comma)
        appendText(event.type.label, to: &bytes)
        bytes.append(comma)
        if let quadClass = event.type.quadClass { bytes.append(integer: Int64(quadClass)) }
        bytes.append(comma)
        if let goldstein = event.type.goldstein { appendNumber(goldstein, to: &bytes) }
        bytes.append(comma)
        for role in [ParticipantRole.source, .target, .other] {
            appendJoined(event.actors.lazy.filter { $0.role == role }.map(\.code), separator: ";", to: &bytes)
            bytes.append(comma)
        }
        appendJoined(event.actors.lazy.map(\.name), separator: "; ", to: &bytes)
        bytes.append(comma)
        appendText(event.location.flatMap { $0.name ?? $0.code }, to: &bytes)
        bytes.append(comma)
        appendText(event.summary, to: &bytes)
        bytes.append(comma)
        bytes.append(integer: Int64(event.mentions.count))
        bytes.append(comma)
        let documents = event.mentions.count == 1 ? event.mentions : sourceDocuments(event)
        appendJoined(documents.lazy.map(\.document), separator: "; ", to: &bytes)
        bytes.append(comma)
        appendParts(documents.lazy.map { $0.title ?? "" }, to: &bytes)
        bytes.append(comma)
        appendParts(documents.lazy.map { $0.outlet ?? "" }, to: &bytes)
        bytes.append(comma)
        appendParts(documents.lazy.map { $0.url ?? "" }, to: &bytes)
        bytes.append(comma)
        appendText(event.mentions.first?.sentence, to: &bytes)
        bytes.append(comma)
        appendText(event.type.plover?.type, to: &bytes)
        bytes.append(comma)
        appendText(event.type.plover?.mode, to: &bytes)
        if calendar.showsSolarHijri {
            bytes.append(comma)
            appendText(calendar.solarHijriLabel(for: event.date), to: &bytes)
        }
        bytes.append(UInt8(ascii: "\r"))
        bytes.append(UInt8(ascii: "\n"))
    }

    /// `parts` joined by `separator` as one text cell: an empty cell for no part.
    private static func appendJoined(_ parts: some Sequence<String>, separator: StaticString, to bytes: inout JSONBytes) {
        var iterator = parts.makeIterator()
        guard let first = iterator.next() else { return }
        guard let second = iterator.next() else { return appendText(first, to: &bytes) }
        var joined = first
        joined += separator.description
        joined += second
        while let next = iterator.next() {
            joined += separator.description
            joined += next
        }
        appendText(joined, to: &bytes)
    }

    /// `parts` joined by `; ` as one text cell, or an empty cell when every part is empty.
    private static func appendParts(_ parts: some Collection<String>, to bytes: inout JSONBytes) {
        guard parts.contains(where: { !$0.isEmpty }) else { return }
        appendJoined(parts, separator: "; ", to: &bytes)
    }

    /// `value` as ``render(_:)`` renders `.text(value)`: quoted when it holds a comma,
    /// quote, CR or LF, with a `'` in front when a spreadsheet could take it for a formula.
    private static func appendText(_ value: String?, to bytes: inout JSONBytes) {
        guard var text = value else { return }
        text.withUTF8 { utf8 in
            guard let first = utf8.first else { return }
            // Bytes, not scalars: these ASCII characters are never part of a longer UTF-8 sequence.
            let formula = first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "@") || first == UInt8(ascii: "\t") || first == UInt8(ascii: "\r")
            var quoted = false
            var quotes = 0
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") {
                    quoted = true
                    quotes += 1
                } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
                    quoted = true
                }
            }
            if quoted { bytes.append(UInt8(ascii: "\"")) }
            if formula { bytes.append(UInt8(ascii: "'")) }
            if quotes == 0 {
                bytes.append(UnsafeRawBufferPointer(utf8))
            } else {
                var start = 0
                for (index, byte) in utf8.enumerated() where byte == UInt8(ascii: "\"") {
                    bytes.append(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(utf8)[start...index]))
                    bytes.append(UInt8(ascii: "\""))
                    start = index + 1
                }
                bytes.append(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(utf8)[start...]))
            }
            if quoted { bytes.append(UInt8(ascii: "\"")) }
        }
    }

    /// `text` as it is, for codes Annals writes.
    private static func appendRaw(_ text: String, to bytes: inout JSONBytes) {
        var text = text
        text.withUTF8 { bytes.append(UnsafeRawBufferPointer($0)) }
    }

    /// A day as `YYYY-MM-DD`, as ``DayDate/iso`` writes it (a date cell never needs quoting).
    private static func appendDay(_ day: DayDate, to bytes: inout JSONBytes) {
        guard (0...9999).contains(day.year) else { return appendText(day.iso, to: &bytes) }
        bytes.append(date: day)
    }

    /// A number as `String(value)` writes it: whole values with `.0` (`4.0`, `-2.0`).
    private static func appendNumber(_ value: Double, to bytes: inout JSONBytes) {
        if value == value.rounded(), abs(value) < 1e6, value.sign == .plus || value != 0 {
            bytes.append(integer: Int64(value))
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0"))
            return
        }
        appendRaw(String(value), to: &bytes)
    }
}
