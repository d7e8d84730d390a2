/// A language Annals reads. Each has its own data under `Resources/<rawValue>/`.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case english = "en"
    case persian = "fa"

    /// Guesses the language of `text` from its script: Arabic-script letters
    /// mean Persian, Latin letters English. Returns nil when the text has neither.
    ///
    /// Only the first 4,000 letters are looked at; that is plenty for news.
    public static func detect(in text: String) -> Language? {
        var arabicScript = 0
        var latin = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: arabicScript += 1
            case 0x0041...0x005A, 0x0061...0x007A, 0x00C0...0x024F: latin += 1
            default: break
            }
            if arabicScript + latin >= 4_000 { break }
        }
        if arabicScript == 0 && latin == 0 { return nil }
        return arabicScript >= latin ? .persian : .english
    }
}
