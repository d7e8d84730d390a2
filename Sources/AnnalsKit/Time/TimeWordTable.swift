/// The time-lexicon phrases starting at each token of a text, in one flat array.
///
/// The parser asks "which time words start here?" many times per token; the
/// answers are looked up once, and kept without an array per token.
struct TimeWordTable {
    typealias Entry = (length: Int, word: TimeWord)

    private var entries: [Entry] = []
    /// Where each token's entries begin in `entries`; one more than the tokens.
    private var starts: [Int] = []

    init(tokens: [Token], lexicon: TimeLexicon) {
        starts.reserveCapacity(tokens.count + 1)
        for index in tokens.indices {
            starts.append(entries.count)
            lexicon.appendMatches(in: tokens, at: index, to: &entries)
        }
        starts.append(entries.count)
    }

    /// The phrases starting at token `index`: their lengths in tokens and their words.
    subscript(index: Int) -> ArraySlice<Entry> {
        entries[starts[index]..<starts[index + 1]]
    }

    /// The longest phrase of `kind` starting at token `index` (the first listed of the longest),
    /// leaving out words that need a capital when `capitalized` says the token has none.
    ///
    /// The parser's innermost look-up: it reads the entries in place, without the slice
    /// (and the reference count of its storage) that the subscript makes.
    func longest(at index: Int, kind: TimeWord.Kind, capitalized: () -> Bool) -> Entry? {
        var best = -1
        for position in starts[index]..<starts[index + 1] where entries[position].word.kind == kind {
            if entries[position].word.needsCapital && !capitalized() { continue }
            if best < 0 || entries[position].length > entries[best].length { best = position }
        }
        return best < 0 ? nil : entries[best]
    }
}
