import Testing
@testable import AnnalsKit

/// Bounded, seeded fuzzing of the text pipeline: thousands of random mixed-script texts must
/// never crash it, and every offset it gives must point inside the text it was given.
@Suite struct TextPipelineFuzzTests {
    static let analyzer = Result { try TextAnalyzer() }
    static let tagger = Result { try TemporalTagger() }
    static let extractor = Result { try EventExtractor() }

    /// Checks the invariants of one analysed text; returns a description of the first broken one.
    static func violation(in analyzed: AnalyzedText, of text: String) -> String? {
        analyzed.invariantViolation(original: text)
    }

    @Test(arguments: 0..<4)
    func analysisKeepsItsInvariants(block: Int) throws {
        let analyzer = try Self.analyzer.get()
        var generator = SeededGenerator(seed: 0xA11A15 + UInt64(block))
        for round in 0..<750 {
            let text = FuzzText.random(using: &generator, maximumPieces: 60)
            for language in [Language.english, .persian] {
                let analyzed = analyzer.analyze(text, language: language)
                if let problem = Self.violation(in: analyzed, of: text) {
                    Issue.record("block \(block) round \(round) (\(language)): \(problem) in \(text.debugDescription)")
                    return
                }
            }
        }
    }

    @Test(arguments: 0..<4)
    func taggingAndExtractionStayInsideTheText(block: Int) throws {
        let analyzer = try Self.analyzer.get()
        let tagger = try Self.tagger.get()
        let extractor = try Self.extractor.get()
        var generator = SeededGenerator(seed: 0xE7E27 + UInt64(block))
        let reference = DayDate(year: 2022, month: 3, day: 1)
        for round in 0..<250 {
            let text = FuzzText.random(using: &generator, maximumPieces: 40)
            let scalars = Array(text.unicodeScalars)
            let language: Language = round.isMultiple(of: 2) ? .persian : .english
            let analyzed = analyzer.analyze(text, language: language)
            for expression in tagger.tag(analyzed, reference: reference) {
                guard expression.range.upperBound <= scalars.count, expression.tokenRange.upperBound <= analyzed.tokens.count,
                      expression.text == String(String.UnicodeScalarView(scalars[expression.range])) else {
                    Issue.record("block \(block) round \(round): time \(expression.range) '\(expression.text)' does not match \(text.debugDescription)")
                    return
                }
                if let start = expression.value.start, let end = expression.value.end, start > end {
                    Issue.record("block \(block) round \(round): interval ends before it starts in \(text.debugDescription)")
                }
            }
            let article = Article(text: text, published: reference, language: language, origin: "fuzz")
            for event in extractor.events(in: article) {
                for mention in event.mentions {
                    guard mention.start <= mention.end, mention.end <= scalars.count,
                          mention.triggerStart >= mention.start, mention.triggerEnd <= mention.end,
                          mention.sentence == String(String.UnicodeScalarView(scalars[mention.start..<mention.end])),
                          mention.trigger == String(String.UnicodeScalarView(scalars[mention.triggerStart..<mention.triggerEnd])) else {
                        Issue.record("block \(block) round \(round): mention \(mention) does not match \(text.debugDescription)")
                        return
                    }
                }
                #expect(throws: Never.self) { try AnnalsStore.validate(article, [event]) }
            }
        }
    }

    @Test func theGeneratorIsDeterministic() {
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        #expect(FuzzText.random(using: &first, maximumPieces: 50) == FuzzText.random(using: &second, maximumPieces: 50))
    }
}
