// Times of day, alone or with their day.
extension TimeParser {
    /// A time of day at `index`: "10:30", "10 a.m.", "10:30 pm", "ساعت ۱۰", "ساعت ۱۰:۳۰ صبح", "ساعت ده صبح".
    /// A bare hour needs a clock word before it or a meridiem after it. A listed time zone may follow
    /// ("5 p.m. EST", "ساعت ۹ به وقت تهران"); a listed clock word is a time by itself ("noon").
    func readClock(at index: Int) -> (clock: Clock, zone: String?, end: Int, meridiem: Meridiem?)? {
        var position = index
        if let named = word(at: position, .clockWord), let clock = named.word.clock {
            position += named.length
            let zone = readZone(at: &position)
            return (clock, zone, position, nil)
        }
        var lead = false
        if let word = word(at: position, .clockLead) {
            position += word.length
            lead = true
        }
        if let before = readMinutesBefore(at: position, lead: lead) { return before }
        guard let reading = readNumber(at: position), !reading.ordinal, !reading.weak, reading.digits <= 2,
              (0...24).contains(reading.value) else { return nil }
        var hour = reading.value
        var minute = 0
        var hasMinutes = false
        position += reading.length
        var second: Int?
        // Minutes said after "و" need the clock word before the hour or a meridiem after the minutes
        // ("ساعت نه و نیم", "نه و نیم شب"): "پنج و ده دقیقه" alone is no time of day.
        var minutesJoined = false
        if reading.digits > 0, isPunctuation(position, [":"]), touches(position - 1), touches(position),
           digits(at: position + 1) == 2, let minutes = number(at: position + 1), minutes < 60 {
            minute = minutes
            hasMinutes = true
            position += 2
            // "2:05:11".
            if isPunctuation(position, [":"]), touches(position - 1), touches(position),
               digits(at: position + 1) == 2, let seconds = number(at: position + 1), seconds < 60 {
                second = seconds
                position += 2
            }
        } else if let joiner = word(at: position, .joiner) {
            minutesJoined = true
            // "ساعت هفت و ده دقیقه و بیست ثانیه", "ساعت نه و نیم".
            if let part = word(at: position + joiner.length, .clockMinutes) {
                minute = part.word.number
                hasMinutes = true
                position += joiner.length + part.length
            } else if let minutes = readNumber(at: position + joiner.length), !minutes.ordinal, minutes.value < 60,
                      let unit = word(at: position + joiner.length + minutes.length, .unit), unit.word.unit == .minute {
                minute = minutes.value
                hasMinutes = true
                position += joiner.length + minutes.length + unit.length
                if let secondJoiner = word(at: position, .joiner),
                   let seconds = readNumber(at: position + secondJoiner.length), !seconds.ordinal, seconds.value < 60,
                   let secondUnit = word(at: position + secondJoiner.length + seconds.length, .unit),
                   secondUnit.word.unit == .second {
                    second = seconds.value
                    position += secondJoiner.length + seconds.length + secondUnit.length
                }
            }
        }
        var meridiem: Meridiem?
        if let word = word(at: position, .meridiem) {
            meridiem = word.word.meridiem
            position += word.length
        }
        guard lead || meridiem != nil || hasMinutes && !minutesJoined else { return nil }
        if let meridiem {
            guard let converted = meridiem.hour24(hour) else { return nil }
            hour = converted
        }
        guard hour < 24 || hour == 24 && minute == 0 else { return nil }
        let zone = readZone(at: &position)
        return (Clock(hour: hour % 24, minute: minute, second: second), zone, position, meridiem)
    }

    /// "یک ربع به ده" 09:45, "ساعت ده دقیقه به هشت" 07:50: minutes (a count of minutes, or of the listed
    /// `clock-minutes` parts, "ربع") before a `clock-before` word and the hour they lead up to. Minutes counted
    /// in their unit need the clock word before them, a meridiem after the hour or no word after it: "ده دقیقه
    /// به دو تیم فرصت داد" is an amount of time given to two teams.
    private func readMinutesBefore(at index: Int, lead: Bool) -> (clock: Clock, zone: String?, end: Int, meridiem: Meridiem?)? {
        var position = index
        var minutes = 0
        var parts = false
        let count = readNumber(at: position).flatMap { !$0.ordinal && !$0.weak && $0.value >= 1 ? $0 : nil }
        if let part = word(at: position + (count?.length ?? 0), .clockMinutes) {
            minutes = (count?.value ?? 1) * part.word.number
            position += (count?.length ?? 0) + part.length
            parts = true
        } else if let count, let unit = word(at: position + count.length, .unit), unit.word.unit == .minute, !unit.word.plural {
            minutes = count.value
            position += count.length + unit.length
        } else {
            return nil
        }
        guard (1..<60).contains(minutes), let before = word(at: position, .clockBefore),
              let reading = readNumber(at: position + before.length), !reading.ordinal, !reading.weak, reading.digits <= 2,
              (1...24).contains(reading.value) else { return nil }
        position += before.length + reading.length
        var hour = reading.value
        var meridiem: Meridiem?
        if let word = word(at: position, .meridiem), let converted = word.word.meridiem?.hour24(hour) {
            meridiem = word.word.meridiem
            hour = converted
            position += word.length
        }
        guard lead || parts || meridiem != nil || position >= tokens.count || tokens[position].kind != .word else { return nil }
        let total = (hour * 60 - minutes + 24 * 60) % (24 * 60)
        let zone = readZone(at: &position)
        return (Clock(hour: total / 60, minute: total % 60), zone, position, meridiem)
    }

    /// The time zone listed at `position`, if any, moving `position` past it.
    private func readZone(at position: inout Int) -> String? {
        guard let zone = word(at: position, .timeZone) else { return nil }
        position += zone.length
        return zone.word.value
    }

    /// A time of day, alone or before the day it falls on: "10:30", "10 a.m. on Tuesday",
    /// "ساعت ۱۰ صبح روز سه شنبه". (A day before its time, "Tuesday at 10 a.m.", is read by ``scanPoint(at:)``.)
    func scanClock(at index: Int) -> Outcome? {
        guard var clock = readClock(at: index) else { return scanHourBeforeClock(at: index) }
        // "ساعت ۹ یا ۱۰ شب": an hour with no meridiem takes that of the time of day joined after it.
        if clock.meridiem == nil, clock.clock.hour <= 12, clock.zone == nil,
           let joiner = word(at: clock.end, .joiner) ?? word(at: clock.end, .countRange),
           let meridiem = readClock(at: clock.end + joiner.length)?.meridiem, let hour = meridiem.hour24(clock.clock.hour) {
            clock.clock.hour = hour
        }
        // "won in 2:05:11", "a time of 1:02:30": hours, minutes and seconds after a word that leads a length
        // of time are a race time, not a time of day.
        if let second = clock.clock.second, clock.zone == nil, clock.end - index == 5,
           (1...3).contains(where: { length in word(at: index - length, .durationLead)?.length == length }) {
            let parts = [(clock.clock.hour, TimeUnit.hour), (clock.clock.minute, .minute), (second, .second)].filter { $0.0 > 0 }
            return .found(Found(tokens: index..<clock.end, mention: .period(TimeUnit.period(of: parts))))
        }
        var position = clock.end
        if let joiner = word(at: position, .clockJoiner) { position += joiner.length }
        if var day = day(at: position) {
            day.tokens = index..<day.tokens.upperBound
            day.clock = clock.clock
            day.zone = clock.zone
            return .found(day)
        }
        var found = Found(tokens: index..<clock.end, mention: .clock(clock.clock))
        found.zone = clock.zone
        return .found(found)
    }

    /// "نه و نه و نیم شب", "9 or 10 p.m.": a bare hour joined by "و" or "یا" to a time of day with a
    /// meridiem is a time of day of its own, in the same half of the day.
    private func scanHourBeforeClock(at index: Int) -> Outcome? {
        guard let reading = readNumber(at: index), !reading.ordinal, !reading.weak, reading.digits <= 2,
              (1...12).contains(reading.value) else { return nil }
        let joinerAt = index + reading.length
        guard let joiner = word(at: joinerAt, .joiner) ?? word(at: joinerAt, .countRange),
              let meridiem = readClock(at: joinerAt + joiner.length)?.meridiem,
              let hour = meridiem.hour24(reading.value) else { return nil }
        return .found(Found(tokens: index..<joinerAt, mention: .clock(Clock(hour: hour, minute: 0))))
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
        case .date(_, _, _?, _?), .weekday, .relativeDay, .namedDay, .dayOfMonth: true
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
        var time = clock.clock
        // "فردا شب ساعت ۱۰": the part of the day already said sets the half of the day.
        if let part = item.partOfDay, time.hour < 12, let meridiem = part.meridiem, let converted = meridiem.hour24(time.hour) {
            time.hour = converted
        }
        extended.clock = time
        extended.zone = clock.zone
        return extended
    }

    /// `item` with the part of the day written after it ("Tuesday evening", "yesterday morning"), if any.
    func withPartOfDayAfter(_ item: Found) -> Found {
        guard item.clock == nil, item.partOfDay == nil, item.begin == nil, Self.isDay(item.mention),
              let part = word(at: item.tokens.upperBound, .partOfDay) else { return item }
        // "Tuesday nights": that part of each such weekday.
        if part.word.plural {
            guard case .weekday(let weekday, nil) = item.mention, let value = part.word.partOfDay else { return item }
            return Found(tokens: item.tokens.lowerBound..<(item.tokens.upperBound + part.length),
                         mention: .set("XXXX-WXX-\(weekday)T" + value.rawValue))
        }
        var extended = item
        extended.tokens = item.tokens.lowerBound..<(item.tokens.upperBound + part.length)
        extended.partOfDay = part.word.partOfDay
        return extended
    }

    /// "this morning", "this evening", "last night": a part of today, or of yesterday after "last".
    /// "mid-afternoon", "late evening yesterday": a part of the day with a mod word before it, of the
    /// day word right after it or else of the reference day.
    func scanPartOfDay(at index: Int) -> Outcome? {
        if let mod = word(at: index, .mod) {
            var inner = index + mod.length
            if inner < tokens.count, tokens[inner].text == "-", touches(inner - 1) { inner += 1 }
            if let part = word(at: inner, .partOfDay), !part.word.plural, let value = part.word.partOfDay {
                // "اواخر شب گذشته": a part of the day that names its day too ("last night") keeps it.
                let named = word(at: inner, .relativeDay).flatMap { $0.length == part.length ? $0.word.number : nil }
                var found = Found(tokens: index..<(inner + part.length), mention: .relativeDay(named ?? 0))
                if let day = word(at: found.tokens.upperBound, .relativeDay) {
                    found = Found(tokens: index..<(found.tokens.upperBound + day.length), mention: .relativeDay(day.word.number))
                }
                found.partOfDay = value
                return .found(found)
            }
        }
        guard let shift = word(at: index, .shift), shift.word.prefix, shift.word.number <= 0,
              let part = word(at: index + shift.length, .partOfDay) else { return nil }
        var found = Found(tokens: index..<(index + shift.length + part.length), mention: .relativeDay(shift.word.number))
        found.partOfDay = part.word.partOfDay
        return .found(found)
    }
}
