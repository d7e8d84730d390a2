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

extension ParticipantRecord {
    /// Inserts a participant, bound with ``bindInsert(to:)``.
    static let insertSQL = "INSERT INTO event_participants (event_id, actor_code, role, person) VALUES (?, ?, ?, ?)"

    /// Binds the values of ``insertSQL``, in its column order.
    func bindInsert(to binder: inout StatementBinder) {
        binder.bind(eventID)
        binder.bind(actorCode)
        binder.bind(role)
        binder.bind(person)
    }
}
