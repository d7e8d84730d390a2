/// Reads the `entry` column of `pair_timeline` (migration 0015): a JSON array that
/// SQLite's `json_array` wrote,
/// `[label, root_label, quad_class, date_value, granularity, calendar, location_code,
/// location_name, summary, [[actor_code, role, person], …], [[document_id, origin,
/// title, published, source, url, sentence, sentence_start, sentence_end, trigger_text], …]]`,
/// straight from the column's bytes.
///
/// Just enough JSON for that: arrays, strings with every escape JSON has, integers
/// and null. Any other shape reads as nil, and the caller reports the row.
struct PairTimelineEntry {
    var label: String?
    var rootLabel: String?
    var quadClass: Int?
    var dateValue: String?
    var granularity: String?
    var calendar: String?
    var locationCode: String?
    var locationName: String?
    var summary: String
    var participants: [ParticipantDigest.Entry]
    var mentions: [Mention]

    struct Mention {
        var documentID: Int64
        var origin: String
        var title: String?
        var published: String?
        var source: String?
        var url: String?
        var sentence: String
        var start: Int
        var end: Int
        var trigger: String
    }

    /// The entry in the UTF-8 bytes `utf8`; nil when they do not hold one.
    init?(utf8: UnsafeBufferPointer<UInt8>) {
        var reader = JSONArrayReader(bytes: utf8)
        guard reader.take(UInt8(ascii: "[")),
              let label = reader.optionalString(), reader.take(UInt8(ascii: ",")),
              let rootLabel = reader.optionalString(), reader.take(UInt8(ascii: ",")),
              let quadClass = reader.optionalInteger(), reader.take(UInt8(ascii: ",")),
              let dateValue = reader.optionalString(), reader.take(UInt8(ascii: ",")),
              let granularity = reader.optionalString(), reader.take(UInt8(ascii: ",")),
              let calendar = reader.optionalString(), reader.take(UInt8(ascii: ",")),
              let locationCode = reader.optionalString(), reader.take(UInt8(ascii: ",")),
              let locationName = reader.optionalString(), reader.take(UInt8(ascii: ",")),
              let summary = reader.string(), reader.take(UInt8(ascii: ",")),
              let participants = reader.array({ (reader: inout JSONArrayReader) -> ParticipantDigest.Entry? in
                  guard let code = reader.string(), reader.take(UInt8(ascii: ",")),
                        let role = reader.string(), reader.take(UInt8(ascii: ",")),
                        let person = reader.optionalString() else { return nil }
                  return ParticipantDigest.Entry(actorCode: code, role: role, person: person)
              }), reader.take(UInt8(ascii: ",")),
              let mentions = reader.array({ (reader: inout JSONArrayReader) -> Mention? in
                  guard let document = reader.integer(), reader.take(UInt8(ascii: ",")),
                        let origin = reader.string(), reader.take(UInt8(ascii: ",")),
                        let title = reader.optionalString(), reader.take(UInt8(ascii: ",")),
                        let published = reader.optionalString(), reader.take(UInt8(ascii: ",")),
                        let source = reader.optionalString(), reader.take(UInt8(ascii: ",")),
                        let url = reader.optionalString(), reader.take(UInt8(ascii: ",")),
                        let sentence = reader.string(), reader.take(UInt8(ascii: ",")),
                        let start = reader.integer(), reader.take(UInt8(ascii: ",")),
                        let end = reader.integer(), reader.take(UInt8(ascii: ",")),
                        let trigger = reader.string() else { return nil }
                  return Mention(documentID: document, origin: origin, title: title, published: published,
                                 source: source, url: url, sentence: sentence, start: Int(start), end: Int(end),
                                 trigger: trigger)
              }),
              reader.take(UInt8(ascii: "]")), reader.atEnd
        else { return nil }
        self.label = label
        self.rootLabel = rootLabel
        self.quadClass = quadClass.map { Int($0) }
        self.dateValue = dateValue
        self.granularity = granularity
        self.calendar = calendar
        self.locationCode = locationCode
        self.locationName = locationName
        self.summary = summary
        self.participants = participants
        self.mentions = mentions
    }
}

/// Reads JSON arrays of strings, integers, null and arrays from UTF-8 bytes, one
/// value at a time, without building a tree.
struct JSONArrayReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var atEnd: Bool {
        var rest = index
        while rest < bytes.count, JSONArrayReader.isSpace(bytes[rest]) { rest += 1 }
        return rest == bytes.count
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    @inline(__always)
    mutating func skipSpace() {
        while index < bytes.count, JSONArrayReader.isSpace(bytes[index]) { index += 1 }
    }

    @inline(__always)
    mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func takeNull() -> Bool {
        skipSpace()
        guard bytes.count - index >= 4, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
              bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") else { return false }
        index += 4
        return true
    }

    /// The elements of an array, each read by `element`; nil when there is no array
    /// here or an element does not read.
    mutating func array<Element>(_ element: (inout JSONArrayReader) -> Element?) -> [Element]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var elements: [Element] = []
        if take(UInt8(ascii: "]")) { return elements }
        repeat {
            guard take(UInt8(ascii: "[")), let value = element(&self), take(UInt8(ascii: "]")) else { return nil }
            elements.append(value)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) ? elements : nil
    }

    /// A string or null (`.some(nil)`); nil when neither is here.
    mutating func optionalString() -> String?? {
        if takeNull() { return .some(nil) }
        guard let text = string() else { return nil }
        return .some(text)
    }

    /// An integer or null (`.some(nil)`); nil when neither is here.
    mutating func optionalInteger() -> Int64?? {
        if takeNull() { return .some(nil) }
        guard let value = integer() else { return nil }
        return .some(value)
    }

    /// An integer without fraction or exponent, as SQLite writes an INTEGER.
    mutating func integer() -> Int64? {
        skipSpace()
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        let start = index
        var magnitude: UInt64 = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            let (times, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(UInt64(bytes[index] - 0x30))
            guard !overflow, !carry else { return nil }
            magnitude = sum
            index += 1
        }
        guard index > start else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "e")
            || bytes[index] == UInt8(ascii: "E") { return nil }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// A string; nil when there is none here or its escapes are broken.
    mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        // Most strings have no escape: their bytes are the string's.
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            defer { index = end + 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        }
        var text: [UInt8] = Array(bytes[index..<end])
        index = end
        var pendingHigh: UInt32?
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard pendingHigh == nil else { return nil }
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                if escape == UInt8(ascii: "u") {
                    guard bytes.count - index >= 4, let unit = hexUnit(at: index) else { return nil }
                    index += 4
                    if (0xD800..<0xDC00).contains(unit) {
                        guard pendingHigh == nil else { return nil }
                        pendingHigh = unit
                        continue
                    }
                    var scalarValue = unit
                    if (0xDC00..<0xE000).contains(unit) {
                        guard let high = pendingHigh else { return nil }
                        scalarValue = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                        pendingHigh = nil
                    } else if pendingHigh != nil {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(scalarValue) else { return nil }
                    text.append(contentsOf: String(Character(scalar)).utf8)
                    continue
                }
                guard pendingHigh == nil else { return nil }
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                default: return nil
                }
            default:
                guard pendingHigh == nil else { return nil }
                text.append(byte)
            }
        }
        return nil
    }

    /// The four hexadecimal digits at `position` as a number.
    private func hexUnit(at position: Int) -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[position + offset]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
