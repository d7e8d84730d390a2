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
    func write(_ event: TimelineEvent, indent: Int = 0, to bytes: inout [UInt8]) {
        var object = Object(writer: self, level: indent, taking: &bytes)
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
        object.integer("id", event.id)
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
            object.integer("documentId", mention.documentId)
            object.integer("end", Int64(mention.end))
            object.string("outlet", mention.outlet)
            object.string("published", mention.published?.iso)
            object.string("sentence", mention.sentence)
            object.integer("start", Int64(mention.start))
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
            object.integer("quadClass", event.type.quadClass.map(Int64.init))
            object.string("root", event.type.root)
            object.string("rootLabel", event.type.rootLabel)
        }
        object.close(into: &bytes)
    }

    /// A JSON object being written: members in the order given.
    private struct Object {
        let writer: TimelineEventJSON
        let level: Int
        var bytes: [UInt8]
        var empty = true

        /// Starts an object at the end of `bytes`, which it takes over (without a copy) until ``close(into:)``.
        init(writer: TimelineEventJSON, level: Int, taking bytes: inout [UInt8]) {
            self.writer = writer
            self.level = level
            self.bytes = []
            swap(&self.bytes, &bytes)
            self.bytes.append(UInt8(ascii: "{"))
        }

        private mutating func key(_ name: StaticString) {
            if !empty { bytes.append(UInt8(ascii: ",")) }
            empty = false
            if writer.pretty { TimelineEventJSON.appendNewline(indentedBy: level + 1, to: &bytes) }
            bytes.append(UInt8(ascii: "\""))
            name.withUTF8Buffer { bytes.append(contentsOf: $0) }
            if writer.pretty {
                bytes.append(contentsOf: TimelineEventJSON.prettyColon)
            } else {
                bytes.append(contentsOf: TimelineEventJSON.compactColon)
            }
        }

        mutating func string(_ name: StaticString, _ value: String?) {
            key(name)
            if let value { TimelineEventJSON.appendString(value, to: &bytes) } else { bytes.append(contentsOf: TimelineEventJSON.null) }
        }

        mutating func number(_ name: StaticString, _ value: String?) {
            key(name)
            if let value { bytes.append(contentsOf: value.utf8) } else { bytes.append(contentsOf: TimelineEventJSON.null) }
        }

        mutating func integer(_ name: StaticString, _ value: Int64?) {
            key(name)
            if let value { TimelineEventJSON.appendInteger(value, to: &bytes) } else { bytes.append(contentsOf: TimelineEventJSON.null) }
        }

        mutating func null(_ name: StaticString) {
            key(name)
            bytes.append(contentsOf: TimelineEventJSON.null)
        }

        mutating func object(_ name: StaticString, _ body: (inout Object) -> Void) {
            key(name)
            var inner = Object(writer: writer, level: level + 1, taking: &bytes)
            body(&inner)
            inner.close(into: &bytes)
        }

        mutating func array<Element>(_ name: StaticString, _ elements: [Element], _ body: (Element, inout Object) -> Void) {
            key(name)
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                if writer.pretty { TimelineEventJSON.appendNewline(indentedBy: level + 2, to: &bytes) }
                var inner = Object(writer: writer, level: level + 2, taking: &bytes)
                body(element, &inner)
                inner.close(into: &bytes)
            }
            // An empty array is "[", a blank line and "]", as the encoder writes it.
            if writer.pretty {
                if elements.isEmpty { bytes.append(UInt8(ascii: "\n")) }
                TimelineEventJSON.appendNewline(indentedBy: level + 1, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        }

        /// Ends the object and hands the bytes back to `bytes`.
        mutating func close(into bytes: inout [UInt8]) {
            if writer.pretty { TimelineEventJSON.appendNewline(indentedBy: level, to: &self.bytes) }
            self.bytes.append(UInt8(ascii: "}"))
            swap(&self.bytes, &bytes)
        }
    }

    private static let null = Array("null".utf8)
    private static let prettyColon = Array("\" : ".utf8)
    private static let compactColon = Array("\":".utf8)

    /// A line break and `level` levels of two spaces.
    static func appendNewline(indentedBy level: Int, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    /// `value` in decimal digits, as `String(value)` writes it.
    static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        // The magnitude as unsigned, so that Int64.min has one too.
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64) = (0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
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
    static func appendString(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var plainStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart..<index]))
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: Array("u00".utf8))
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0x0F)])
                }
                plainStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plainStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
