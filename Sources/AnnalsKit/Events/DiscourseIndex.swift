/// The discourse phrases of one text, looked up once per token.
///
/// Reading a document asks for the discourse phrases of the same tokens many times
/// (per sentence, per clause, in small windows around actors and triggers). The index
/// walks the ``DiscourseLexicon``'s trie once at each token and keeps every phrase that
/// starts there; each question is then answered from those lists, exactly as the
/// lexicon would answer it: the longest phrase that ends inside the range asked about.
struct DiscourseIndex {
    typealias Function = DiscourseLexicon.Function

    private let lexicon: DiscourseLexicon
    /// The phrases starting at token `t` are `lengths[starts[t]..<starts[t + 1]]`, shortest
    /// first (most tokens start none); phrase `p` does `functions[functionStarts[p]..<functionStarts[p + 1]]`.
    /// Flat arrays rather than an array per token: a question reads them in place, with no
    /// reference counting of the small arrays it would otherwise walk through.
    private let starts: [Int32]
    private let lengths: [Int32]
    private let functionStarts: [Int32]
    private let functions: [Function]

    init(lexicon: DiscourseLexicon, tokens: [Token]) {
        self.lexicon = lexicon
        var starts: [Int32] = []
        starts.reserveCapacity(tokens.count + 1)
        var lengths: [Int32] = []
        var functionStarts: [Int32] = [0]
        var functions: [Function] = []
        for start in tokens.indices {
            starts.append(Int32(lengths.count))
            lexicon.phrases.forEachPrefixMatch(in: tokens, at: start) { length, found in
                lengths.append(Int32(length))
                functions.append(contentsOf: found)
                functionStarts.append(Int32(functions.count))
            }
        }
        starts.append(Int32(lengths.count))
        self.starts = starts
        self.lengths = lengths
        self.functionStarts = functionStarts
        self.functions = functions
    }

    /// The normalised words of the language's postpositions.
    var postpositions: Set<String> { lexicon.postpositions }

    /// The longest phrase starting at token `start` that ends by `limit`: its number and length.
    @inline(__always)
    private func longest(at start: Int, limit: Int) -> (phrase: Int, length: Int)? {
        var phrase = Int(starts[start + 1])
        let first = Int(starts[start])
        while phrase > first {
            phrase -= 1
            let length = Int(lengths[phrase])
            if start + length <= limit { return (phrase, length) }
        }
        return nil
    }

    /// The functions of phrase `phrase`, as positions in `functions`.
    @inline(__always)
    private func functionRange(of phrase: Int) -> Range<Int> {
        Int(functionStarts[phrase])..<Int(functionStarts[phrase + 1])
    }

    /// The phrases in tokens `range`, left to right, the longest at each place (as
    /// ``DiscourseLexicon/matches(in:range:)``): a phrase that does several things is
    /// listed once per function.
    func matches(in range: Range<Int>) -> [(tokenRange: Range<Int>, function: Function)] {
        // Counted first, so the list is made with one allocation rather than grown step by step
        // (the walk over the flat arrays costs far less than an allocation).
        var count = 0
        forEachMatch(in: range) { _, positions in
            count += positions.count
            return true
        }
        guard count > 0 else { return [] }
        var found: [(tokenRange: Range<Int>, function: Function)] = []
        found.reserveCapacity(count)
        forEachMatch(in: range) { tokenRange, positions in
            for position in positions { found.append((tokenRange, functions[position])) }
            return true
        }
        return found
    }

    /// Whether a phrase with `function` stands in tokens `range`.
    func contains(_ function: Function, in range: Range<Int>) -> Bool {
        var seen = false
        forEachMatch(in: range) { _, positions in
            seen = positions.contains { functions[$0] == function }
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
        forEachMatch(in: range) { tokenRange, positions in
            guard tokenRange.lowerBound == covered, positions.contains(where: { functions[$0] == .conjunction }) else {
                joined = false
                return false
            }
            covered = tokenRange.upperBound
            return true
        }
        return joined && covered == range.upperBound
    }

    /// Calls `body` with each phrase of tokens `range`, left to right, and the positions of
    /// its functions in `functions`, until it returns false.
    @inline(__always)
    private func forEachMatch(in range: Range<Int>, _ body: (Range<Int>, Range<Int>) -> Bool) {
        let range = range.clamped(to: 0..<(starts.count - 1))
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = longest(at: index, limit: range.upperBound) {
                guard body(index..<(index + match.length), functionRange(of: match.phrase)) else { return }
                index += match.length
            } else {
                index += 1
            }
        }
    }
}
