import Testing
@testable import AnnalsKit

@Suite struct MarkdownExporterTests {
    static func export() throws -> String {
        try MarkdownExporter(actorNames: ["NATO", "Azerbaijan"]).string(for: ExportFixture.events)
    }

    @Test func groupsEventsByYearWithUndatedLast() throws {
        let text = try Self.export()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "# Timeline: NATO – Azerbaijan")
        #expect(lines.filter { $0.hasPrefix("#") } == ["# Timeline: NATO – Azerbaijan", "## 1994", "## 2009", "## Undated"])
        let items = lines.filter { $0.hasPrefix("- ") }
        #expect(items.count == 5)
        #expect(items[0].hasPrefix("- **1994 (1994\\-03\\-21 – 1995\\-03\\-20), solar-hijri calendar** · Sign formal agreement: ") == false)
        #expect(items[0].hasPrefix("- **1994 (1994-03-21 – 1995-03-20), solar-hijri calendar** · Sign formal agreement: "))
        #expect(items[1].hasPrefix("- **2009-05-05** · Accuse: "))
        #expect(items[1].contains("Who: Azerbaijan (source), NATO (target; Jaap de Hoop Scheffer). Where: Baku."))
        #expect(items[2].hasPrefix("- **2009-06 (2009-06-01 – 2009-06-30)** · CAMEO 0874 (hypothetical, did not happen): "))
        #expect(items[3].hasPrefix("- **XXXX-WXX-2** · Host a visit"))
        #expect(items[4].hasPrefix("- **date unknown** · Host a visit"))
    }

    @Test func citesEachMentionAsAFootnote() throws {
        let text = try Self.export()
        let lines = text.split(separator: "\n").map(String.init)
        let definitions = lines.filter { $0.hasPrefix("[^") }
        #expect(definitions.count == 6)
        #expect(definitions.map { String($0.prefix(5)) } == ["[^1]:", "[^2]:", "[^3]:", "[^4]:", "[^5]:", "[^6]:"])
        // Persian text sits in isolates, so its punctuation stays at its end in a left-to-right line.
        #expect(definitions[0] == "[^1]: fa/001.txt: “\u{2068}\(ExportFixture.persian)\u{2069}”")
        #expect(definitions[1].hasPrefix("[^2]: news.jsonl:4, 2009-05-06: “\\-1 says @everyone"))
        let items = lines.filter { $0.hasPrefix("- ") }
        #expect(items[1].hasSuffix("[^2][^3][^4]"))
        #expect(!items[4].contains("[^"))
    }

    /// Every run of right-to-left text is isolated; left-to-right text is left alone.
    @Test(arguments: [
        ("ناتو و آذربایجان.", "\u{2068}ناتو و آذربایجان.\u{2069}"),
        ("Talks in Baku.", "Talks in Baku."),
        ("NATO «ناتو»", "\u{2068}NATO «ناتو»\u{2069}"),
        ("۱۹۹۴", "۱۹۹۴"),
        ("", ""),
    ])
    func isolatesRightToLeftRuns(text: String, expected: String) {
        #expect(BidiIsolation.isolated(text) == expected)
    }

    @Test func keepsPersianTextIntact() throws {
        #expect(try Self.export().contains(ExportFixture.persian))
        #expect(MarkdownExporter.escaped(ExportFixture.persian) == ExportFixture.persian)
    }

    @Test func escapesInjectionAttempts() throws {
        let text = try Self.export()
        for line in text.split(separator: "\n") {
            if line.hasPrefix("#") { #expect(line.hasPrefix("# Timeline") || line.hasPrefix("## ")) }
            #expect(!line.hasPrefix("|"))
        }
        #expect(!text.contains("<script>"))
        #expect(!text.contains("[link]"))
        #expect(!text.contains("[^9]"))
        #expect(!text.contains("`code`"))
        #expect(!text.contains("*bold*"))
        #expect(!text.contains("![img]"))
        #expect(!text.contains(" &amp;"))
        #expect(text.contains("\\<script\\>"))
    }

    @Test(arguments: [
        ("# Heading", "\\# Heading"),
        ("a | b", "a \\| b"),
        ("[x](http://y)", "\\[x\\](http://y)"),
        ("<b>bold</b>", "\\<b\\>bold\\</b\\>"),
        ("[^1]", "\\[\\^1\\]"),
        ("`c` *e* _u_ ~s~", "\\`c\\` \\*e\\* \\_u\\_ \\~s\\~"),
        ("back\\slash", "back\\\\slash"),
        ("&lt; $x$", "\\&lt; \\$x\\$"),
        ("line one\nline two\r\n\n  ===", "line one line two ==="),
        ("=== x", "\\=== x"),
        ("- item", "\\- item"),
        ("1. item", "1\\. item"),
        ("2009-05-05 and 3.5", "2009-05-05 and 3.5"),
        ("Persian «ناتو»", "Persian «ناتو»"),
    ])
    func escapes(text: String, expected: String) {
        #expect(MarkdownExporter.escaped(text) == expected)
    }

    @Test func saysWhenThereAreNoEvents() throws {
        let text = try MarkdownExporter(actorNames: ["NATO"]).string(for: [])
        #expect(text == "# Timeline: NATO\n\nNo events.\n")
    }
}
