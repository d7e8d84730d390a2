/// A long text cut into sections of at most a given number of UTF-8 bytes, so
/// that a long article is analysed one section at a time: the memory analysis
/// takes (about 60 bytes per byte of text) is then bounded by the section, not
/// by the article.
///
/// A section ends after a line break where one lies in the second half of the
/// allowed length (a line break ends a sentence), else after a sentence's end
/// mark and a space, else after any space, else at the last whole character.
/// Each section knows where it starts in Unicode scalars, the unit of every
/// offset Annals stores, so offsets found in a section map back to the article.
///
/// ```swift
/// let sections = TextSections(text, limit: 1 << 20)
/// for section in sections.all { analyze(text[section.range]) … section.scalarOffset … }
/// ```
struct TextSections: Sendable {
    /// One section: its range in the text and the number of Unicode scalars before it.
    struct Section: Sendable, Hashable {
        let range: Range<String.Index>
        let scalarOffset: Int
    }

    let all: [Section]

    /// `text` in sections of at most `limit` UTF-8 bytes (one section when it is no longer).
    init(_ text: String, limit: Int) {
        let utf8 = text.utf8
        guard limit >= 8, utf8.count > limit else {
            all = [Section(range: text.startIndex..<text.endIndex, scalarOffset: 0)]
            return
        }
        var sections: [Section] = []
        var start = utf8.startIndex
        var scalars = 0
        while start < utf8.endIndex {
            let end: String.Index
            if let hardEnd = utf8.index(start, offsetBy: limit, limitedBy: utf8.endIndex), hardEnd < utf8.endIndex {
                end = TextSections.cut(utf8, from: utf8.index(start, offsetBy: limit / 2), before: hardEnd)
            } else {
                end = utf8.endIndex
            }
            sections.append(Section(range: start..<end, scalarOffset: scalars))
            // Scalars are counted from their lead bytes: every UTF-8 byte but 10xxxxxx starts one.
            for byte in utf8[start..<end] where byte & 0xC0 != 0x80 { scalars += 1 }
            start = end
        }
        all = sections
    }

    /// Where a section ends: just after the best break in `minimum..<hardEnd`, else at `hardEnd`
    /// moved back to the start of a character.
    private static func cut(_ bytes: String.UTF8View, from minimum: String.Index, before hardEnd: String.Index) -> String.Index {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        if let index = bytes[minimum..<hardEnd].lastIndex(of: newline) { return bytes.index(after: index) }
        let endMarks: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x9F]  // 0x9F ends "؟"
        var index = bytes.index(before: hardEnd)
        var anySpace: String.Index?
        while index >= minimum {
            let previous = bytes.index(before: index)
            if bytes[index] == space {
                if endMarks.contains(bytes[previous]) { return bytes.index(after: index) }
                anySpace = anySpace ?? bytes.index(after: index)
            }
            index = previous
        }
        if let anySpace { return anySpace }
        // No space at all: the end of the last whole character.
        var end = hardEnd
        while end > minimum, bytes[end] & 0xC0 == 0x80 { end = bytes.index(before: end) }
        return end
    }
}
