/// What a word after an hour says about it ("a.m.", "p.m.", "شب", "o'clock"), as listed in `time-words.tsv`.
enum Meridiem: String, Sendable, Hashable, CaseIterable {
    /// Before noon: 12 is midnight.
    case am = "AM"
    /// After noon: 1–11 add 12.
    case pm = "PM"
    /// At night: 6–11 add 12, 12 is midnight, 1–5 stay.
    case night = "NIGHT"
    /// About noon ("ساعت ۱۱ ظهر", "ساعت ۱ ظهر"): 11 and 12 stay, 1–10 add 12.
    case noon = "NOON"
    /// Says nothing of the half of the day ("o'clock").
    case any = "ANY"

    /// The hour on a 24-hour clock, or nil when `hour` cannot go with this word.
    func hour24(_ hour: Int) -> Int? {
        switch self {
        case .am:
            guard (0...12).contains(hour) else { return nil }
            return hour == 12 ? 0 : hour
        case .pm:
            guard (0...12).contains(hour) else { return nil }
            return hour < 12 ? hour + 12 : hour
        case .night:
            guard (0...12).contains(hour) else { return nil }
            return hour == 12 ? 0 : hour >= 6 ? hour + 12 : hour
        case .noon:
            guard (0...12).contains(hour) else { return nil }
            return hour >= 11 ? hour : hour + 12
        case .any:
            return hour
        }
    }
}
