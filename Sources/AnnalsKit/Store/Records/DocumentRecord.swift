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
    /// Inserts a new document (`ingested_at` takes its default), bound with ``bindInsert(to:)``.
    static let insertSQL = """
        INSERT INTO documents (content_hash, title, published, source, url, language, origin, text)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// Binds the values of ``insertSQL``, in its column order.
    func bindInsert(to binder: inout StatementBinder) {
        binder.bind(contentHash)
        binder.bind(title)
        binder.bind(published)
        binder.bind(source)
        binder.bind(url)
        binder.bind(language)
        binder.bind(origin)
        binder.bind(text)
    }
}
