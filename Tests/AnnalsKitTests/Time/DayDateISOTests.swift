import Testing
@testable import AnnalsKit

/// `DayDate.iso` writes four digits of year and two of month and day, zero-padded,
/// and reads back through `DayDate(iso:)`; years past four digits keep every digit.
@Suite struct DayDateISOTests {
    @Test(arguments: [
        (2009, 5, 6, "2009-05-06"),
        (1, 1, 1, "0001-01-01"),
        (0, 12, 31, "0000-12-31"),
        (622, 7, 16, "0622-07-16"),
        (1999, 10, 10, "1999-10-10"),
        (9999, 12, 31, "9999-12-31"),
        (10_000, 1, 2, "10000-01-02"),
        (123_456, 11, 9, "123456-11-09"),
    ])
    func writesZeroPaddedDays(year: Int, month: Int, day: Int, expected: String) {
        let date = DayDate(year: year, month: month, day: day)
        #expect(date.iso == expected)
        #expect(date.description == expected)
        if year <= 9999 { #expect(DayDate(iso: expected) == date) }
    }
}
