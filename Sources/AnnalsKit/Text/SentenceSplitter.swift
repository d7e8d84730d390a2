/// Splits a tokenised text into sentences.
///
/// A sentence ends at a line break, or at `.`, `!`, `?` (and their Arabic-script
/// forms, already folded by normalisation) unless the full stop belongs to a
/// number ("1.5"), an initial ("J. Smith") or an abbreviation listed in the
/// language's `abbreviations.tsv` ("Mr.", "U.S.").
public struct SentenceSplitter: Sendable {
    let abbreviations: Set<String>

    /// A splitter that knows the abbreviations of every language.
    public init(resources: ResourceLibrary = .embedded) throws {
        var abbreviations: Set<String> = []
        for language in resources.languages {
            let path = "\(language.rawValue)/abbreviations.tsv"
            guard resources.contains(path) else { continue }
            for row in try resources.table(path).rows {
                abbreviations.insert(try row.value("abbreviation"))
            }
        }
        self.abbreviations = abbreviations
    }

    /// The sentences of `text`, whose tokens are `tokens`.
    public func sentences(of text: NormalizedText, tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        let scalars = text.scalars

        func close(through last: Int) {
            guard last >= first else { return }
            sentences.append(Sentence(
                range: tokens[first].range.lowerBound..<tokens[last].range.upperBound,
                tokenRange: first..<(last + 1)
            ))
            first = last + 1
        }

        for index in tokens.indices {
            let token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            // A line break between this token and the next ends the sentence.
            if let next, next.range.lowerBound > token.range.upperBound,
               scalars[token.range.upperBound..<next.range.lowerBound].contains("\n") {
                close(through: index)
                continue
            }
            // A closing quote or bracket right after the end mark ends the sentence with it.
            if Self.isCloser(token), !token.followsSpace, index > 0,
               Self.isEndMark(tokens[index - 1]), next?.followsSpace ?? true {
                close(through: index)
                continue
            }
            guard Self.isEndMark(token) else { continue }
            guard let next else { continue }
            // Closing quotes and brackets stay with the sentence they close.
            if !next.followsSpace, Self.isCloser(next) { continue }
            if token.text == "." && !endsSentence(at: index, in: tokens) { continue }
            // "Birmingham, Ala., killed": a full stop right before a comma or semicolon closes an abbreviation.
            if token.text == ".", !next.followsSpace, [",", ";", "،", "؛"].contains(next.text) { continue }
            if !next.followsSpace && next.kind != .punctuation { continue }
            close(through: index)
        }
        if first < tokens.count { close(through: tokens.count - 1) }
        return sentences
    }

    /// Whether `token` is `.`, `!` or `?`.
    private static func isEndMark(_ token: Token) -> Bool {
        guard token.kind == .punctuation, token.range.count == 1 else { return false }
        return token.text == "." || token.text == "!" || token.text == "?"
    }

    /// Whether `token` is a closing quote or bracket: `"`, `'`, `)`, `]`.
    private static func isCloser(_ token: Token) -> Bool {
        guard token.kind == .punctuation, token.range.count == 1 else { return false }
        return token.text == "\"" || token.text == "'" || token.text == ")" || token.text == "]"
    }

    private func endsSentence(at index: Int, in tokens: [Token]) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        if previous.kind == .number, let next, next.kind == .number, !next.followsSpace { return false }
        if previous.kind == .word, !tokens[index].range.isEmpty {
            // "j." in "J. Smith": a single Latin letter is an initial.
            if previous.text.unicodeScalars.count == 1, previous.text.unicodeScalars.first!.isASCII { return false }
            if abbreviations.contains(previous.text) { return false }
            // "u.s." : the letters of a dotted abbreviation.
            if index >= 2, tokens[index - 2].text == ".", previous.text.unicodeScalars.count <= 2 { return false }
        }
        return true
    }
}
