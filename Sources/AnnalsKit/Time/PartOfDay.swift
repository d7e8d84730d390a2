/// A part of a day, by its TIMEX3 code ("Monday evening" is `…TEV`).
enum PartOfDay: String, Sendable, Hashable, CaseIterable {
    case morning = "MO"
    case midday = "MI"
    case afternoon = "AF"
    case evening = "EV"
    case night = "NI"
    case daytime = "DT"

    /// How an hour said in this part of the day reads ("ten at night" is 22:00).
    var meridiem: Meridiem? {
        switch self {
        case .morning: .am
        case .afternoon, .evening: .pm
        case .night: .night
        case .midday: .noon
        case .daytime: nil
        }
    }
}
