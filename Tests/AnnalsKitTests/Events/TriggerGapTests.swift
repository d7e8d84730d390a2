import Testing
@testable import AnnalsKit

private let analyzer = Result { try TextAnalyzer() }
private let english = Result { try TriggerLexicon(language: .english) }

/// A date written inside a trigger phrase ("agreed on Friday to") leaves the phrase whole.
@Suite struct TriggerGapTests {
    /// The tokens of `text` whose original text is `words`.
    private func range(of words: String, in text: AnalyzedText) throws -> Range<Int> {
        for start in text.tokens.indices {
            for end in (start + 1)...text.tokens.count where text.originalText(ofTokens: start..<end) == words {
                return start..<end
            }
        }
        throw GapNotFound(words: words)
    }

    private struct GapNotFound: Error { let words: String }

    @Test(arguments: [
        ("Pyongyang agreed on 3 May to go back to the talks.", "on 3 May", "agreed on 3 May to", "030"),
        ("The league called on Monday for talks between the rivals.", "on Monday", "called on Monday for talks", "026"),
        ("The envoy met on Sunday with the rebels.", "on Sunday", "met on Sunday with", "040"),
        ("The cabinet agreed last week to the plan of the envoys.", "last week", "agreed last week to the", "050"),
    ])
    func phraseRunsAcrossTheDate(sentence: String, gap: String, phrase: String, cameo: String) throws {
        let text = try analyzer.get().analyze(sentence, language: .english)
        let found = try english.get().matches(in: text, tokens: text.tokens.indices, across: [range(of: gap, in: text)])
        let match = try #require(found.first { text.originalText(ofTokens: $0.tokenRange) == phrase }, "\(found.map(\.trigger.phrase))")
        #expect(match.trigger.cameo == cameo)
    }

    /// A date at the edge of the sentence, or between words that make no phrase, joins nothing.
    @Test(arguments: [
        ("On Monday the envoy agreed to the plan.", "On Monday"),
        ("The envoy spoke on Monday to reporters.", "on Monday"),
        ("Rebels attacked on Friday and fled.", "on Friday"),
        ("The two sides met in Vienna.", "in Vienna"),
    ])
    func nothingRunsAcross(sentence: String, gap: String) throws {
        let text = try analyzer.get().analyze(sentence, language: .english)
        let lexicon = try english.get()
        let gapRange = try range(of: gap, in: text)
        let found = lexicon.matches(in: text, tokens: text.tokens.indices, across: [gapRange])
        #expect(found.map(\.tokenRange) == lexicon.matches(in: text, tokens: text.tokens.indices).map(\.tokenRange))
        #expect(!found.contains { $0.tokenRange.overlaps(gapRange) && $0.tokenRange != gapRange })
    }
}
