/// PLOVER beside CAMEO: the PLOVER event type and mode of each CAMEO code.
///
/// PLOVER (the Open Event Data Alliance's Political Language Ontology for
/// Verifiable Event Records) is CAMEO's successor. The table in
/// `Resources/cameo/plover.tsv` follows the PLOVER project's public
/// CAMEO-to-PLOVER crosswalk; CAMEO's statements (01) have no PLOVER type.
/// ```swift
/// let plover = try PloverCrosswalk()
/// plover.entry(for: "195")    // ASSAULT, mode heavy-weapons
/// plover.cameoCodes(ofType: "PROTEST").contains("141")   // true
/// ```
public struct PloverCrosswalk: Sendable {
    /// A PLOVER type and, when the crosswalk gives one, its mode.
    public struct Entry: Sendable, Hashable, Codable {
        /// `ASSAULT`, `AGREE`, …
        public var type: String
        /// `heavy-weapons`, `visit`, …; nil when the crosswalk gives none.
        public var mode: String?

        public init(type: String, mode: String?) {
            self.type = type
            self.mode = mode
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(type, forKey: .type)
            try container.encode(mode, forKey: .mode)
        }
    }

    /// The file the crosswalk is read from.
    public static let path = "cameo/plover.tsv"

    private let entries: [String: Entry]

    /// Every PLOVER type the table uses, sorted.
    public let types: [String]

    /// Loads and checks the table: every code 2 to 4 digits, listed once, types in capitals.
    ///
    /// - Throws: ``ResourceError`` naming the file and line of the first problem.
    public init(resources: ResourceLibrary = .embedded) throws {
        let table = try resources.table(Self.path)
        var entries: [String: Entry] = [:]
        var lines: [String: Int] = [:]
        for row in table.rows {
            let code = try row.value("code")
            guard (2...4).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw row.error("code '\(code)' is not 2 to 4 digits")
            }
            if let earlier = lines[code] { throw row.error("code \(code) is already listed on line \(earlier)") }
            lines[code] = row.line
            let type = try row.value("type")
            let mode = try row.value("mode")
            if type == "-" { continue }
            guard type.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
                throw row.error("type '\(type)' is not a PLOVER type in capitals (AGREE, ASSAULT, …)")
            }
            entries[code] = Entry(type: type, mode: mode == "-" ? nil : mode)
        }
        self.entries = entries
        self.types = Set(entries.values.map(\.type)).sorted()
    }

    /// The PLOVER type and mode of a CAMEO code; nil when PLOVER has none (statements) or the code is unknown.
    public func entry(for cameo: String) -> Entry? {
        entries[cameo]
    }

    /// The CAMEO codes whose PLOVER type is `type` (in any case), sorted.
    public func cameoCodes(ofType type: String) -> [String] {
        let wanted = type.uppercased()
        return entries.filter { $0.value.type == wanted }.map(\.key).sorted()
    }
}
