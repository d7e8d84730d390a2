import GRDB

/// A row of `actors`.
struct ActorRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "actors"

    var code: String
    var kind: ActorKind
    var name: String
    var persianName: String?
    var cameoCode: String
    var wikidataID: String?
    var userDefined: Bool

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case code, kind, name, persianName = "persian_name", cameoCode = "cameo_code"
        case wikidataID = "wikidata_id", userDefined = "user_defined"
    }

    init(_ actor: Actor, userDefined: Bool) {
        code = actor.code
        kind = actor.kind
        name = actor.name
        persianName = actor.persianName
        cameoCode = actor.cameoCode
        wikidataID = actor.wikidataID
        self.userDefined = userDefined
    }
}

extension ActorRecord {
    /// Inserts an actor, or overwrites every column but the code of the one stored
    /// with the same code; bound with ``bindUpsert(to:)``.
    static let upsertSQL = """
        INSERT INTO actors (code, kind, name, persian_name, cameo_code, wikidata_id, user_defined)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT DO UPDATE SET kind = excluded.kind, name = excluded.name, persian_name = excluded.persian_name,
            cameo_code = excluded.cameo_code, wikidata_id = excluded.wikidata_id, user_defined = excluded.user_defined
        """

    /// Binds the values of ``upsertSQL``, in its column order.
    func bindUpsert(to binder: inout StatementBinder) {
        binder.bind(code)
        binder.bind(kind)
        binder.bind(name)
        binder.bind(persianName)
        binder.bind(cameoCode)
        binder.bind(wikidataID)
        binder.bind(userDefined ? 1 : 0)
    }
}
