import Foundation

/// What Annals knows of a language beyond its lexicons: the settings of its
/// `Resources/<tag>/profile.tsv` (a `key`/`value` table).
///
/// | key | value |
/// |---|---|
/// | `script` | the letters of its script, as hex ranges of Unicode scalars (`0041-005A,0061-007A`), for telling languages apart |
/// | `former-words` | words that make a role past, `\|`-separated (`former\|ex`) |
/// | `name-particles` | lowercase words inside a person's name (`de\|van\|al`) |
/// | `spokesperson-order` | `actor-role` ("Azerbaijan's foreign minister", "the minister of Azerbaijan") or `role-actor` ("وزیر خارجه آذربایجان") |
/// | `object-follows-verb` | `yes` when the actors after a verb with no actor before it are acted on ("Gunmen kidnapped two engineers") |
/// | `modifiers-follow-noun` | `yes` when a noun's modifiers (adjectives, possessors, a date) follow it, as with the Persian ezafe ("حمله نظامی سال ۱۹۹۹"); optional, `no` by default |
/// | `verb-word` | which word of a verb phrase inflects: `first` ("hold talks") or `last` ("امضا کردن"); optional, `first` by default |
/// | `verb-sets-word` | the verb-form sets a one-word trigger verb is inflected with when it just says `conjugate` `yes` (`simple`); optional, every set by default |
/// | `verb-sets-phrase` | the same for a verb of several words (`compound`); optional, as `verb-sets-word` by default |
///
/// A folder with a profile is a language Annals reads (``ResourceLibrary/languages``).
public struct LanguageProfile: Sendable, Hashable {
    /// How a spokesperson is named next to the actor they speak for.
    public enum SpokespersonOrder: String, Sendable, Hashable {
        /// The actor, then the role, or the role, then "of" and the actor.
        case actorRole = "actor-role"
        /// The role, then the actor; the person's name in quotes before or after.
        case roleActor = "role-actor"
    }

    public let language: Language
    /// The letters of the language's script.
    public let script: [ClosedRange<UInt32>]
    public let formerWords: Set<String>
    public let nameParticles: Set<String>
    public let spokespersonOrder: SpokespersonOrder
    public let objectFollowsVerb: Bool
    public let modifiersFollowTheNoun: Bool
    /// Whether the last word of a verb phrase is the one that inflects (Persian "امضا کردن"); otherwise the first ("hold talks").
    public let inflectsLastWordOfVerbPhrase: Bool
    /// The verb-form sets a one-word trigger verb is inflected with by default; empty for every set.
    public let defaultVerbSetsForWord: [String]
    /// The verb-form sets a trigger verb of several words is inflected with by default; empty for every set.
    public let defaultVerbSetsForPhrase: [String]

    /// The profile of `language` in `resources`.
    ///
    /// - Throws: ``ResourceError`` naming the file and line of a missing or malformed setting.
    public init(language: Language, resources: ResourceLibrary = .embedded) throws(ResourceError) {
        self.language = language
        let table = try resources.table("\(language.rawValue)/profile.tsv")
        var values: [String: ResourceTable.Row] = [:]
        for row in table.rows { values[try row.value("key")] = row }
        func row(_ key: String) throws(ResourceError) -> ResourceTable.Row {
            guard let row = values[key] else {
                throw .malformed(file: table.path, line: 1, reason: "no '\(key)' setting")
            }
            return row
        }
        func words(_ key: String) -> Set<String> {
            Set((values[key]?.optionalValue("value") ?? "").split(separator: "|").map { $0.trimmingSpaces() })
                .subtracting([""])
        }
        let scriptRow = try row("script")
        var ranges: [ClosedRange<UInt32>] = []
        for part in try scriptRow.value("value").split(separator: ",") {
            let bounds = part.split(separator: "-").compactMap { UInt32($0.trimmingCharacters(in: .whitespaces), radix: 16) }
            guard bounds.count == 2, bounds[0] <= bounds[1] else {
                throw scriptRow.error("script range '\(part)' is not two hex numbers like 0041-005A")
            }
            ranges.append(bounds[0]...bounds[1])
        }
        script = ranges
        formerWords = words("former-words")
        nameParticles = words("name-particles")
        let orderRow = try row("spokesperson-order")
        guard let order = SpokespersonOrder(rawValue: try orderRow.value("value")) else {
            throw orderRow.error("spokesperson-order is not actor-role or role-actor")
        }
        spokespersonOrder = order
        objectFollowsVerb = try row("object-follows-verb").flag("value")
        modifiersFollowTheNoun = try values["modifiers-follow-noun"]?.flag("value") ?? false
        switch values["verb-word"]?.optionalValue("value") {
        case nil, "first": inflectsLastWordOfVerbPhrase = false
        case "last": inflectsLastWordOfVerbPhrase = true
        case let other?: throw try row("verb-word").error("verb-word '\(other)' is not first or last")
        }
        defaultVerbSetsForWord = words("verb-sets-word").sorted()
        defaultVerbSetsForPhrase = values["verb-sets-phrase"] == nil ? defaultVerbSetsForWord : words("verb-sets-phrase").sorted()
    }

    /// The profiles of every language in `resources`, by language.
    public static func all(in resources: ResourceLibrary) throws(ResourceError) -> [Language: LanguageProfile] {
        var profiles: [Language: LanguageProfile] = [:]
        for language in resources.languages { profiles[language] = try LanguageProfile(language: language, resources: resources) }
        return profiles
    }

    /// The profiles of the built-in languages (empty if their data were broken, which the tests rule out).
    public static let builtIn: [LanguageProfile] = Language.allCases.compactMap { try? LanguageProfile(language: $0) }

    /// Guesses which of `profiles` `text` is written in from the letters of their
    /// scripts: the one with most letters in the text (of two with as many, the
    /// later one: languages of one script are not told apart). Nil when the text
    /// has letters of none.
    ///
    /// Only the first 4,000 letters found are counted; that is plenty for news.
    public static func detect(in text: String, among profiles: [LanguageProfile]) -> Language? {
        var counts = [Int](repeating: 0, count: profiles.count)
        var total = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            var counted = false
            for (index, profile) in profiles.enumerated() where profile.script.contains(where: { $0.contains(scalar.value) }) {
                counts[index] += 1
                counted = true
            }
            if counted { total += 1 }
            if total >= 4_000 { break }
        }
        guard total > 0 else { return nil }
        var best = 0
        for index in counts.indices where counts[index] >= counts[best] { best = index }
        return profiles[best].language
    }
}

extension ResourceLibrary {
    /// The languages the library has a profile for (`<tag>/profile.tsv`), sorted by tag.
    public var languages: [Language] {
        files.keys.compactMap { path -> Language? in
            let parts = path.split(separator: "/")
            guard parts.count == 2, parts[1] == "profile.tsv" else { return nil }
            return Language(rawValue: String(parts[0]))
        }.sorted()
    }

    /// This library with the files under `folder` added (a file of the same path replaced):
    /// e.g. a language of one's own, `folder/de/profile.tsv`, `folder/de/triggers.tsv`, ….
    ///
    /// - Throws: ``ResourceError/missingFile(_:)`` when the folder or one of its files cannot be read.
    public func adding(folder: URL) throws(ResourceError) -> ResourceLibrary {
        let root = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: root) else { throw .missingFile(root) }
        var files = self.files
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard !name.hasPrefix("."), name.hasSuffix(".tsv") else { continue }
            let path = (root as NSString).appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: path) else { throw .missingFile(path) }
            files[relative] = String(decoding: data, as: UTF8.self)
        }
        return ResourceLibrary(files: files)
    }
}
