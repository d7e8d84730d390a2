/// The ticks of a visual timeline's axis: where its years and months begin,
/// in the calendar people read, as day numbers (``CalendarConverter/dayNumber(_:)``).
///
/// ```swift
/// let axis = TimelineAxis(from: DayDate(year: 2011, month: 2, day: 15), to: DayDate(year: 2011, month: 8, day: 21),
///                         calendar: .persian)
/// axis.years.first?.label   // "۱۳۸۹": Solar Hijri years begin at Nowruz
/// ```
/// Months are listed only for spans up to ``monthLimit`` years; a page draws
/// them when zoomed in far enough.
public struct TimelineAxis: Sendable, Hashable {
    /// A point of the axis where a year or month begins.
    public struct Tick: Sendable, Hashable {
        public var day: Int
        public var label: String
    }

    /// The first and last day of the events drawn.
    public var from: DayDate
    public var to: DayDate
    public var years: [Tick]
    public var months: [Tick]

    /// The longest span, in years, whose months are listed.
    public static let monthLimit = 40

    public init(from: DayDate, to: DayDate, calendar: DisplayCalendar) {
        self.from = from
        self.to = to
        let system: CalendarSystem = calendar == .persian ? .solarHijri : .gregorian
        let firstYear = CalendarConverter.components(of: from, in: system).year
        let lastYear = CalendarConverter.components(of: to, in: system).year + 1
        var years: [Tick] = []
        var months: [Tick] = []
        let listMonths = lastYear - firstYear <= Self.monthLimit
        for year in firstYear...max(firstYear, lastYear) {
            guard let interval = CalendarConverter.yearInterval(year, in: system) else { continue }
            years.append(Tick(day: CalendarConverter.dayNumber(interval.lowerBound), label: Self.label(String(year), system)))
            guard listMonths else { continue }
            for month in 1...12 {
                guard let days = CalendarConverter.monthInterval(year: year, month: month, in: system) else { continue }
                let name = system == .solarHijri ? DisplayCalendar.solarHijriMonthNames[month - 1] : Self.gregorianMonthNames[month - 1]
                months.append(Tick(day: CalendarConverter.dayNumber(days.lowerBound), label: name))
            }
        }
        self.years = years
        self.months = months
    }

    /// The axis as the JSON object the page's script reads.
    public var json: String {
        func list(_ ticks: [Tick]) -> String {
            "[" + ticks.map { "[\($0.day),\"\(HTMLPage.escapedJSON($0.label))\"]" }.joined(separator: ",") + "]"
        }
        return "{\"from\":\(CalendarConverter.dayNumber(from)),\"to\":\(CalendarConverter.dayNumber(to)),"
            + "\"years\":\(list(years)),\"months\":\(list(months))}"
    }

    static let gregorianMonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func label(_ year: String, _ system: CalendarSystem) -> String {
        system == .solarHijri ? DisplayCalendar.persianDigits(year) : year
    }
}
