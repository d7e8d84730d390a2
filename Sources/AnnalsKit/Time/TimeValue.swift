/// The calendar a date was written in.
public enum CalendarSystem: String, Sendable, Hashable, Codable, CaseIterable {
    case gregorian
    case solarHijri = "solar-hijri"
    case lunarHijri = "lunar-hijri"
}

/// How precise a time value is: the unit its bounds fall on.
///
/// A half of a year (`2014-H1`, January to June) is `quarter`: its bounds are quarter bounds, as a
/// range's granularity is its points' ("from Q1 to Q2 2014").
public enum Granularity: String, Sendable, Hashable, Codable, CaseIterable {
    case day, week, month, season, quarter, year, decade, century
    /// A duration, a set or a reference like "now": no point on the timeline.
    case none
}

/// The TIMEX3 `type` attribute.
public enum TimexType: String, Sendable, Hashable, Codable, CaseIterable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
}

/// A Gregorian calendar day, the unit of every interval Annals stores.
public struct DayDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible day.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...DayDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        // Four digits of year, two of month and day: ten ASCII bytes, written in place.
        if (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) {
            return String(unsafeUninitializedCapacity: 10) { bytes in
                let zero = UInt8(ascii: "0")
                bytes[0] = zero + UInt8(year / 1000)
                bytes[1] = zero + UInt8(year / 100 % 10)
                bytes[2] = zero + UInt8(year / 10 % 10)
                bytes[3] = zero + UInt8(year % 10)
                bytes[4] = UInt8(ascii: "-")
                bytes[5] = zero + UInt8(month / 10)
                bytes[6] = zero + UInt8(month % 10)
                bytes[7] = UInt8(ascii: "-")
                bytes[8] = zero + UInt8(day / 10)
                bytes[9] = zero + UInt8(day % 10)
                return 10
            }
        }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    public static func < (lhs: DayDate, rhs: DayDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The number of days in a Gregorian month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = DayDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// What a temporal expression means: its TIMEX3 value and, when it is a point
/// or stretch of the timeline, the Gregorian days it spans.
///
/// "1373 شمسی" is `TimeValue(timex: "1994", start: 1994-03-21, end: 1995-03-20,
/// granularity: .year, calendar: .solarHijri)`: the TIMEX3 value names the
/// Gregorian year it mostly falls in, while the interval is exact.
public struct TimeValue: Sendable, Hashable, Codable {
    /// The TIMEX3 `value`, e.g. `1994`, `2009-05-05`, `XXXX-WXX-2`, `P15Y`, `PRESENT_REF`.
    public var timex: String
    /// The TIMEX3 `type`.
    public var type: TimexType
    /// The first Gregorian day of the interval, when it is known.
    public var start: DayDate?
    /// The last Gregorian day of the interval (inclusive), when it is known.
    public var end: DayDate?
    /// How precise the value is.
    public var granularity: Granularity
    /// The calendar the text used.
    public var calendar: CalendarSystem
    /// The TIMEX3 `mod` (`START`, `MID`, `END`, `APPROX`, …), if any.
    public var mod: String?
    /// For a time of day given with its zone ("5 p.m. EST", "ساعت ۹ به وقت تهران"): the zone as listed
    /// in `time-words.tsv` ("EST", "Asia/Tehran"); the TIMEX3 value stays the local time.
    public var timeZone: String? = nil

    public init(timex: String, type: TimexType = .date, start: DayDate? = nil, end: DayDate? = nil,
                granularity: Granularity, calendar: CalendarSystem = .gregorian, mod: String? = nil) {
        self.timex = timex
        self.type = type
        self.start = start
        self.end = end
        self.granularity = granularity
        self.calendar = calendar
        self.mod = mod
    }

    /// Whether the value is a known stretch of the timeline (it has an interval).
    public var isAnchored: Bool { start != nil && end != nil }
}
