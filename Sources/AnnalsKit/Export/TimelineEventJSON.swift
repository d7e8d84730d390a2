import Foundation

/// Writes a ``TimelineEvent`` as JSON text directly, as UTF-8 bytes: the same text as
/// `JSONEncoder` with sorted keys and unescaped slashes gives (pretty-printed or
/// compact), without its generic machinery, which took half of a small
/// `annals timeline --format json`, and without growing a `String` piece by piece,
/// which took a third of a large one.
///
/// Keys are written in sorted order by hand: a new field of ``TimelineEvent``
/// goes into ``TimelineEvent/encode(to:)`` and here, and the test that compares
/// the two outputs fails until it does.
struct TimelineEventJSON {
    /// Pretty-printed (`"key" : value`, two spaces per level) or compact (`"key":value`).
    let pretty: Bool

    /// Appends `event` as one JSON object to `bytes`, its lines after the first
    /// indented by `indent` levels (pretty-printed only).
    ///
    /// Members are written in order with the level of their line: an object's
    /// members one level below its opening line, an array's elements two.
    func write(_ event: TimelineEvent, indent: Int = 0, to bytes: inout JSONBytes) {
        let level = indent + 1
        bytes.append(UInt8(ascii: "{"))
        key("actors", level: level, first: true, &bytes)
        array(event.actors, level: level, &bytes) { actor, level, bytes in
            string("cameo", actor.cameo, level: level, first: true, &bytes)
            string("code", actor.code, level: level, &bytes)
            string("name", actor.name, level: level, &bytes)
            string("person", actor.person, level: level, &bytes)
            string("role", actor.role.rawValue, level: level, &bytes)
        }
        key("date", level: level, &bytes)
        bytes.append(UInt8(ascii: "{"))
        string("calendar", event.date.calendar?.rawValue, level: level + 1, first: true, &bytes)
        date("end", event.date.end, level: level + 1, &bytes)
        string("granularity", event.date.granularity?.rawValue, level: level + 1, &bytes)
        date("start", event.date.start, level: level + 1, &bytes)
        string("value", event.date.value, level: level + 1, &bytes)
        close(level: level, &bytes)
        key("id", level: level, &bytes)
        bytes.append(integer: event.id)
        key("location", level: level, &bytes)
        if let location = event.location {
            bytes.append(UInt8(ascii: "{"))
            string("code", location.code, level: level + 1, first: true, &bytes)
            string("name", location.name, level: level + 1, &bytes)
            close(level: level, &bytes)
        } else {
            bytes.append("null")
        }
        key("mentions", level: level, &bytes)
        array(event.mentions, level: level, &bytes) { mention, level, bytes in
            string("document", mention.document, level: level, first: true, &bytes)
            key("documentId", level: level, &bytes)
            bytes.append(integer: mention.documentId)
            key("end", level: level, &bytes)
            bytes.append(integer: Int64(mention.end))
            string("outlet", mention.outlet, level: level, &bytes)
            date("published", mention.published, level: level, &bytes)
            string("sentence", mention.sentence, level: level, &bytes)
            key("start", level: level, &bytes)
            bytes.append(integer: Int64(mention.start))
            string("title", mention.title, level: level, &bytes)
            string("trigger", mention.trigger, level: level, &bytes)
            string("url", mention.url, level: level, &bytes)
        }
        string("modality", event.modality.rawValue, level: level, &bytes)
        string("polarity", event.polarity.rawValue, level: level, &bytes)
        string("summary", event.summary, level: level, &bytes)
        key("type", level: level, &bytes)
        bytes.append(UInt8(ascii: "{"))
        string("cameo", event.type.cameo, level: level + 1, first: true, &bytes)
        key("goldstein", level: level + 1, &bytes)
        if let goldstein = event.type.goldstein {
            TimelineEventJSON.append(number: goldstein, to: &bytes)
        } else {
            bytes.append("null")
        }
        string("label", event.type.label, level: level + 1, &bytes)
        key("plover", level: level + 1, &bytes)
        if let plover = event.type.plover {
            bytes.append(UInt8(ascii: "{"))
            string("mode", plover.mode, level: level + 2, first: true, &bytes)
            string("type", plover.type, level: level + 2, &bytes)
            close(level: level + 1, &bytes)
        } else {
            bytes.append("null")
        }
        key("quadClass", level: level + 1, &bytes)
        if let quadClass = event.type.quadClass { bytes.append(integer: Int64(quadClass)) } else { bytes.append("null") }
        string("root", event.type.root, level: level + 1, &bytes)
        string("rootLabel", event.type.rootLabel, level: level + 1, &bytes)
        close(level: level, &bytes)
        close(level: indent, &bytes)
    }

    /// A member's key on a line of its own at `level` (pretty-printed), after a comma
    /// unless it is the object's `first`.
    @inline(__always)
    private func key(_ name: StaticString, level: Int, first: Bool = false, _ bytes: inout JSONBytes) {
        bytes.append(key: name, level: level, first: first, pretty: pretty)
    }

    @inline(__always)
    private func string(_ name: StaticString, _ value: String?, level: Int, first: Bool = false,
                        _ bytes: inout JSONBytes) {
        key(name, level: level, first: first, &bytes)
        if let value { bytes.append(jsonString: value) } else { bytes.append("null") }
    }

    /// A day as a string (`"YYYY-MM-DD"`), as ``DayDate`` encodes itself.
    private func date(_ name: StaticString, _ value: DayDate?, level: Int, _ bytes: inout JSONBytes) {
        key(name, level: level, &bytes)
        guard let value else { return bytes.append("null") }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(date: value)
        bytes.append(UInt8(ascii: "\""))
    }

    /// The elements of an array member whose key is written, each an object
    /// whose members `body` writes at the level it is given.
    private func array<Element>(_ elements: [Element], level: Int, _ bytes: inout JSONBytes,
                                _ body: (Element, Int, inout JSONBytes) -> Void) {
        bytes.append(UInt8(ascii: "["))
        var first = true
        for element in elements {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            if pretty { newline(level: level + 1, &bytes) }
            bytes.append(UInt8(ascii: "{"))
            body(element, level + 2, &bytes)
            close(level: level + 1, &bytes)
        }
        // An empty array is "[", a blank line and "]", as the encoder writes it.
        if pretty {
            if elements.isEmpty { bytes.append(UInt8(ascii: "\n")) }
            newline(level: level, &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Ends an object whose opening line is at `level`.
    private func close(level: Int, _ bytes: inout JSONBytes) {
        if pretty { newline(level: level, &bytes) }
        bytes.append(UInt8(ascii: "}"))
    }

    /// A line break and `level` levels of two spaces.
    @inline(__always)
    private func newline(level: Int, _ bytes: inout JSONBytes) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.appendSpaces(2 * level)
    }

    /// `value` as ``number(_:)`` writes it, whole values straight as digits.
    static func append(number value: Double, to bytes: inout JSONBytes) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return bytes.append(integer: Int64(value))
        }
        var text = number(value)
        text.withUTF8 { bytes.append(UnsafeRawBufferPointer($0)) }
    }

    /// A number as `JSONEncoder` writes it: whole values without a fraction ("-2", "8"), others
    /// in their shortest form ("1.9").
    static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let text = String(value)
        if value.isFinite, !text.contains("e") { return text }
        // Exponents, infinities: as the encoder has it.
        let encoder = JSONEncoder()
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}
