import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

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
        let text = Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars)
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
}
