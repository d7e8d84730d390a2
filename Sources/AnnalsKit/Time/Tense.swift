/// The tense of the clause a time expression stands in, as far as its words tell:
/// it decides which way an underspecified day or month goes ("will vote in October"
/// is the next October, "voted in October" the last one).
enum Tense: Sendable, Hashable {
    case past
    /// Present, or no tense marker found: the nearest occurrence.
    case unmarked
    case future
    /// A limit set in a past clause ("ordered him back by Jan. 14" on Jan. 15): a calendar day or month is
    /// one just gone, at most `near-future-days` before the reference, else the coming one; a weekday is the
    /// coming one, as in the future ("the deadline was extended until Tuesday").
    case nearest
}
