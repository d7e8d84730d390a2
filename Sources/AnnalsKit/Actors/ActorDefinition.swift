/// An actor the user defines (on the command line or in an import file),
/// with its fields checked.
///
/// ```swift
/// let definition = try ActorDefinition(
///     code: "krg", name: "Kurdistan Regional Government", persianName: "اقلیم کردستان",
///     kind: "organisation", aliases: ["KRG", "دولت اقلیم کردستان"])
/// definition.actor.code          // "KRG"
/// definition.actor.cameoCode     // "KRG" (the code, when no CAMEO code is given)
/// definition.aliases[1].language // .persian (from the script)
/// ```
///
/// ## Rules
/// - The code is 2 to 16 letters, digits, `_` or `-`, starting with a letter; it is upper-cased.
/// - The kind is `country` or `organisation` (`organization` is accepted).
/// - The CAMEO code, when given, is upper-case letters and digits; it defaults to the code.
/// - The Wikidata item, when given, is `Q` and a number (`Q7184`).
/// - The Persian name, when given, is written in Arabic script.
/// - An alias without a language is English unless it is written in Arabic script.
public struct ActorDefinition: Sendable, Hashable {
    public let actor: Actor
    /// The names beyond the actor's English and Persian names.
    public let aliases: [Alias]

    /// Checks the fields and builds the definition.
    ///
    /// - Parameters:
    ///   - code: the actor code, letters and digits (`KRG`).
    ///   - name: the English name.
    ///   - persianName: the Persian name, in Persian script.
    ///   - kind: `country` or `organisation`.
    ///   - cameo: the CAMEO actor code, the code itself when nil.
    ///   - wikidata: the Wikidata item (`Q7184`).
    ///   - aliases: more names; each one's language is read from its
    ///     script (see ``ActorDefinition/alias(_:language:form:caseSensitive:)``).
    /// - Throws: ``GazetteerError/invalidEntry(field:reason:)`` naming the first bad field.
    public init(code: String, name: String, persianName: String? = nil, kind: String,
                cameo: String? = nil, wikidata: String? = nil, aliases: [String]) throws(GazetteerError) {
        var checked: [Alias] = []
        for text in aliases { checked.append(try ActorDefinition.alias(text)) }
        try self.init(code: code, name: name, persianName: persianName, kind: kind, cameo: cameo,
                      wikidata: wikidata, aliases: checked)
    }

    /// Checks the fields and builds the definition, with aliases of given
    /// languages and forms (each is checked again).
    ///
    /// - Throws: ``GazetteerError/invalidEntry(field:reason:)`` naming the first bad field.
    public init(code: String, name: String, persianName: String? = nil, kind: String,
                cameo: String? = nil, wikidata: String? = nil, aliases: [Alias] = []) throws(GazetteerError) {
        let code = try ActorDefinition.code(code)
        let name = name.trimmingSpaces()
        guard !name.isEmpty else { throw .invalidEntry(field: "name", reason: "is missing") }
        let persianName = persianName?.trimmingSpaces()
        if let persianName, !persianName.isEmpty, Language.detect(in: persianName) != .persian {
            throw .invalidEntry(field: "persian_name", reason: "'\(persianName)' is not written in Persian script")
        }
        let kind = try ActorDefinition.kind(kind)
        let cameo = cameo?.trimmingSpaces().uppercased() ?? ""
        if !cameo.isEmpty,
           !cameo.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) {
            throw .invalidEntry(field: "cameo", reason: "'\(cameo)' is not a CAMEO actor code (letters and digits, e.g. IGO or AZEGOV)")
        }
        let wikidata = try ActorDefinition.wikidataID(wikidata)
        self.actor = Actor(
            code: code, kind: kind, name: name,
            persianName: persianName?.isEmpty == false ? persianName : nil,
            cameoCode: cameo.isEmpty ? code : cameo, wikidataID: wikidata)
        var checked: [Alias] = []
        for given in aliases {
            let alias = try ActorDefinition.alias(
                given.text, language: given.language, form: given.form, caseSensitive: given.caseSensitive)
            if !checked.contains(alias) { checked.append(alias) }
        }
        self.aliases = checked
    }

    /// A checked, upper-cased actor code.
    public static func code(_ text: String) throws(GazetteerError) -> String {
        let code = text.trimmingSpaces().uppercased()
        guard !code.isEmpty else { throw .invalidEntry(field: "code", reason: "is missing") }
        let scalars = Array(code.unicodeScalars)
        let allowed = scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        guard allowed, (2...16).contains(scalars.count), ("A"..."Z").contains(scalars[0]) else {
            throw .invalidEntry(field: "code", reason:
                "'\(text)' is not an actor code: use 2 to 16 letters, digits, _ or -, starting with a letter (e.g. KRG)")
        }
        return code
    }

    /// The kind named `text`: `country`, `organisation` or `organization`.
    public static func kind(_ text: String) throws(GazetteerError) -> ActorKind {
        switch text.trimmingSpaces().lowercased() {
        case "country": return .country
        case "organisation", "organization": return .organisation
        case "": throw .invalidEntry(field: "kind", reason: "is missing; use country or organisation")
        default: throw .invalidEntry(field: "kind", reason: "'\(text)' is not country or organisation")
        }
    }

    /// A checked Wikidata item (`Q7184`), nil when `text` is nil or empty.
    public static func wikidataID(_ text: String?) throws(GazetteerError) -> String? {
        guard let text = text?.trimmingSpaces(), !text.isEmpty else { return nil }
        let id = text.uppercased()
        let digits = id.dropFirst()
        guard id.first == "Q", !digits.isEmpty, digits.first != "0", digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .invalidEntry(field: "wikidata", reason: "'\(text)' is not a Wikidata item; write it like Q7184")
        }
        return id
    }

    /// A checked alias. Without `language`, Arabic-script text is Persian and anything else English.
    /// A ``ActorMention/Form/city`` alias names the place by its own text.
    public static func alias(_ text: String, language: Language? = nil, form: ActorMention.Form = .name,
                             caseSensitive: Bool = false) throws(GazetteerError) -> Alias {
        let text = text.trimmingSpaces()
        guard !text.isEmpty else { throw .invalidEntry(field: "alias", reason: "is empty") }
        guard !text.contains("\t"), !text.contains("\n") else {
            throw .invalidEntry(field: "alias", reason: "'\(text)' holds a tab or line break")
        }
        guard !NameFolding.key(text).isEmpty else {
            throw .invalidEntry(field: "alias", reason: "'\(text)' has no letters or digits")
        }
        let language = language ?? Language.detect(in: text) ?? .english
        return Alias(text: text, language: language, form: form, caseSensitive: caseSensitive,
                     placeName: form == .city ? text : nil)
    }
}
