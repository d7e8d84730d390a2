/// A text normalised, tokenised and split into sentences: what every extractor reads.
public struct AnalyzedText: Sendable {
    /// The text and its normalised form.
    public let text: NormalizedText
    /// The language the text is read as.
    public let language: Language
    /// The tokens of the normalised text.
    public let tokens: [Token]
    /// The sentences, in order.
    public let sentences: [Sentence]

    public init(text: NormalizedText, language: Language, tokens: [Token], sentences: [Sentence]) {
        self.text = text
        self.language = language
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The original-text range (in Unicode scalars) that tokens `range` cover.
    public func originalRange(ofTokens range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return text.originalRange(of: tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    /// The original text that tokens `range` cover.
    public func originalText(ofTokens range: Range<Int>) -> String {
        let source = originalRange(ofTokens: range)
        return String(scalars: text.originalScalars[source])
    }

    /// The index of the sentence holding token `index`.
    public func sentenceIndex(ofToken index: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            let range = sentences[middle].tokenRange
            if range.upperBound <= index { low = middle + 1 }
            else if range.lowerBound > index { high = middle }
            else { return middle }
        }
        return nil
    }
}

/// Turns raw text into an ``AnalyzedText``.
public struct TextAnalyzer: Sendable {
    let normalizer = TextNormalizer()
    let tokenizer = Tokenizer()
    let splitter: SentenceSplitter
    /// The languages a text may be detected as.
    let profiles: [LanguageProfile]

    public init(resources: ResourceLibrary = .embedded) throws {
        splitter = try SentenceSplitter(resources: resources)
        profiles = try LanguageProfile.all(in: resources).values.sorted { $0.language < $1.language }
    }

    /// Analyses `text`; when `language` is nil it is detected from the script (English if none).
    public func analyze(_ text: String, language: Language? = nil) -> AnalyzedText {
        let normalized = normalizer.normalize(text)
        let tokens = tokenizer.tokens(of: normalized)
        return AnalyzedText(
            text: normalized,
            language: language ?? LanguageProfile.detect(in: text, among: profiles) ?? .english,
            tokens: tokens,
            sentences: splitter.sentences(of: normalized, tokens: tokens)
        )
    }
}
