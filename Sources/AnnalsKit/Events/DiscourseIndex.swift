/// The discourse phrases of one text, looked up once per token.
///
/// Reading a document asks for the discourse phrases of the same tokens many times
/// (per sentence, per clause, in small windows around actors and triggers). The index
/// walks the ``DiscourseLexicon``'s trie once at each token and keeps every phrase that
/// starts there; each question is then answered from those lists, exactly as the
/// lexicon would answer it: the longest phrase that ends inside the range asked about.
struct DiscourseIndex {
    typealias Function = DiscourseLexicon.Function

    /// A phrase starting at some token: how many tokens it spans and what it does.
    private struct Prefix {
        let length: Int
        let functions: [Function]
    }

    private let lexicon: DiscourseLexicon
    /// Per token, the phrases starting there, shortest first (most tokens start none).
    private let prefixes: [[Prefix]]

    init(lexicon: DiscourseLexicon, tokens: [Token]) {
        self.lexicon = lexicon
        prefixes = tokens.indices.map { start in
            var found: [Prefix] = []
            lexicon.phrases.forEachPrefixMatch(in: tokens, at: start) { length, functions in
                found.append(Prefix(length: length, functions: functions))
            }
            return found
        }
    }

    /// The normalised words of the language's postpositions.
    var postpositions: Set<String> { lexicon.postpositions }

    /// The longest phrase starting at token `start` that ends by `limit`.
    private func longest(at start: Int, limit: Int) -> Prefix? {
        prefixes[start].last { start + $0.length <= limit }
    }

    /// The phrases in tokens `range`, left to right, the longest at each place (as
    /// ``DiscourseLexicon/matches(in:range:)``): a phrase that does several things is
    /// listed once per function.
    func matches(in range: Range<Int>) -> [(tokenRange: Range<Int>, function: Function)] {
        var found: [(tokenRange: Range<Int>, function: Function)] = []
        forEachMatch(in: range) { tokenRange, functions in
            for function in functions { found.append((tokenRange, function)) }
            return true
        }
        return found
    }

    /// Whether a phrase with `function` stands in tokens `range`.
    func contains(_ function: Function, in range: Range<Int>) -> Bool {
        var seen = false
        forEachMatch(in: range) { _, functions in
            seen = functions.contains(function)
            return !seen
        }
        return seen
    }

    /// Whether a place preposition stands in tokens `range`.
    func containsPlacePreposition(_ range: Range<Int>) -> Bool {
        contains(.placePreposition, in: range)
    }

    /// Whether the tokens `range` hold only conjunctions (and so join two actors).
    func isConjunction(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var covered = range.lowerBound
        var joined = true
        forEachMatch(in: range) { tokenRange, functions in
            guard tokenRange.lowerBound == covered, functions.contains(.conjunction) else {
                joined = false
                return false
            }
            covered = tokenRange.upperBound
            return true
        }
        return joined && covered == range.upperBound
    }

    /// Calls `body` with each phrase of tokens `range`, left to right, until it returns false.
    private func forEachMatch(in range: Range<Int>, _ body: (Range<Int>, [Function]) -> Bool) {
        let range = range.clamped(to: prefixes.indices)
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = longest(at: index, limit: range.upperBound) {
                guard body(index..<(index + match.length), match.functions) else { return }
                index += match.length
            } else {
                index += 1
            }
        }
    }
}
