// A part of the day said before its day or its time of day: "عصر روز یکشنبه", "سحرگاه جمعه", "عصر حدود ساعت هفت".
extension TimeParser {
    /// A listed `part-of-day-lead` word, then the day it is part of ("سحرگاه امروز", "عصر روز یکشنبه") or
    /// the time of day it places in its half of the day, with an approximating mod between them
    /// ("عصر حدود ساعت هفت" is 19:00, "صبح ساعت ۸" 08:00).
    ///
    /// A lead marked `eve` names the night before the day it stands before ("شب جمعه" is Thursday night, as
    /// the days of the Hijri calendars begin at sunset); not the night of a day counted from the reference,
    /// nor after a day word ("شب روز جمعه").
    func scanPartOfDayLead(at index: Int) -> Outcome? {
        guard let lead = word(at: index, .partOfDayLead), let part = lead.word.partOfDay else { return nil }
        let position = index + lead.length
        // "عصر روز ۲۰ اردیبهشت": the day word before a date the day scanners read without it.
        let dayWord = word(at: position, .dayWord).map(\.length) ?? 0
        if var day = day(at: position) ?? (dayWord > 0 ? day(at: position + dayWord) : nil) {
            day.tokens = index..<day.tokens.upperBound
            day.partOfDay = part
            // Not "شب روز جمعه", the night of the day itself.
            if lead.word.eve, dayWord == 0, !Self.isCountedFromReference(day.mention) { day.dayShift = -1 }
            return .found(day)
        }
        var clockStart = position
        let mod = word(at: position, .mod)
        if let mod, mod.word.mod == .approx { clockStart += mod.length }
        guard case .found(var found)? = scanClock(at: clockStart) else { return nil }
        // "عصر ساعت هفت": the part of the day tells the half of the day an hour below 12 falls in.
        func placed(_ clock: Clock) -> Clock {
            guard clock.hour < 12, let meridiem = part.meridiem, let hour = meridiem.hour24(clock.hour) else { return clock }
            var placed = clock
            placed.hour = hour
            return placed
        }
        if case .clock(let clock) = found.mention {
            found.mention = .clock(placed(clock))
        } else if let clock = found.clock {
            found.clock = placed(clock)
        }
        found.tokens = index..<found.tokens.upperBound
        if clockStart > position { found.mod = .approx }
        return .found(found)
    }

    /// Whether a day is counted from the reference ("فردا", "امروز") rather than named.
    static func isCountedFromReference(_ mention: TimeMention) -> Bool {
        if case .relativeDay = mention { return true }
        return false
    }
}
