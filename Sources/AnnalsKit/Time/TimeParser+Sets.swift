// Repeated times: "every year", "هر سال".
extension TimeParser {
    /// "every year", "every week", "هر سال": once each unit.
    func scanSet(at index: Int) -> Outcome? {
        guard let every = word(at: index, .setEvery), let unit = word(at: index + every.length, .unit),
              let value = unit.word.unit else { return nil }
        return .found(Found(tokens: index..<(index + every.length + unit.length), mention: .set("P1" + value.durationCode)))
    }
}
