import Testing
@testable import AnnalsKit

/// Long texts cut into sections: nothing lost or repeated, each section within
/// its limit, cut where a sentence ends when it can, offsets in Unicode scalars.
@Suite struct TextSectionsTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let limit: Int
        /// The sections' texts.
        let expected: [String]
        var description: String { "\(limit): \(expected.count) sections" }
    }

    static let cases: [Case] = [
        // Short enough: one section, whatever is in it.
        Case(text: "NATO met Azerbaijan.", limit: 64, expected: ["NATO met Azerbaijan."]),
        Case(text: "", limit: 64, expected: [""]),
        // A line break in the second half of the allowed length is preferred.
        Case(text: "aaaa bbbb.\ncccc dddd.\neeee", limit: 16, expected: ["aaaa bbbb.\n", "cccc dddd.\neeee"]),
        // No line break: after a sentence's end mark and a space.
        Case(text: "One two. Three four five six seven", limit: 16,
             expected: ["One two. ", "Three four five ", "six seven"]),
        // Persian: after "؟ " and at a space; never inside a two-byte letter.
        Case(text: "ناتو کجاست؟ باکو", limit: 24, expected: ["ناتو کجاست؟ ", "باکو"]),
        // No space at all: at the last whole character.
        Case(text: "آذربایجانآذربایجان", limit: 15, expected: ["آذربایج", "انآذربا", "یجان"]),
    ]

    @Test(arguments: cases)
    func cutsWhereASentenceEnds(_ item: Case) {
        let sections = TextSections(item.text, limit: item.limit).all
        #expect(sections.map { String(item.text[$0.range]) } == item.expected)
    }

    @Test(arguments: cases)
    func sectionsCoverTheTextWithTheirScalarOffsets(_ item: Case) {
        let sections = TextSections(item.text, limit: item.limit).all
        #expect(sections.map { String(item.text[$0.range]) }.joined() == item.text)
        var offset = 0
        for section in sections {
            #expect(section.scalarOffset == offset)
            let text = item.text[section.range]
            #expect(sections.count == 1 || text.utf8.count <= item.limit)
            offset += text.unicodeScalars.count
        }
    }
}
