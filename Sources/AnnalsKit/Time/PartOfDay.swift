/// A part of a day, by its TIMEX3 code ("Monday evening" is `…TEV`).
enum PartOfDay: String, Sendable, Hashable, CaseIterable {
    case morning = "MO"
    case midday = "MI"
    case afternoon = "AF"
    case evening = "EV"
    case night = "NI"
    case daytime = "DT"
}
