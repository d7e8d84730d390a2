// Times of day, alone or with their day.
extension TimeParser {
    /// A time of day at `index`: "10:30", "10 a.m.", "10:30 pm", "ساعت ۱۰", "ساعت ۱۰:۳۰ صبح", "ساعت ده صبح".
    /// A bare hour needs a clock word before it or a meridiem after it.
    func readClock(at index: Int) -> (hour: Int, minute: Int, end: Int)? {
        var position = index
        var lead = false
        if let word = word(at: position, .clockLead) {
            position += word.length
            lead = true
        }
        guard let reading = readNumber(at: position), !reading.ordinal, !reading.weak, reading.digits <= 2,
              (0...24).contains(reading.value) else { return nil }
        var hour = reading.value
        var minute = 0
        var hasMinutes = false
        position += reading.length
        if reading.digits > 0, isPunctuation(position, [":"]), touches(position - 1), touches(position),
           digits(at: position + 1) == 2, let minutes = number(at: position + 1), minutes < 60 {
            minute = minutes
            hasMinutes = true
            position += 2
        }
        var meridiem: Meridiem?
        if let word = word(at: position, .meridiem) {
            meridiem = word.word.meridiem
            position += word.length
        }
        guard lead || hasMinutes || meridiem != nil else { return nil }
        if let meridiem {
            guard let converted = meridiem.hour24(hour) else { return nil }
            hour = converted
        }
        guard hour < 24 || hour == 24 && minute == 0 else { return nil }
        return (hour % 24, minute, position)
    }

    /// A time of day, alone or before the day it falls on: "10:30", "10 a.m. on Tuesday",
    /// "ساعت ۱۰ صبح روز سه شنبه". (A day before its time, "Tuesday at 10 a.m.", is read by ``scanPoint(at:)``.)
    func scanClock(at index: Int) -> Outcome? {
        guard let clock = readClock(at: index) else { return nil }
        var position = clock.end
        if let joiner = word(at: position, .clockJoiner) { position += joiner.length }
        if var day = day(at: position) {
            day.tokens = index..<day.tokens.upperBound
            day.clock = Clock(hour: clock.hour, minute: clock.minute)
            return .found(day)
        }
        return .found(Found(tokens: index..<clock.end, mention: .clock(hour: clock.hour, minute: clock.minute)))
    }

    /// A day at `index` that a time of day can belong to: a date with its day, a weekday, "tomorrow".
    func day(at index: Int) -> Found? {
        guard index < tokens.count else { return nil }
        for scanner in Scanner.days {
            if case .found(let item)? = run(scanner, at: index), item.clock == nil, Self.isDay(item.mention) { return item }
        }
        return nil
    }

    static func isDay(_ mention: TimeMention) -> Bool {
        switch mention {
        case .date(_, _, _?, _?), .weekday, .relativeDay: true
        default: false
        }
    }

    /// `item` with the time of day written after it ("Tuesday at 10 a.m.", "سه شنبه ساعت ۱۰"), if any.
    func withClockAfter(_ item: Found) -> Found {
        guard item.clock == nil, item.begin == nil, Self.isDay(item.mention) else { return item }
        var position = item.tokens.upperBound
        if let joiner = word(at: position, .clockJoiner) { position += joiner.length }
        guard let clock = readClock(at: position) else { return item }
        var extended = item
        extended.tokens = item.tokens.lowerBound..<clock.end
        extended.clock = Clock(hour: clock.hour, minute: clock.minute)
        return extended
    }
}
