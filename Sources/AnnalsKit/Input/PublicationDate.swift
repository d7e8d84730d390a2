/// Reads the publication dates that front matter, JSON Lines and `--published` give.
///
/// Accepted: `YYYY-MM-DD`, an ISO 8601 date-time whose date part is that
/// (`2009-05-06T10:30:00Z`), and `YYYY/MM/DD`. Persian digits are accepted.
public enum PublicationDate {
    /// The day `text` names, or nil when it is not one of the accepted forms.
    public static func parse(_ text: String) -> DayDate? {
        let folded = TextNormalizer().normalizedString(text)
        var datePart = Substring(folded)
        if let cut = datePart.firstIndex(where: { $0 == "t" || $0 == " " }) { datePart = datePart[..<cut] }
        return DayDate(iso: datePart.replacingOccurrences(of: "/", with: "-"))
    }
}

private extension Substring {
    func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
