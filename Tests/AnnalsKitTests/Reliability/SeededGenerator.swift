/// A deterministic random number generator (SplitMix64), so every fuzz run sees the same cases
/// and a failure names the seed that reproduces it.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// Random text from the alphabet news in Persian and English is written in, and its troublemakers.
enum FuzzText {
    /// Pieces a random text is drawn from: single scalars of each kind, and whole words and
    /// phrases that make the extractors fire, so that the deeper paths run too.
    static let pieces: [String] = {
        let persianLetters = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأؤئءةيكى".map(String.init)
        let latin = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".map(String.init)
        let digits = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩".map(String.init)
        let punctuation = ".,;:!?؟،؛«»\"'()[]-–—/…%٪+".map(String.init)
        let spaces = [" ", " ", " ", "\n", "\n\n", "\t", "\r\n", "\u{00A0}"]
        let invisible = ["\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}",
                         "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{FEFF}", "\u{0640}"]
        let diacritics = ["\u{064B}", "\u{064C}", "\u{064D}", "\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}",
                          "\u{0652}", "\u{0670}", "\u{0654}", "\u{0301}"]
        let other = ["é", "ß", "Ж", "中", "😀", "🇮🇷", "e\u{0301}", "\u{FDFD}", "ﻻ", "ﷲ"]
        let words = ["NATO", "Azerbaijan", "Iran", "Baku", " met ", " signed ", " joined ", " on Tuesday ",
                     " in 1994 ", " May 6, 2009 ", " yesterday ", " 31 February ", " last week ",
                     "ناتو", "جمهوری آذربایجان", "ایران", " دیدار کرد", " پیوست", " امضا کردند", " دیروز ",
                     " ۳۰ اسفند ۱۴۰۰ ", " سال ۱۳۷۳ ", " هفته گذشته ", " سه‌شنبه ", " این کشور ", " وی "]
        return persianLetters + latin + digits + punctuation + spaces + invisible + diacritics + other + words
    }()

    /// A random text of up to `maximumPieces` pieces.
    static func random(using generator: inout SeededGenerator, maximumPieces: Int) -> String {
        let count = Int.random(in: 0...maximumPieces, using: &generator)
        var text = ""
        for _ in 0..<count {
            text += pieces.randomElement(using: &generator) ?? ""
        }
        return text
    }
}
