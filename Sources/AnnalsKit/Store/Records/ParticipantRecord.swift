import GRDB

/// A row of `event_participants`.
struct ParticipantRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "event_participants"

    var eventID: Int64
    var actorCode: String
    var role: ParticipantRole
    var person: String?

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case eventID = "event_id", actorCode = "actor_code", role, person
    }
}
