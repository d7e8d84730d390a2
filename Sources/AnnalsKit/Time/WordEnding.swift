/// A word ending of the time settings (a `past-ending` of `time-settings.tsv`), measured once so that
/// the parser's test at every word of a text is cheap.
struct WordEnding {
    /// The ending as listed.
    let text: String
    /// Its characters, counted once rather than at every word.
    let characters: Int
    /// Its UTF-8 bytes when it is made of lowercase ASCII letters only. No other scalar is canonically
    /// equivalent to one of those letters, so a word ends with such an ending only if its last bytes are
    /// these: a byte comparison rules out most words before the comparison of characters.
    private let letterBytes: [UInt8]?

    init(_ text: String) {
        self.text = text
        characters = text.count
        letterBytes = text.utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }) ? Array(text.utf8) : nil
    }

    /// Whether `word`, of `scalars` scalars, ends with the ending and keeps at least `stem` more.
    func ends(_ word: String, scalars: Int, stem: Int) -> Bool {
        guard scalars >= characters + stem else { return false }
        if let letterBytes {
            let bytes = word.utf8
            guard bytes.count >= letterBytes.count, bytes.suffix(letterBytes.count).elementsEqual(letterBytes) else { return false }
        }
        return word.hasSuffix(text)
    }
}
