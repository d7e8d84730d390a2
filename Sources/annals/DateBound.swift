import ArgumentParser
import AnnalsKit

/// Reads the day a `--from` or `--to` option names.
///
/// Accepted: `YYYY-MM-DD`, a Gregorian day (`2009-05-06`); `sh:YYYY-MM-DD`, a
/// Solar Hijri day, converted (`sh:1388-02-16` is 2009-05-06). A bare year
/// from 1300 to 1499 could be either calendar, so it is refused with both
/// spellings suggested (`g:1388-02-16` forces the Gregorian reading). Other
/// forms (`2009/05/06`, `6 May 2009`) are refused, never guessed.
enum DateBound {
    static func day(_ text: String, option: String) throws -> DayDate {
        let lowered = text.lowercased()
        if lowered.hasPrefix("sh:") {
            guard let (year, month, day) = parts(lowered.dropFirst(3)),
                  let date = CalendarConverter.gregorian(year: year, month: month, day: day, in: .solarHijri)
            else { throw ValidationError("\(option) '\(text)' is not a Solar Hijri day; write it as sh:YYYY-MM-DD, e.g. sh:1388-02-16.") }
            return date
        }
        let explicitlyGregorian = lowered.hasPrefix("g:")
        let digits = explicitlyGregorian ? lowered.dropFirst(2) : Substring(lowered)
        guard let (year, month, day) = parts(digits),
              let date = CalendarConverter.gregorian(year: year, month: month, day: day, in: .gregorian)
        else { throw ValidationError("\(option) '\(text)' is not a date; write it as YYYY-MM-DD, e.g. 2009-05-06.") }
        if !explicitlyGregorian, (1300...1499).contains(year) {
            throw ValidationError("""
                \(option) '\(text)' could be a Solar Hijri or a Gregorian day: write sh:\(digits) \
                for the Solar Hijri day or g:\(digits) for the Gregorian one.
                """)
        }
        return date
    }

    /// Year, month and day of `YYYY-MM-DD` in ASCII digits.
    private static func parts(_ text: Substring) -> (Int, Int, Int)? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              fields.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2])
        else { return nil }
        return (year, month, day)
    }

    /// Refuses a range that ends before it starts.
    static func validate(from: DayDate?, to: DayDate?) throws {
        if let from, let to, to < from {
            throw ValidationError("--from \(from.iso) is after --to \(to.iso): no event can be in that range.")
        }
    }
}
