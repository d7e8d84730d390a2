// Anniversaries: "the 15th anniversary", "پانزدهمین سالگرد".
extension TimeParser {
    /// "the 15th anniversary", "پانزدهمین سالگرد", "پانزدهمین سال برقراری روابط": the Nth anniversary
    /// of something. Its year is worked out by ``TemporalTagger`` from a year nearby, if any.
    func scanAnniversary(at index: Int) -> Outcome? {
        guard let reading = readNumber(at: index), reading.ordinal, (1...1000).contains(reading.value) else { return nil }
        let position = index + reading.length
        if let word = word(at: position, .anniversary) {
            return .found(Found(tokens: index..<(position + word.length), mention: .anniversary(reading.value)))
        }
        // "the 15th year of relations", "پانزدهمین سال برقراری": the ordinal year of something begun,
        // which news writes for its anniversary; only before a word of beginning.
        if let yearWord = word(at: position, .yearWord), yearWord.length == 1 {
            var next = position + 1
            if let of = word(at: next, .of) { next += of.length }
            if word(at: next, .anniversaryOf) != nil {
                return .found(Found(tokens: index..<(position + 1), mention: .anniversary(reading.value)))
            }
        }
        return nil
    }
}
