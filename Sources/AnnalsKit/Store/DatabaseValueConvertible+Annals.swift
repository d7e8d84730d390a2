import GRDB

// The shared value types as database values: enums by their raw value, days as `YYYY-MM-DD` text.

extension DayDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> DayDate? {
        String.fromDatabaseValue(dbValue).flatMap(DayDate.init(iso:))
    }
}

extension Language: DatabaseValueConvertible {}
extension ActorKind: DatabaseValueConvertible {}
extension ActorMention.Form: DatabaseValueConvertible {}
extension ParticipantRole: DatabaseValueConvertible {}
extension Polarity: DatabaseValueConvertible {}
extension Modality: DatabaseValueConvertible {}
extension TimexType: DatabaseValueConvertible {}
extension Granularity: DatabaseValueConvertible {}
extension CalendarSystem: DatabaseValueConvertible {}

extension DayDate {
    /// The day in column `index` of `row`, stored as `YYYY-MM-DD` text; nil for NULL
    /// or anything else. Parses the bytes directly: every timeline row has two days.
    static func fromISOColumn(_ row: Row, _ index: Int) -> DayDate? {
        guard let text = row[index] as String? else { return nil }
        return DayDate(isoUTF8: text)
    }

    /// `YYYY-MM-DD` read from UTF-8 without splitting; nil for anything else or an impossible day.
    init?(isoUTF8 text: String) {
        let parsed: DayDate?? = text.utf8.withContiguousStorageIfAvailable { bytes -> DayDate? in
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 0x30
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
                  (1...12).contains(month), (1...DayDate.daysIn(month: month, year: year)).contains(day) else { return nil }
            return DayDate(year: year, month: month, day: day)
        }
        if let parsed {
            guard let parsed else { return nil }
            self = parsed
        } else {
            guard let slow = DayDate(iso: text) else { return nil }
            self = slow
        }
    }
}
