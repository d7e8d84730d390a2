/// A language, named by its BCP 47 tag (`en`, `fa`, `de-AT`).
///
/// Annals reads a language when its rule data has a profile for it: the files
/// under `Resources/<tag>/` (see ``ResourceLibrary/languages``). The built-in
/// data has ``english`` and ``persian``; ``ResourceLibrary/adding(folder:)``
/// adds more at run time, with no change to the code.
public struct Language: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The tag, with its subtags in their usual case (`en`, `zh-Hant`, `de-AT`).
    public let rawValue: String

    /// The language `rawValue` names; nil when it is not shaped like a BCP 47
    /// tag (a primary subtag of 2 to 8 letters, then subtags of 1 to 8 letters
    /// or digits, joined by `-`).
    public init?(rawValue: String) {
        let parts = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...8).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLetter }),
              parts.dropFirst().allSatisfy({ part in
                  (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
              }) else { return nil }
        self.rawValue = parts.enumerated().map { index, part in
            if index == 0 { return part.lowercased() }
            if part.count == 2 && part.allSatisfy(\.isLetter) { return part.uppercased() }
            if part.count == 4 && part.allSatisfy(\.isLetter) { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }

    private init(known tag: String) { rawValue = tag }

    /// English, `en`.
    public static let english = Language(known: "en")
    /// Persian, `fa`.
    public static let persian = Language(known: "fa")

    /// The languages of the built-in data.
    public static let allCases: [Language] = [.english, .persian]

    public var description: String { rawValue }

    public static func < (left: Language, right: Language) -> Bool { left.rawValue < right.rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let tag = try container.decode(String.self)
        guard let language = Language(rawValue: tag) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(tag)' is not a BCP 47 language tag")
        }
        self = language
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Guesses the language of `text` among the built-in ones from the script
    /// letters their profiles give (Arabic script for Persian, Latin for
    /// English); nil when the text has letters of neither. See
    /// ``LanguageProfile/detect(in:among:)``.
    public static func detect(in text: String) -> Language? {
        LanguageProfile.detect(in: text, among: LanguageProfile.builtIn)
    }
}
