/// Finds the actors a text names: the names of an ``ActorDirectory`` in a
/// trie, the context rules that overrule a name ("استان آذربایجان" is a
/// province of Iran), the suffixed Persian forms ("ناتوی") and the roles that
/// make a spokesperson ("دبیر کل ناتو").
///
/// Its rules are fixed when it is made, before any name: a name never meets
/// rules that were not there when it was inserted. Names go in in batches
/// (``Gazetteer`` hands them over), each batch's explicit spellings before its
/// suffixed forms, so a suffix rule never shadows a name given explicitly.
public struct ActorRecogniser: Sendable {
    /// What a name in the trie stands for.
    struct Entry: Sendable {
        let code: String
        let form: ActorMention.Form
        let placeName: String?
        /// The exact spelling the original text must have, for case-sensitive aliases.
        let exactSpelling: String?
        /// The folded alias, for the context rules.
        let key: String
    }

    /// The rules of recognition, read from the data files (see `Gazetteer+Loading.swift`).
    struct Rules: Sendable {
        var roles = PhraseLexicon<RoleWord>()
        var contextRules: [String: [ContextRule]] = [:]
        /// "code|folded alias" pairs never matched in running text.
        var blockedAliases: Set<String> = []
        var suffixRules: [SuffixRule] = []
        var profiles: [Language: LanguageProfile] = [:]
    }

    /// One alias to insert, with the spellings the directory recorded for it.
    struct Name: Sendable {
        let code: String
        let alias: Alias
        let spellings: [ActorDirectory.Spelling]
    }

    let roles: PhraseLexicon<RoleWord>
    let contextRules: [String: [ContextRule]]
    /// Each language's former-words, name particles and spokesperson order.
    let profiles: [Language: LanguageProfile]
    private let blockedAliases: Set<String>
    private let suffixRules: [SuffixRule]
    private(set) var lexicon = PhraseLexicon<Entry>()
    /// Folded aliases given explicitly; a suffix rule never overrides one of them.
    private var explicitKeys: Set<String> = []
    /// Every trie entry made, to skip repeats.
    private var entryKeys: Set<String> = []

    init(rules: Rules) {
        roles = rules.roles
        contextRules = rules.contextRules
        blockedAliases = rules.blockedAliases
        suffixRules = rules.suffixRules
        profiles = rules.profiles
    }

    /// Puts `batch` in the trie: every spelling given, then the suffixed Persian forms.
    ///
    /// - Returns: the folded keys of the suffixed forms made, with their actor codes.
    mutating func insert(_ batch: [Name]) -> [(code: String, key: String)] {
        for name in batch { insertExplicit(name) }
        var suffixed: [(code: String, key: String)] = []
        for name in batch { insertSuffixed(name.alias, for: name.code, into: &suffixed) }
        return suffixed
    }

    /// Puts the spellings of an alias in the trie.
    private mutating func insertExplicit(_ name: Name) {
        let alias = name.alias
        for spelling in name.spellings {
            let key = spelling.key
            explicitKeys.insert(key)
            guard !blockedAliases.contains(name.code + "|" + key) else { continue }
            // The same name, form and place given twice (Foundation's and the table's) goes in once.
            let entryKey = [name.code, alias.form.rawValue, alias.placeName ?? "", alias.caseSensitive ? spelling.text : "", key]
                .joined(separator: "|")
            guard entryKeys.insert(entryKey).inserted else { continue }
            lexicon.insert(key, value: Entry(
                code: name.code, form: alias.form, placeName: alias.placeName,
                exactSpelling: alias.caseSensitive ? spelling.text : nil, key: key
            ))
        }
    }

    /// Puts the suffixed forms of a name its language's `actor-suffixes.tsv` makes
    /// (Persian "ناتوی", "ایرانی") in the trie, unless a name already spelled so was
    /// given explicitly.
    private mutating func insertSuffixed(_ alias: Alias, for code: String, into made: inout [(code: String, key: String)]) {
        guard let language = alias.language, alias.form == .name, !alias.caseSensitive else { return }
        let words = NameFolding.words(alias.text)
        guard let last = words.last, let final = last.unicodeScalars.last else { return }
        for rule in suffixRules where rule.language == language && rule.applies(toFinal: final, wordCount: words.count) {
            let key = (words.dropLast() + [last + rule.suffix]).joined(separator: " ")
            guard !explicitKeys.contains(key), !blockedAliases.contains(code + "|" + key) else { continue }
            made.append((code, key))
            explicitKeys.insert(key)
            lexicon.insert(key, value: Entry(code: code, form: rule.form, placeName: nil, exactSpelling: nil, key: key))
        }
    }
}
