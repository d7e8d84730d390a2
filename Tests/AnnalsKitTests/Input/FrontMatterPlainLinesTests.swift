import Testing
@testable import AnnalsKit

/// The plain `key: value` reader of front matter reads what YAML reads, or leaves the text to YAML.
@Suite struct FrontMatterPlainLinesTests {
    /// Front matter the plain reader takes: its fields and lines must be YAML's.
    @Test(arguments: [
        "title: Talks in Baku\npublished: 2009-05-06\nlanguage: en\n",
        "title: دیدار در باکو\npublished: 1388-02-16\nlanguage: fa\n",
        "title:    spaces before and after   \nsource: wire\n",
        "url: https://example.org/a?b=c#d\n",
        "title: a:b and c#d\n",
        "title: نشست‌ها و دیدارها\n",
        "Title: first\ntitle: second\n",
        "title: x\n\n\nsource: y\n",
        "count: 42\nflag: yes\nempty_word: null\n",
        "title: 50% of it\n",
        "title: commas, [brackets] and {braces} inside\n",
    ])
    func readsAsYAMLDoes(yaml: String) throws {
        let plain = try #require(FrontMatter.plainFields(yaml[...]))
        let parsed = try FrontMatter.composed(yaml, path: "t.md")
        #expect(plain.fields == parsed.fields)
        #expect(plain.lines == parsed.lines)
    }

    /// Front matter outside the plain form goes to YAML, which may read it otherwise or reject it.
    @Test(arguments: [
        "title: 'quoted'\n",
        "title: \"quoted\"\n",
        "title: a # comment\n",
        "title: a: b\n",
        "title: ends with colon:\n",
        "title:\n",
        "title:no space\n",
        "title: x\r\n",
        "title: tab\there\n",
        "  title: indented\n",
        "# a comment\ntitle: x\n",
        "title: x\ntitle: y\n",
        "title: - dash\n",
        "title: [a, b]\n",
        "title: &anchor x\n",
        "title: |\n  block\n",
        "title: first line\ncontinued\n",
        "title : spaced key\n",
        "my-key: dashed key\n",
        "title: a\u{2028}b\n",
        " \n",
    ])
    func leavesTheRestToYAML(yaml: String) {
        #expect(FrontMatter.plainFields(yaml[...]) == nil)
    }

    /// Whole articles read alike whichever reader took their front matter.
    @Test(arguments: [
        ("---\ntitle: Talks\npublished: 2009-05-06\n---\nBody\n", "Talks"),
        ("---\ntitle: 'Talks'\npublished: 2009-05-06\n---\nBody\n", "Talks"),
    ])
    func articlesReadAlike(text: String, title: String) throws {
        let (matter, body) = try FrontMatter.split(text, path: "a.md")
        #expect(matter.fields["title"] == title)
        #expect(matter.fields["published"] == "2009-05-06")
        #expect(matter.lines["published"] == 3)
        #expect(body == "Body\n")
    }
}
