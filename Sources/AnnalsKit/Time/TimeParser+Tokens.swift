// Looking at tokens: listed words, digits, punctuation, spelled numbers.
extension TimeParser {
    // MARK: - Lexicon look-ups

    /// The longest listed phrase of `kind` at `index`.
    ///
    /// Asked a great many times per token, nearly always of a token with no phrase of that kind:
    /// that answer is one bit test here, and the search of the token's phrases stays out of line.
    @inline(__always)
    func word(at index: Int, _ kind: TimeWord.Kind) -> (length: Int, word: TimeWord)? {
        guard index >= 0, index < tokens.count, words.has(kind, at: index) else { return nil }
        return listedWord(at: index, kind)
    }

    @inline(never)
    private func listedWord(at index: Int, _ kind: TimeWord.Kind) -> (length: Int, word: TimeWord)? {
        words.longest(at: index, kind: kind) { isCapitalized(index) }
    }

    @inline(never)
    func isCapitalized(_ index: Int) -> Bool {
        Self.isCapitalized(index, in: text)
    }

    @inline(never)
    static func isCapitalized(_ index: Int, in text: AnalyzedText) -> Bool {
        let source = text.originalRange(ofTokens: index..<(index + 1))
        guard let first = text.text.originalScalars[source].first else { return false }
        return first.properties.isUppercase
    }

    func number(at index: Int) -> Int? {
        guard index >= 0, index < tokens.count else { return nil }
        return tokens[index].integerValue
    }

    func digits(at index: Int) -> Int {
        index < tokens.count && tokens[index].kind == .number ? tokens[index].text.unicodeScalars.count : 0
    }

    func isPunctuation(_ index: Int, _ marks: Set<String>) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind == .punctuation && marks.contains(tokens[index].text)
    }

    /// Whether the token at `index` (in range) is a hyphen. A punctuation token is asked first:
    /// comparing a Persian word with "-" as strings would go through Unicode normalisation.
    func isHyphen(_ index: Int) -> Bool {
        tokens[index].kind == .punctuation && tokens[index].text == "-"
    }

    /// Whether tokens `index` and `index + 1` touch (no space between).
    func touches(_ index: Int) -> Bool {
        index + 1 < tokens.count && !tokens[index + 1].followsSpace
    }

    // MARK: - Numbers

    struct NumberReading {
        var value: Int
        var length: Int
        var ordinal: Bool
        var digits: Int
        var weak: Bool
        /// Spelled "nineteen ninety-four": reads only as a year.
        var yearPair: Bool
    }

    /// A number at `index`: digits (with an ordinal suffix) or number words.
    func readNumber(at index: Int) -> NumberReading? {
        guard index >= 0, index < numberReadingPlaces.count else { return nil }
        let place = numberReadingPlaces[index]
        return place < 0 ? nil : numberReadings[Int(place)]
    }

    func readNumberUncached(at index: Int) -> NumberReading? {
        guard index < tokens.count else { return nil }
        if let value = number(at: index) {
            var length = 1
            var ordinal = false
            if let suffix = word(at: index + 1, .ordinalSuffix), touches(index) {
                length += suffix.length
                ordinal = true
            }
            return NumberReading(value: value, length: length, ordinal: ordinal, digits: digits(at: index), weak: false, yearPair: false)
        }
        var total = 0
        var current = 0
        var position = index
        var ordinal = false
        var weak = false
        var yearPair = false
        var lastWasNumber = false
        var previousValue = 0
        // The place of the last part read: after "و" ("and") the next part fills a smaller place
        // ("بیست و یک", "هزار و سیصد"); "هفت و ده دقیقه" is seven, then ten minutes, and "یازده و پنج
        // دقیقه" eleven, then five minutes (no place is left after eleven).
        var magnitude = Int.max
        // No spelled number in a date is longer than a dozen words ("هزار و سیصد و هفتاد و سه" is 9).
        while position < tokens.count, position - index < 16 {
            if let entry = word(at: position, .ordinal) {
                // "twenty-first", but not "a third" (one, then an ordinal).
                if lastWasNumber, !(current >= 20 && current < 100 && current % 10 == 0) { break }
                current += entry.word.number
                position += entry.length
                ordinal = true
                lastWasNumber = true
                break
            } else if let entry = word(at: position, .number) {
                let value = entry.word.number
                if lastWasNumber {
                    // "nineteen ninety-four" / "twenty ten": two numbers below 100 side by side.
                    guard (10...99).contains(current), (10...99).contains(value) || value < 10 && previousValue >= 20,
                          total == 0 else { break }
                    if (10...99).contains(value) {
                        current = current * 100 + value
                        yearPair = true
                    } else {
                        current += value
                    }
                } else {
                    current += value
                }
                previousValue = value
                magnitude = Self.place(of: value)
                weak = weak || entry.word.weak
                position += entry.length
                lastWasNumber = true
                if let suffix = word(at: position, .ordinalSuffix), suffix.length == 1, current < 100 {
                    position += suffix.length
                    ordinal = true
                    break
                }
            } else if let entry = word(at: position, .multiplier), total + current < 1_000_000 {
                let factor = entry.word.number
                if factor >= 1000 {
                    total += max(current, 1) * factor
                    current = 0
                } else {
                    current = max(current, 1) * factor
                }
                position += entry.length
                magnitude = factor
                lastWasNumber = false
            } else if word(at: position, .joiner) != nil, position > index, word(at: position, .half) == nil,
                      let next = word(at: position + 1, .number) ?? word(at: position + 1, .ordinal),
                      next.word.number < magnitude {
                position += 1
                lastWasNumber = false
            } else {
                break
            }
        }
        guard position > index else { return nil }
        // A trailing joiner is not part of the number.
        var length = position - index
        while length > 0, word(at: index + length - 1, .joiner) != nil { length -= 1 }
        guard length > 0 else { return nil }
        return NumberReading(value: total + current, length: length, ordinal: ordinal, digits: 0,
                             weak: weak && length == 1, yearPair: yearPair)
    }

    /// The place a spelled number fills, which a part joined after it by "و" must be smaller than:
    /// 1 for one to nineteen, 10 for twenty to ninety, 100 for the hundreds.
    static func place(of value: Int) -> Int {
        guard value >= 20 else { return 1 }
        var place = 1
        while value % (place * 10) == 0 { place *= 10 }
        return place
    }
}
