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

extension ActorAliasRecord {
    /// Inserts a built-in alias (its id chosen by SQLite) unless the same one is stored;
    /// bound with ``bindInsert(to:)``.
    static let insertOrIgnoreSQL = """
        INSERT OR IGNORE INTO actor_aliases (actor_code, alias, normalized_alias, language, form) VALUES (?, ?, ?, ?, ?)
        """

    /// Binds the values of ``insertOrIgnoreSQL``, in its column order.
    func bindInsert(to binder: inout StatementBinder) {
        binder.bind(actorCode)
        binder.bind(alias)
        binder.bind(normalizedAlias)
        binder.bind(language)
        binder.bind(form)
    }
}
