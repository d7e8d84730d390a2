/// The time-lexicon phrases starting at each token of a text, in one flat array.
///
/// The parser asks "which time words start here?" many times per token; the
/// answers are looked up once, and kept without an array per token. Beside them each
/// token keeps the set of kinds its phrases have (``TimeWord/Kind/Set``), so that the
/// commonest answer, "none of that kind", costs one bit test.
struct TimeWordTable {
    typealias Entry = (length: Int, word: TimeWord)

    private var entries: [Entry] = []
    /// Where each token's entries begin in `entries`; one more than the tokens.
    private var starts: [Int] = []
    /// The kinds of the phrases starting at each token.
    private var kinds: [TimeWord.Kind.Set] = []

    init(tokens: [Token], lexicon: TimeLexicon) {
        starts.reserveCapacity(tokens.count + 1)
        kinds.reserveCapacity(tokens.count)
        // Room for an entry per four tokens up front spares a long text the first regrowths of the list.
        entries.reserveCapacity(tokens.count / 4 + 8)
        for index in tokens.indices {
            let first = entries.count
            starts.append(first)
            lexicon.appendMatches(in: tokens, at: index, to: &entries)
            var set = TimeWord.Kind.Set()
            for position in first..<entries.count { set.insert(entries[position].word.kind) }
            kinds.append(set)
        }
        starts.append(entries.count)
    }

    /// The phrases starting at token `index`: their lengths in tokens and their words.
    subscript(index: Int) -> ArraySlice<Entry> {
        entries[starts[index]..<starts[index + 1]]
    }

    /// Whether a phrase of `kind` starts at token `index` (whatever its capitals).
    @inline(__always)
    func has(_ kind: TimeWord.Kind, at index: Int) -> Bool {
        kinds[index].contains(kind)
    }

    /// Whether a phrase of one of `kinds` starts at token `index`.
    @inline(__always)
    func hasAny(of kinds: TimeWord.Kind.Set, at index: Int) -> Bool {
        self.kinds[index].intersects(kinds)
    }

    /// Whether any phrase starts at token `index`.
    @inline(__always)
    func hasAny(at index: Int) -> Bool {
        !kinds[index].isEmpty
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

extension TimeWord.Kind {
    /// A set of kinds as the bits of one integer, a bit per kind.
    struct Set {
        private var bits: UInt128 = 0

        init() {}

        init(_ kinds: some Sequence<TimeWord.Kind>) {
            for kind in kinds { insert(kind) }
        }

        var isEmpty: Bool { bits == 0 }

        /// The bit of `kind`: its place among the cases, as declared.
        @inline(__always)
        private static func bit(_ kind: TimeWord.Kind) -> UInt128 {
            (1 as UInt128) << kind.ordinal
        }

        mutating func insert(_ kind: TimeWord.Kind) { bits |= Self.bit(kind) }

        @inline(__always)
        func contains(_ kind: TimeWord.Kind) -> Bool { bits & Self.bit(kind) != 0 }

        @inline(__always)
        func intersects(_ other: Set) -> Bool { bits & other.bits != 0 }
    }

    /// The kind's place among the cases, as declared (`allCases` order).
    ///
    /// A case of an enum without payloads is stored as its place, in one byte while there
    /// are fewer than 256 cases; `TimeWordTableTests` checks this against `allCases`.
    @inline(__always)
    var ordinal: Int {
        Int(unsafeBitCast(self, to: UInt8.self))
    }
}
