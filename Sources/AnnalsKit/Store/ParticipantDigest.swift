/// An event's participants as its row keeps them (`events.participants`, migration
/// 0009): a JSON array of `[actor_code, role, person]` arrays in actor code order,
/// written by SQLite's `json_array`.
struct ParticipantDigest: Sendable, Hashable {
    struct Entry: Sendable, Hashable {
        var actorCode: String
        var role: String
        var person: String?
    }

    var entries: [Entry]

    /// The digest in `text`; nil when it is not an array of such arrays.
    init?(_ text: String) {
        var text = text
        guard let entries = text.withUTF8({ Parser(bytes: $0).entries() }) else { return nil }
        self.entries = entries
    }

    /// The digest in the UTF-8 bytes `utf8` (a column's text as SQLite holds it,
    /// read without copying it into a `String` first); nil as for ``init(_:)``.
    init?(utf8: UnsafeRawBufferPointer) {
        guard let entries = Parser(bytes: utf8.bindMemory(to: UInt8.self)).entries() else { return nil }
        self.entries = entries
    }

    /// `strings` as a JSON array, for `json_each(?)`.
    static func jsonArray(_ strings: [String]) -> String {
        var json = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { json += "," }
            json += "\""
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": json += "\\\""
                case "\\": json += "\\\\"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: json.unicodeScalars.append(scalar)
                }
            }
            json += "\""
        }
        return json + "]"
    }

    /// Just enough JSON for the digest: arrays, strings with their escapes, and null.
    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        consuming func entries() -> [Entry]? {
            var entries: [Entry] = []
            guard take(UInt8(ascii: "[")) else { return nil }
            if take(UInt8(ascii: "]")) { return atEnd ? entries : nil }
            repeat {
                guard take(UInt8(ascii: "[")), let code = string(), take(UInt8(ascii: ",")),
                      let role = string(), take(UInt8(ascii: ",")) else { return nil }
                let person: String?
                if takeNull() {
                    person = nil
                } else if let text = string() {
                    person = text
                } else {
                    return nil
                }
                guard take(UInt8(ascii: "]")) else { return nil }
                entries.append(Entry(actorCode: code, role: role, person: person))
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "]")) && atEnd ? entries : nil
        }

        var atEnd: Bool {
            bytes[index...].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        }

        mutating func skipSpace() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x09 || bytes[index] == 0x0D {
                index += 1
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func takeNull() -> Bool {
            skipSpace()
            guard bytes.count - index >= 4, bytes[index..<index + 4].elementsEqual("null".utf8) else { return false }
            index += 4
            return true
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
            var text: [UInt8] = []
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
                        guard bytes.count - index >= 4,
                              let unit = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
                        else { return nil }
                        index += 4
                        if (0xD800..<0xDC00).contains(unit) { pendingHigh = unit; continue }
                        var scalarValue = unit
                        if (0xDC00..<0xE000).contains(unit) {
                            guard let high = pendingHigh else { return nil }
                            scalarValue = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
                            pendingHigh = nil
                        }
                        guard let scalar = Unicode.Scalar(scalarValue) else { return nil }
                        text.append(contentsOf: Array(String(Character(scalar)).utf8))
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
    }
}

extension ParticipantRole {
    /// Where a timeline lists an actor of this role: sources, then targets, then others.
    var rank: Int {
        switch self {
        case .source: 0
        case .target: 1
        case .other: 2
        }
    }
}
