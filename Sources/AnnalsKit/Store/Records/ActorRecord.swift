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
