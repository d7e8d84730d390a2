/// How the store keys and names an article.
extension Article {
    /// The key that tells whether the store already has this article: the
    /// SHA-256 (64 lowercase hex digits) of `"<published YYYY-MM-DD or empty>\n<text as UTF-8>"`.
    ///
    /// The publication date is part of the key because the events read from a
    /// text depend on it ("on Tuesday" resolves against it): the same text
    /// published on another day is another document. Title, source, URL and
    /// origin are not: the same article found in two files is stored once.
    /// The text is hashed byte for byte, without normalisation, since stored
    /// offsets point into it.
    public var contentHash: String {
        var hasher = SHA256()
        hasher.update((published?.iso ?? "").utf8)
        hasher.update(CollectionOfOne(UInt8(ascii: "\n")))
        hasher.update(text.utf8)
        return hasher.finalizeHex()
    }

    /// How exports name the document: the last component of its origin (a
    /// file name, with its `:LINE`), else its title, else "document".
    var displayName: String {
        Article.displayName(origin: origin, title: title)
    }

    public static func displayName(origin: String, title: String?) -> String {
        // The usual case without splitting the whole path: the text after the last slash,
        // found in the bytes when every one is ASCII (then bytes and characters are one).
        let utf8 = origin.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            if let slash = utf8.lastIndex(of: UInt8(ascii: "/")) {
                let name = utf8[utf8.index(after: slash)...]
                if !name.isEmpty { return String(Substring(name)) }
            } else if !utf8.isEmpty {
                return origin
            }
        } else if let slash = origin.lastIndex(of: "/") {
            let name = origin[origin.index(after: slash)...]
            if !name.isEmpty { return String(name) }
        } else if !origin.isEmpty {
            return origin
        }
        if let name = origin.split(separator: "/").last, !name.isEmpty { return String(name) }
        if let title, !title.isEmpty { return title }
        return "document"
    }
}
