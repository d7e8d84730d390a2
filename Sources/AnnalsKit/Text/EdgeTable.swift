/// The edges of a ``PhraseLexicon`` trie: (node, word) → node, in one open-addressing table.
///
/// A look-up mixes the node number into the word's precomputed fingerprint and
/// probes flat arrays: no hashing of the word's bytes and no allocation, which
/// matters because every token of every text is looked up in several lexicons.
/// The word's bytes are compared only when node and fingerprint agree.
struct EdgeTable: Sendable {
    /// Per slot: the parent node plus one (0 marks an empty slot), the word's
    /// fingerprint, the child node and the word itself.
    private var parents: [Int32] = Array(repeating: 0, count: 16)
    private var fingerprints: [UInt64] = Array(repeating: 0, count: 16)
    private var targets: [Int32] = Array(repeating: 0, count: 16)
    private var words: [String] = Array(repeating: "", count: 16)
    private var count = 0

    /// The node reached from `node` by `word`, if the trie has that edge.
    @inline(__always)
    func target(from node: Int, by word: WordKey) -> Int? {
        let mask = parents.count - 1
        let parent = Int32(truncatingIfNeeded: node + 1)
        var index = Self.start(node, word.fingerprint) & mask
        while true {
            let found = parents[index]
            if found == 0 { return nil }
            if found == parent, fingerprints[index] == word.fingerprint, WordKey.sameBytes(words[index], word.text) {
                return Int(targets[index])
            }
            index = (index + 1) & mask
        }
    }

    /// Adds the edge `node` → `target` by `word` (not already present).
    mutating func add(from node: Int, by word: WordKey, to target: Int) {
        // At most half full: most look-ups are of words that are not there (most tokens of a
        // text are in no lexicon), and with linear probing a miss walks the run of full slots
        // it lands in, which grows quickly past half.
        if (count + 1) * 2 > parents.count { grow() }
        place(parent: Int32(node + 1), fingerprint: word.fingerprint, target: Int32(target), word: word.text)
        count += 1
    }

    private mutating func place(parent: Int32, fingerprint: UInt64, target: Int32, word: String) {
        let mask = parents.count - 1
        var index = Self.start(Int(parent) - 1, fingerprint) & mask
        while parents[index] != 0 { index = (index + 1) & mask }
        parents[index] = parent
        fingerprints[index] = fingerprint
        targets[index] = target
        words[index] = word
    }

    private mutating func grow() {
        let old = (parents, fingerprints, targets, words)
        let capacity = parents.count * 2
        parents = Array(repeating: 0, count: capacity)
        fingerprints = Array(repeating: 0, count: capacity)
        targets = Array(repeating: 0, count: capacity)
        words = Array(repeating: "", count: capacity)
        for index in old.0.indices where old.0[index] != 0 {
            place(parent: old.0[index], fingerprint: old.1[index], target: old.2[index], word: old.3[index])
        }
    }

    /// Where probing for an edge starts: the fingerprint with the node mixed in.
    @inline(__always)
    private static func start(_ node: Int, _ fingerprint: UInt64) -> Int {
        let mixed = (fingerprint ^ (UInt64(truncatingIfNeeded: node) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 17)
    }
}
