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
