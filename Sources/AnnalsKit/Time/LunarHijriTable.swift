/// The first days of the Lunar Hijri months 1300–1500 AH, from `time/lunar-hijri-months.tsv`.
///
/// Foundation's `.islamicUmmAlQura` calendar agrees with the published Umm al-Qura
/// table only for 1420–1449 AH; elsewhere it is off by a day or two in many months.
/// ``CalendarConverter`` reads Lunar Hijri dates through this table inside its range
/// (see the file's header for where each part of the table comes from) and falls back
/// to Foundation outside it.
struct LunarHijriTable: Sendable {
    /// The first year listed.
    let firstYear: Int
    /// The day number (``CalendarConverter/dayNumber(_:)``) of the first day of each month,
    /// month by month from Muharram of `firstYear`, and one more: the day after the last month.
    let starts: [Int]

    /// The table built into Annals; nil only if the embedded file were broken (its test says it is not).
    static let embedded: LunarHijriTable? = try? LunarHijriTable(resources: .embedded)

    /// Reads and checks `time/lunar-hijri-months.tsv`: consecutive months, each 28–31 days long.
    init(resources: ResourceLibrary) throws(ResourceError) {
        let table = try resources.table("time/lunar-hijri-months.tsv")
        var firstYear: Int?
        var starts: [Int] = []
        var expected: (year: Int, month: Int)?
        for row in table.rows {
            let year = try row.integer("year")
            let month = try row.integer("month")
            let text = try row.value("gregorian")
            guard let date = DayDate(iso: text) else { throw row.error("'\(text)' is not a YYYY-MM-DD date") }
            if let expected, (year, month) != expected {
                throw row.error("expected \(expected.year)-\(expected.month), found \(year)-\(month)")
            }
            guard (1...12).contains(month) else { throw row.error("month \(month) is not 1-12") }
            let number = CalendarConverter.dayNumber(date)
            if let last = starts.last, !(28...31).contains(number - last) {
                throw row.error("a month of \(number - last) days ends here")
            }
            if firstYear == nil {
                guard month == 1 else { throw row.error("the table starts with month 1") }
                firstYear = year
            }
            starts.append(number)
            expected = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        guard let firstYear, starts.count > 12, (starts.count - 1) % 12 == 0 else {
            throw .malformed(file: table.path, line: 1, reason: "the table needs whole years and the first day after them")
        }
        self.firstYear = firstYear
        self.starts = starts
    }

    /// The years the table covers.
    var years: ClosedRange<Int> { firstYear...(firstYear + (starts.count - 1) / 12 - 1) }

    /// The day number of `day`/`month`/`year`: nil when the year is outside the table
    /// (see ``covers(year:)``) or the day is not in that month.
    func dayNumber(year: Int, month: Int, day: Int) -> Int? {
        guard years.contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let index = (year - firstYear) * 12 + month - 1
        guard day <= starts[index + 1] - starts[index] else { return nil }
        return starts[index] + day - 1
    }

    /// The Lunar Hijri year, month and day of day number `number`, if the table covers it.
    func components(ofDayNumber number: Int) -> (year: Int, month: Int, day: Int)? {
        guard let first = starts.first, let last = starts.last, number >= first, number < last else { return nil }
        // The last month starting on or before `number`.
        var low = 0
        var high = starts.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= number { low = middle } else { high = middle }
        }
        return (firstYear + low / 12, low % 12 + 1, number - starts[low] + 1)
    }
}
