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
        guard let entries = text.withUTF8({ Self.entries(in: $0) }) else { return nil }
        self.entries = entries
    }

    /// The digest in the UTF-8 bytes `utf8` (a column's text as SQLite holds it,
    /// read without copying it into a `String` first); nil as for ``init(_:)``.
    init?(utf8: UnsafeRawBufferPointer) {
        guard let entries = Self.entries(in: utf8.bindMemory(to: UInt8.self)) else { return nil }
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

    /// The entries of the digest in `bytes` (each an array of a code, a role and a
    /// person or null), read by the JSON reader of `pair_timeline`'s entries.
    private static func entries(in bytes: UnsafeBufferPointer<UInt8>) -> [Entry]? {
        var reader = JSONArrayReader(bytes: bytes)
        let entries: [Entry]? = reader.array { reader in
            guard let code = reader.string(), reader.take(UInt8(ascii: ",")),
                  let role = reader.string(), reader.take(UInt8(ascii: ",")) else { return nil }
            let person: String?
            if reader.takeNull() {
                person = nil
            } else if let text = reader.string() {
                person = text
            } else {
                return nil
            }
            return Entry(actorCode: code, role: role, person: person)
        }
        return reader.atEnd ? entries : nil
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
