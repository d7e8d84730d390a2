/// A document as stored: its id and the article it was read from.
public struct StoredDocument: Sendable, Hashable {
    /// The `documents.id` it is stored under; kept by ``AnnalsStore/recode(using:batchSize:progress:)``.
    public let id: Int64
    /// The text, language, publication date, title, source, URL and origin as stored.
    public let article: Article

    public init(id: Int64, article: Article) {
        self.id = id
        self.article = article
    }
}
