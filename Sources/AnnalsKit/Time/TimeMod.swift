/// A TIMEX3 `mod`: which part of a period is meant ("early May", "mid-1994", "about 1990").
enum TimeMod: String, Sendable, Hashable, CaseIterable {
    case start = "START"
    case mid = "MID"
    case end = "END"
    case approx = "APPROX"
}
