/// Finds listed phrases in a token sequence, longest first.
///
/// Phrases are normalised and tokenised the same way as the text, so one entry
/// matches every spelling that normalises alike ("همکاری ها", "همکاری‌ها").
/// Matching walks a trie of tokens: a phrase matches whole tokens only, so
/// "آذر" never matches inside "آذربایجان".
public struct PhraseLexicon<Value: Sendable>: Sendable {
    /// The values of each node (node 0 is the root); one table of edges for all
    /// nodes keeps a lexicon of tens of thousands of phrases to a few allocations.
    private var values: [[Value]] = [[]]
    private var edges = EdgeTable()
    private let normalizer = TextNormalizer()
    private let tokenizer = Tokenizer()

    public init() {}

    /// A lexicon holding `entries`.
    public init(_ entries: some Sequence<(phrase: String, value: Value)>) {
        for entry in entries { insert(entry.phrase, value: entry.value) }
    }

    /// Whether the lexicon holds no phrase.
    public var isEmpty: Bool { values.count == 1 }

    /// The words `phrase` is matched as: its tokens after normalisation.
    public static func words(of phrase: String) -> [String] {
        Tokenizer().tokens(of: TextNormalizer().normalizedScalars(phrase)).map(\.text)
    }

    /// Adds `phrase` with `value`; a phrase may carry several values.
    public mutating func insert(_ phrase: String, value: Value) {
        // The tokens' keys, fingerprinted as they were made, go in as they are.
        insert(keys: tokenizer.tokens(of: normalizer.normalizedScalars(phrase)).lazy.map(\.key), value: value)
    }

    /// Adds a phrase given as its words, already normalised and tokenised (as
    /// ``words(of:)`` gives them, e.g. kept from an earlier insert); a phrase may
    /// carry several values.
    public mutating func insert(words: [String], value: Value) {
        insert(keys: words.lazy.map(WordKey.init), value: value)
    }

    /// Adds a phrase given as the keys of its words.
    private mutating func insert(keys: some Collection<WordKey>, value: Value) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = edges.target(from: node, by: key) {
                node = next
            } else {
                values.append([])
                edges.add(from: node, by: key, to: values.count - 1)
                node = values.count - 1
            }
        }
        values[node].append(value)
    }

    /// The longest phrase starting at token `start` and ending before `limit`:
    /// how many tokens it spans and its values.
    public func longestMatch(in tokens: [Token], at start: Int, limit: Int? = nil) -> (length: Int, values: [Value])? {
        let end = min(limit ?? tokens.count, tokens.count)
        var node = 0
        var best: (length: Int, values: [Value])?
        var index = start
        while index < end, let next = edges.target(from: node, by: tokens[index].key) {
            node = next
            index += 1
            if !values[node].isEmpty { best = (index - start, values[node]) }
        }
        return best
    }

    /// Calls `body` with each phrase starting at token `start`, shortest first, without
    /// collecting them into an array.
    @inline(__always)
    public func forEachPrefixMatch(in tokens: [Token], at start: Int, _ body: (_ length: Int, _ values: [Value]) -> Void) {
        var node = 0
        var index = start
        while index < tokens.count, let next = edges.target(from: node, by: tokens[index].key) {
            node = next
            index += 1
            if !values[node].isEmpty { body(index - start, values[node]) }
        }
    }

    /// Every match in `tokens[range]`, scanning left to right and taking the
    /// longest phrase at each place; matches do not overlap.
    public func matches(in tokens: [Token], range: Range<Int>? = nil) -> [PhraseMatch<Value>] {
        let range = range ?? tokens.indices
        var found: [PhraseMatch<Value>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = longestMatch(in: tokens, at: index, limit: range.upperBound) {
                found.append(PhraseMatch(tokenRange: index..<(index + match.length), values: match.values))
                index += match.length
            } else {
                index += 1
            }
        }
        return found
    }
}

/// A phrase found by a ``PhraseLexicon``.
public struct PhraseMatch<Value: Sendable>: Sendable {
    /// The tokens the phrase covers.
    public let tokenRange: Range<Int>
    /// The values listed for the phrase.
    public let values: [Value]
}
