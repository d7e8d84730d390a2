import GRDB

/// A row of `actor_aliases`.
struct ActorAliasRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "actor_aliases"

    var id: Int64?
    var actorCode: String
    var alias: String
    var normalizedAlias: String
    var language: Language?
    var form: ActorMention.Form

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, actorCode = "actor_code", alias, normalizedAlias = "normalized_alias", language, form
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
