import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import AnnalsKit

/// `annals tag` on the bundled example articles, as a user runs it.
@Suite struct TagExamplesTests {
    static let examples = ["nato-azerbaijan-anniversary.fa.md", "nato-georgia-commission.en.md",
                           "nato-azerbaijan-ipap.fa.md", "nato-azerbaijan-brief.en.txt"]

    @Test(arguments: examples)
    func timeMLParsesAsXMLAndMarksDates(example: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let path = CommandRunner.packageRoot.appendingPathComponent("Examples/\(example)").path
        let result = try runner.run(["tag", path, "--published", "2010-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let delegate = TimexCollector()
        let parser = XMLParser(data: Data(result.stdout.utf8))
        parser.delegate = delegate
        #expect(parser.parse(), "TimeML of \(example) is not well-formed XML: \(String(describing: parser.parserError))")
        #expect(delegate.sawRoot)
        #expect(delegate.values.count >= 2)
        #expect(delegate.values.allSatisfy { !$0.isEmpty })
    }

    @Test func jsonOffsetsPointAtTheOriginalText() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let url = CommandRunner.packageRoot.appendingPathComponent("Examples/nato-azerbaijan-ipap.fa.md")
        let result = try runner.run(["tag", url.path, "--format", "json"])
        let expressions = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        // Offsets count the article's text, after its front matter, as ingest stores them.
        let article = try #require(try ArticleReader().articles(in: url.path).first?.get())
        let text = Array(article.text.unicodeScalars)
        #expect(!expressions.isEmpty)
        for expression in expressions {
            let start = try #require(expression["start"] as? Int)
            let end = try #require(expression["end"] as? Int)
            let quoted = String(String.UnicodeScalarView(text[start..<end]))
            #expect(quoted == expression["text"] as? String)
        }
        #expect(expressions.contains { $0["text"] as? String == "۱۴ اردیبهشت ۱۳۷۳" && $0["value"] as? String == "1994-05-04" })
    }
}

/// Collects the `value` of every TIMEX3 element.
final class TimexCollector: NSObject, XMLParserDelegate {
    var values: [String] = []
    var sawRoot = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if elementName == "TimeML" { sawRoot = true }
        if elementName == "TIMEX3", let value = attributes["value"] { values.append(value) }
    }

    /// One way of writing an article file, and the TIMEX3 values `tag` must find in it.
    struct ReadCase: Sendable, CustomStringConvertible {
        let description: String
        let name: String
        let bytes: [UInt8]
        let values: [String]
    }

    static let readCases: [ReadCase] = [
        ReadCase(description: "the front matter's publication date resolves Tuesday; the front matter is not tagged",
                 name: "a.md", bytes: Array("---\npublished: 2009-05-06\n---\nThe ministers met on Tuesday.\n".utf8),
                 values: ["2009-05-05"]),
        ReadCase(description: "UTF-16 with a byte order mark", name: "b.txt",
                 bytes: [0xFF, 0xFE] + "They met on 4 May 2009.\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
                 values: ["2009-05-04"]),
        ReadCase(description: "without any date the relative day stays unresolved", name: "c.md",
                 bytes: Array("---\ntitle: Talks\n---\nThe ministers met on Tuesday.\n".utf8),
                 values: ["XXXX-WXX-2"]),
    ]

    /// `tag` reads a file as `ingest` does.
    @Test(arguments: readCases)
    func tagReadsArticlesAsIngestDoes(_ example: ReadCase) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let path = runner.path(example.name)
        try Data(example.bytes).write(to: URL(fileURLWithPath: path))
        let result = try runner.run(["tag", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let expressions = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(expressions.compactMap { $0["value"] as? String } == example.values)
    }
}
