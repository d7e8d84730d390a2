/// The tense of the clause a time expression stands in, as far as its words tell:
/// it decides which way an underspecified day or month goes ("will vote in October"
/// is the next October, "voted in October" the last one).
enum Tense: Sendable, Hashable {
    case past
    /// Present, or no tense marker found: the nearest occurrence.
    case unmarked
    case future
}
