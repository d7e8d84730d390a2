/// Reads the publication dates that front matter, JSON Lines and `--published` give.
///
/// Accepted: `YYYY-MM-DD`, an ISO 8601 date-time whose date part is that
/// (`2009-05-06T10:30:00Z`), and `YYYY/MM/DD`, in any digits. A year from 1300
/// to 1499 is a Solar Hijri year, as Persian outlets date their articles
/// (`1388-02-16` is 2009-05-06); no news is published in those Gregorian years.
public enum PublicationDate {
    /// The Gregorian day `text` names, or nil when it is not one of the accepted forms.
    public static func parse(_ text: String) -> DayDate? {
        let folded = TextNormalizer().normalizedString(text)
        var datePart = Substring(folded)
        if let cut = datePart.firstIndex(where: { $0 == "t" || $0 == " " }) { datePart = datePart[..<cut] }
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: "/", omittingEmptySubsequences: false)
        }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        let calendar: CalendarSystem = (1300...1499).contains(year) ? .solarHijri : .gregorian
        guard (1...12).contains(month), let days = CalendarConverter.daysIn(month: month, year: year, in: calendar),
              (1...days).contains(day)
        else { return nil }
        return CalendarConverter.gregorian(year: year, month: month, day: day, in: calendar)
    }
}
