/// One news article to ingest: its text and what is known about it.
public struct Article: Sendable, Hashable {
    /// The article's text (without front matter).
    public var text: String
    public var title: String?
    /// The day it was published; relative dates ("on Tuesday") resolve against it.
    public var published: DayDate?
    /// The outlet, e.g. "Aran news agency".
    public var source: String?
    public var url: String?
    /// The language it is written in.
    public var language: Language
    /// Where it was read from: a path, `path:line` for JSON Lines, or `-` for standard input.
    public var origin: String

    public init(text: String, title: String? = nil, published: DayDate? = nil, source: String? = nil,
                url: String? = nil, language: Language? = nil, origin: String) {
        self.text = text
        self.title = title
        self.published = published
        self.source = source
        self.url = url
        self.language = language ?? Language.detect(in: text) ?? .english
        self.origin = origin
    }
}

/// Values given on the command line that take precedence over what an article file says.
public struct ArticleOverrides: Sendable, Hashable {
    public var published: DayDate?
    public var language: Language?
    public var source: String?

    public init(published: DayDate? = nil, language: Language? = nil, source: String? = nil) {
        self.published = published
        self.language = language
        self.source = source
    }

    func apply(to article: inout Article) {
        if let published { article.published = published }
        if let language { article.language = language }
        if let source { article.source = source }
    }
}
