// Repeated times: "every year", "هر سال", "every two weeks", "هر ۱۵ دقیقه", "every night", "each Thursday".
extension TimeParser {
    /// "every year", "every two weeks", "هر ۱۵ دقیقه یک بار": once each (N) units; "every night",
    /// "هر صبح": a part of each day; "each Thursday": each such weekday; "each July": each such month.
    func scanSet(at index: Int) -> Outcome? {
        guard let every = word(at: index, .setEvery) else { return nil }
        var position = index + every.length
        let set: String
        if let part = word(at: position, .partOfDay), let value = part.word.partOfDay {
            set = "XXXX-XX-XXT" + value.rawValue
            position += part.length
        } else if let weekday = word(at: position, .weekday) {
            set = "XXXX-WXX-\(weekday.word.number)"
            position += weekday.length
        } else if let month = readMonth(at: position), month.calendar == .gregorian {
            // "each July", "every January".
            set = String(format: "XXXX-%02d", month.month)
            position += month.length
        } else {
            var count = 1
            if let amount = readNumber(at: position), !amount.ordinal, !amount.weak, (1...1000).contains(amount.value) {
                count = amount.value
                position += amount.length
            }
            guard let unit = word(at: position, .unit), let value = unit.word.unit else { return nil }
            set = value.period(String(count))
            position += unit.length
        }
        // "هر روز یک بار", "once".
        if let once = word(at: position, .once) { position += once.length }
        return .found(Found(tokens: index..<position, mention: .set(set)))
    }
}
