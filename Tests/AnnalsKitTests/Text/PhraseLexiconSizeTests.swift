import Testing
@testable import AnnalsKit

/// A lexicon finds its phrases alike whether it is small or large enough for the edge
/// table to keep its filter of first words.
@Suite struct PhraseLexiconSizeTests {
    @Test(arguments: [10, 500, 6_000])
    func findsEveryPhraseAndNothingElse(count: Int) {
        var lexicon = PhraseLexicon<Int>()
        for number in 0..<count {
            lexicon.insert("alpha\(number) beta", value: number)
            lexicon.insert("گام\(number)", value: -number)
        }
        let text = (0..<count).map { "alpha\($0) beta گام\($0) gamma\($0)" }.joined(separator: " ")
        let tokens = Tokenizer().tokens(of: TextNormalizer().normalize(text))
        let found = lexicon.matches(in: tokens)
        // Each group of tokens: "alpha", number, "beta", "گام", number, "gamma", number.
        #expect(found.count == 2 * count)
        #expect(found.map(\.values).flatMap { $0 } == (0..<count).flatMap { [$0, -$0] })
        #expect(lexicon.longestMatch(in: tokens, at: 5) == nil)
    }
}
