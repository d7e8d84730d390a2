import Foundation
import Testing
@testable import AnnalsKit

@Suite struct ArticleReaderTests {
    let reader = ArticleReader()

    @Test func readsFrontMatter() throws {
        let text = "---\ntitle: Talks in Baku\npublished: 2009-05-06\nsource: Example wire\nurl: https://example.org/a\nlanguage: en\n---\nNATO and Azerbaijan met.\n"
        let article = try reader.article(from: text, path: "a.md")
        #expect(article.title == "Talks in Baku")
        #expect(article.published == DayDate(year: 2009, month: 5, day: 6))
        #expect(article.source == "Example wire")
        #expect(article.url == "https://example.org/a")
        #expect(article.language == .english)
        #expect(article.text == "NATO and Azerbaijan met.\n")
    }

    /// Files saved on Windows end their lines with "\r\n"; Swift reads "\r\n" as one
    /// character, so splitting on "\n" characters missed the front matter of such files.
    @Test func readsFrontMatterWithWindowsLineEnds() throws {
        let text = "---\r\ntitle: Talks in Baku\r\npublished: 2009-05-06\r\n---\r\nNATO and Azerbaijan met.\r\nThey met again.\r\n"
        let article = try reader.article(from: text, path: "w.md")
        #expect(article.title == "Talks in Baku")
        #expect(article.published == DayDate(year: 2009, month: 5, day: 6))
        #expect(article.text == "NATO and Azerbaijan met.\r\nThey met again.\r\n")
    }

    @Test func aFenceLaterInTheTextIsNotFrontMatter() throws {
        let text = "Talks went on.\n---\ntitle: not front matter\n---\nMore text."
        let article = try reader.article(from: text, path: "f.md")
        #expect(article.title == nil)
        #expect(article.text == text)
    }

    @Test func textWithoutFrontMatterIsAllBody() throws {
        let article = try reader.article(from: "ناتو و جمهوری آذربایجان", path: "b.txt")
        #expect(article.language == .persian)
        #expect(article.published == nil)
        #expect(article.text == "ناتو و جمهوری آذربایجان")
    }

    @Test func overridesWin() throws {
        let reader = ArticleReader(overrides: ArticleOverrides(published: DayDate(year: 2010, month: 1, day: 2), language: .persian, source: "CLI"))
        let article = try reader.article(from: "---\npublished: 2009-05-06\nsource: File\n---\nHello", path: "c.md")
        #expect(article.published == DayDate(year: 2010, month: 1, day: 2))
        #expect(article.language == .persian)
        #expect(article.source == "CLI")
    }

    @Test(arguments: [
        ("---\ntitle: x\n", "c.md:1: front matter: opened with '---' but never closed"),
        ("---\npublished: May the fourth\n---\nBody", "c.md:2: 'published' is 'May the fourth'; expected a date like 2009-05-06"),
        ("---\ntitle: a\nlanguage: klingon\n---\nBody", "c.md:3: 'language' is 'klingon'; expected one of en, fa"),
        ("---\ntitle: [unclosed\n---\nBody", "c.md:"),
        ("---\ntitle: a\n---\n   \n", "c.md: empty file, no article text"),
    ])
    func rejectsBadArticles(text: String, message: String) {
        #expect {
            _ = try reader.article(from: text, path: "c.md")
        } throws: { error in
            String(describing: error).hasPrefix(message)
        }
    }

    @Test func jsonLinesReportsBadLinesAndKeepsGoodOnes() {
        let text = """
        {"text": "NATO and Azerbaijan met.", "published": "2009-05-06"}
        {"text": broken
        
        {"title": "no text"}
        {"text": "ناتو", "language": "fa"}
        """
        let results = JSONLinesReader(overrides: ArticleOverrides()).articles(in: text, path: "feed.jsonl")
        #expect(results.count == 4)
        #expect((try? results[0].get())?.origin == "feed.jsonl:1")
        #expect((try? results[0].get())?.published == DayDate(year: 2009, month: 5, day: 6))
        guard case .failure(.malformedJSONLine(_, 2, _)) = results[1] else { Issue.record("line 2 should fail"); return }
        guard case .failure(.malformedJSONLine(_, 4, _)) = results[2] else { Issue.record("line 4 should fail"); return }
        #expect((try? results[3].get())?.language == .persian)
    }

    @Test func decodesAndRejectsEncodings() throws {
        let decoder = TextDecoder()
        #expect(try decoder.decode(Data([0xEF, 0xBB, 0xBF] + Array("hi".utf8)), path: "x") == "hi")
        let utf16 = Data([0xFF, 0xFE]) + "سلام".data(using: .utf16LittleEndian)!
        #expect(try decoder.decode(utf16, path: "x") == "سلام")
        #expect(throws: InputError.invalidEncoding(path: "x", offset: 2)) { try decoder.decode(Data([0x61, 0x62, 0xFF, 0x63]), path: "x") }
        #expect(throws: InputError.binary(path: "x", offset: 0)) { try decoder.decode(Data("%PDF-1.4".utf8), path: "x") }
        #expect(throws: InputError.binary(path: "x", offset: 1)) { try decoder.decode(Data([0x61, 0x00, 0x62]), path: "x") }
        #expect(throws: InputError.empty(path: "x")) { try decoder.decode(Data(), path: "x") }
    }

    @Test func walksFoldersInPathOrderSkippingHiddenAndOtherFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annals-reader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.md", "sub/c.jsonl", ".hidden.txt", "image.png"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        var files: [String] = []
        try reader.forEachFile(under: folder.path) { files.append(($0 as NSString).lastPathComponent) }
        #expect(files == ["a.md", "b.txt", "c.jsonl"])
    }

    /// Folders are walked one at a time, depth first in name order; hidden folders
    /// (".git") are passed over like hidden files, and a missing path is named.
    @Test func walksNestedFoldersInNameOrderOneFileAtATime() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annals-walk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["2009/05", "2009/11", "2010", ".git"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for name in ["2010/a.md", "2009/11/b.txt", "2009/05/c.txt", "2009/05/a.jsonl", ".git/d.md", "z.md"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        var seen: [String] = []
        try reader.forEachFile(under: folder.path) { seen.append(String($0.dropFirst(folder.path.count + 1))) }
        #expect(seen == ["2009/05/a.jsonl", "2009/05/c.txt", "2009/11/b.txt", "2010/a.md", "z.md"])
        #expect(throws: InputError.self) { try reader.forEachFile(under: folder.appendingPathComponent("missing").path) { _ in } }
    }

    @Test(arguments: [
        ("2009-05-06", "2009-05-06"), ("2009-05-06T10:30:00Z", "2009-05-06"), ("۲۰۰۹/۰۵/۰۶", "2009-05-06"),
        ("1388-02-16", "2009-05-06"), ("۱۳۸۴/۰۲/۲۸", "2005-05-18"), ("1399-12-30", "2021-03-20"),
        ("1400-12-30", nil), ("2009-02-30", nil), ("yesterday", nil), ("2009-5", nil),
    ] as [(String, String?)])
    func parsesPublicationDates(text: String, expected: String?) {
        #expect(PublicationDate.parse(text)?.iso == expected)
    }
}
