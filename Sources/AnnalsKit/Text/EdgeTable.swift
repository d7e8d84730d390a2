/// The edges of a ``PhraseLexicon`` trie: (node, word) → node, in one open-addressing table.
///
/// A look-up mixes the node number into the word's precomputed fingerprint and
/// probes one flat array of 16-byte slots: no hashing of the word's bytes, no
/// allocation, and one cache line per probe, which matters because every token of
/// every text is looked up in several lexicons of tens of thousands of edges. The
/// word's bytes are compared only when node and fingerprint agree.
struct EdgeTable: Sendable {
    /// One edge: the word's fingerprint, the parent node plus one (0 marks an empty
    /// slot) and the child node.
    private struct Slot {
        var fingerprint: UInt64 = 0
        var parent: Int32 = 0
        var target: Int32 = 0
    }

    private var slots: [Slot] = Array(repeating: Slot(), count: 16)
    /// The word of each slot, read only to confirm a match.
    private var words: [String] = Array(repeating: "", count: 16)
    private var count = 0
    /// For a large table, one bit per fingerprint class of the words on the root's edges
    /// (2^18 bits, 32 KB): most tokens start no phrase, and a clear bit says so without a
    /// probe of the slots, which (megabytes for the trigger lexicons) are rarely in the cache.
    /// Empty, and not asked, while the table is small.
    private var firstWords: [UInt64] = []
    /// How many slots a table has when it starts keeping `firstWords`.
    private static let filteredCapacity = 1 << 12

    /// The node reached from `node` by `word`, if the trie has that edge.
    @inline(__always)
    func target(from node: Int, by word: WordKey) -> Int? {
        if node == 0, !firstWords.isEmpty {
            let bit = Self.firstWordBit(word.fingerprint)
            guard firstWords[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            let parent = Int32(truncatingIfNeeded: node + 1)
            var index = Self.start(node, word.fingerprint) & mask
            while true {
                let slot = slots[index]
                if slot.parent == 0 { return nil }
                if slot.parent == parent, slot.fingerprint == word.fingerprint, WordKey.sameBytes(words[index], word.text) {
                    return Int(slot.target)
                }
                index = (index + 1) & mask
            }
        }
    }

    /// Adds the edge `node` → `target` by `word` (not already present).
    mutating func add(from node: Int, by word: WordKey, to target: Int) {
        // At most half full: most look-ups are of words that are not there (most tokens of a
        // text are in no lexicon), and with linear probing a miss walks the run of full slots
        // it lands in, which grows quickly past half.
        if (count + 1) * 2 > slots.count { grow() }
        if node == 0, !firstWords.isEmpty { noteFirstWord(word.fingerprint) }
        place(Slot(fingerprint: word.fingerprint, parent: Int32(node + 1), target: Int32(target)), word: word.text)
        count += 1
    }

    private mutating func place(_ slot: Slot, word: String) {
        let mask = slots.count - 1
        var index = Self.start(Int(slot.parent) - 1, slot.fingerprint) & mask
        while slots[index].parent != 0 { index = (index + 1) & mask }
        slots[index] = slot
        words[index] = word
    }

    private mutating func grow() {
        let old = (slots, words)
        let capacity = slots.count * 2
        slots = Array(repeating: Slot(), count: capacity)
        words = Array(repeating: "", count: capacity)
        for index in old.0.indices where old.0[index].parent != 0 {
            place(old.0[index], word: old.1[index])
        }
        if firstWords.isEmpty, capacity >= Self.filteredCapacity {
            firstWords = Array(repeating: 0, count: 1 << 12)
            for slot in slots where slot.parent == 1 { noteFirstWord(slot.fingerprint) }
        }
    }

    private mutating func noteFirstWord(_ fingerprint: UInt64) {
        let bit = Self.firstWordBit(fingerprint)
        firstWords[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The bit of `firstWords` for a word's fingerprint.
    @inline(__always)
    private static func firstWordBit(_ fingerprint: UInt64) -> Int {
        Int(truncatingIfNeeded: (fingerprint &* 0x9E37_79B9_7F4A_7C15) >> 46)
    }

    /// Where probing for an edge starts: the fingerprint with the node mixed in.
    @inline(__always)
    private static func start(_ node: Int, _ fingerprint: UInt64) -> Int {
        let mixed = (fingerprint ^ (UInt64(truncatingIfNeeded: node) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 17)
    }
}
