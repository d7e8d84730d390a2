import GRDB

/// A row of `documents`.
struct DocumentRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "documents"

    var id: Int64?
    var contentHash: String
    var title: String?
    var published: DayDate?
    var source: String?
    var url: String?
    var language: Language
    var origin: String
    var text: String

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, contentHash = "content_hash", title, published, source, url, language, origin, text
    }

    init(_ document: Article, contentHash: String) {
        self.contentHash = contentHash
        title = document.title
        published = document.published
        source = document.source
        url = document.url
        language = document.language
        origin = document.origin
        text = document.text
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension DocumentRecord {
    /// Inserts a new document (`ingested_at` takes its default), bound with ``insertArguments``.
    static let insertSQL = """
        INSERT INTO documents (content_hash, title, published, source, url, language, origin, text)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The values of ``insertSQL``, in its column order.
    var insertArguments: StatementArguments {
        [contentHash, title, published, source, url, language, origin, text]
    }
}
