import Foundation

/// Writes a ``TimelineEvent`` as JSON text directly: the same text as
/// `JSONEncoder` with sorted keys and unescaped slashes gives (pretty-printed
/// or compact), without its generic machinery, which took half of a small
/// `annals timeline --format json`.
///
/// Keys are written in sorted order by hand: a new field of ``TimelineEvent``
/// goes into ``TimelineEvent/encode(to:)`` and here, and the test that compares
/// the two outputs fails until it does.
struct TimelineEventJSON {
    /// Pretty-printed (`"key" : value`, two spaces per level) or compact (`"key":value`).
    let pretty: Bool

    /// Appends `event` as one JSON object to `text`, its lines after the first
    /// indented by `indent` levels (pretty-printed only).
    func write(_ event: TimelineEvent, indent: Int = 0, to text: inout String) {
        var object = Object(writer: self, level: indent, taking: &text)
        object.array("actors", event.actors) { actor, object in
            object.string("cameo", actor.cameo)
            object.string("code", actor.code)
            object.string("name", actor.name)
            object.string("person", actor.person)
            object.string("role", actor.role.rawValue)
        }
        object.object("date") { object in
            object.string("calendar", event.date.calendar?.rawValue)
            object.string("end", event.date.end?.iso)
            object.string("granularity", event.date.granularity?.rawValue)
            object.string("start", event.date.start?.iso)
            object.string("value", event.date.value)
        }
        object.number("id", String(event.id))
        if let location = event.location {
            object.object("location") { object in
                object.string("code", location.code)
                object.string("name", location.name)
            }
        } else {
            object.null("location")
        }
        object.array("mentions", event.mentions) { mention, object in
            object.string("document", mention.document)
            object.number("documentId", String(mention.documentId))
            object.number("end", String(mention.end))
            object.string("outlet", mention.outlet)
            object.string("published", mention.published?.iso)
            object.string("sentence", mention.sentence)
            object.number("start", String(mention.start))
            object.string("title", mention.title)
            object.string("trigger", mention.trigger)
            object.string("url", mention.url)
        }
        object.string("modality", event.modality.rawValue)
        object.string("polarity", event.polarity.rawValue)
        object.string("summary", event.summary)
        object.object("type") { object in
            object.string("cameo", event.type.cameo)
            object.number("goldstein", event.type.goldstein.map(TimelineEventJSON.number))
            object.string("label", event.type.label)
            if let plover = event.type.plover {
                object.object("plover") { object in
                    object.string("mode", plover.mode)
                    object.string("type", plover.type)
                }
            } else {
                object.null("plover")
            }
            object.number("quadClass", event.type.quadClass.map { String($0) })
            object.string("root", event.type.root)
            object.string("rootLabel", event.type.rootLabel)
        }
        object.close(into: &text)
    }

    /// A JSON object being written: members in the order given.
    private struct Object {
        let writer: TimelineEventJSON
        let level: Int
        var text: String
        var empty = true

        /// Starts an object at the end of `text`, which it takes over (without a copy) until ``close(into:)``.
        init(writer: TimelineEventJSON, level: Int, taking text: inout String) {
            self.writer = writer
            self.level = level
            self.text = ""
            swap(&self.text, &text)
            self.text += "{"
        }

        private mutating func key(_ name: String) {
            text += empty ? "" : ","
            empty = false
            if writer.pretty {
                text += "\n"
                text += TimelineEventJSON.indentation(level + 1)
            }
            text += "\""
            text += name
            text += writer.pretty ? "\" : " : "\":"
        }

        mutating func string(_ name: String, _ value: String?) {
            key(name)
            if let value { TimelineEventJSON.appendString(value, to: &text) } else { text += "null" }
        }

        mutating func number(_ name: String, _ value: String?) {
            key(name)
            text += value ?? "null"
        }

        mutating func null(_ name: String) {
            key(name)
            text += "null"
        }

        mutating func object(_ name: String, _ body: (inout Object) -> Void) {
            key(name)
            var inner = Object(writer: writer, level: level + 1, taking: &text)
            body(&inner)
            inner.close(into: &text)
        }

        mutating func array<Element>(_ name: String, _ elements: [Element], _ body: (Element, inout Object) -> Void) {
            key(name)
            text += "["
            for (index, element) in elements.enumerated() {
                text += index == 0 ? "" : ","
                if writer.pretty { text += "\n" + TimelineEventJSON.indentation(level + 2) }
                var inner = Object(writer: writer, level: level + 2, taking: &text)
                body(element, &inner)
                inner.close(into: &text)
            }
            // An empty array is "[", a blank line and "]", as the encoder writes it.
            if writer.pretty { text += (elements.isEmpty ? "\n\n" : "\n") + TimelineEventJSON.indentation(level + 1) }
            text += "]"
        }

        /// Ends the object and hands the text back to `text`.
        mutating func close(into text: inout String) {
            if writer.pretty {
                self.text += "\n"
                self.text += TimelineEventJSON.indentation(level)
            }
            self.text += "}"
            swap(&self.text, &text)
        }
    }

    private static let indentations = (0..<8).map { String(repeating: "  ", count: $0) }

    static func indentation(_ level: Int) -> String {
        level < indentations.count ? indentations[level] : String(repeating: "  ", count: level)
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

    /// `value` as a JSON string: quotes, backslashes and control characters escaped,
    /// slashes and every other character as they are.
    static func appendString(_ value: String, to text: inout String) {
        text += "\""
        var plainStart = value.utf8.startIndex
        let utf8 = value.utf8
        var index = plainStart
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                text += value[plainStart..<index]
                switch byte {
                case UInt8(ascii: "\""): text += "\\\""
                case UInt8(ascii: "\\"): text += "\\\\"
                case 0x08: text += "\\b"
                case 0x0C: text += "\\f"
                case 0x0A: text += "\\n"
                case 0x0D: text += "\\r"
                case 0x09: text += "\\t"
                default:
                    let hex = String(byte, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                plainStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        text += value[plainStart..<utf8.endIndex]
        text += "\""
    }
}
