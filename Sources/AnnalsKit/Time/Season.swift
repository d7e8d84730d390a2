/// A season, by its TIMEX3 code.
enum Season: String, Sendable, Hashable, CaseIterable {
    case spring = "SP"
    case summer = "SU"
    case fall = "FA"
    case winter = "WI"

    /// The first month of the season in a calendar whose year starts in spring (Solar Hijri).
    var firstMonthOfSpringYear: Int {
        switch self {
        case .spring: 1
        case .summer: 4
        case .fall: 7
        case .winter: 10
        }
    }
}
