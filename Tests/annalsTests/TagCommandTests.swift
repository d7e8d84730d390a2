import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import AnnalsKit
@testable import annals

@Suite struct TagCommandTests {
    @Test func helpHasExamples() {
        let help = TagCommand.helpMessage()
        #expect(help.contains("annals tag article.txt --published 2009-05-06"))
        #expect(help.contains("--format"))
    }

    @Test func rejectsBadDate() {
        #expect(throws: (any Error).self) { try TagCommand.parse(["x.txt", "--published", "2009-13-01"]) }
        #expect(throws: (any Error).self) { try TagCommand.parse(["x.txt", "--language", "not a tag"]) }
    }

    /// A well-formed tag the rule data does not read is refused when the command runs, naming the languages it reads.
    @Test func aLanguageWithoutRuleDataIsRefusedWhenRun() throws {
        let command = try TagCommand.parse(["x.txt", "--language", "de"])
        #expect { try command.run() } throws: { error in
            String(describing: error).contains("no rule data for the language 'de'")
        }
    }

    @Test func timeMLMarksExpressionsAndEscapes() throws {
        let tagger = try TemporalTagger()
        let text = "A & B met on Tuesday <again> from 1992 to 1994."
        let reference = DayDate(year: 2009, month: 5, day: 6)
        let output = TagCommand.timeML(text: text, expressions: tagger.tag(text, language: .english, reference: reference),
                                       reference: reference)
        #expect(output.contains("<TimeML>"))
        #expect(output.contains("A &amp; B met on <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2009-05-05\" anchorTimeID=\"t1\">Tuesday</TIMEX3> &lt;again&gt;"))
        // A range is its two points, each a DATE; the duration the text states stays one expression.
        #expect(output.contains("from <TIMEX3 tid=\"t3\" type=\"DATE\" value=\"1992\">1992</TIMEX3> to <TIMEX3 tid=\"t4\" type=\"DATE\" value=\"1994\">1994</TIMEX3>."))
        #expect(!output.contains("P2Y"))
    }

    /// A range in the JSON is its two points, with their own offsets.
    @Test func jsonSplitsARangeIntoItsPoints() throws {
        let tagger = try TemporalTagger()
        let json = try TagCommand.json(tagger.tag("They traded between March and June 2004.", language: .english, reference: nil))
        #expect(json.contains("\"text\" : \"March\""))
        #expect(json.contains("\"value\" : \"2004-03\""))
        #expect(json.contains("\"text\" : \"June 2004\""))
        #expect(!json.contains("DURATION"))
    }

    /// A duration the text states with its starting point stays one duration.
    @Test func aStatedDurationStaysOne() throws {
        let tagger = try TemporalTagger()
        let reference = DayDate(year: 2009, month: 5, day: 6)
        let text = "The talks took two weeks."
        let output = TagCommand.timeML(text: text, expressions: tagger.tag(text, language: .english, reference: reference),
                                       reference: reference)
        #expect(output.contains("type=\"DURATION\" value=\"P2W\">two weeks</TIMEX3>"))
    }

    /// Control characters are not allowed in XML 1.0: the TimeML leaves them out and still parses.
    @Test(arguments: ["a\u{01}b on Tuesday", "\u{1B}[31m on Tuesday \u{7}", "x\u{0B}\u{0C}\u{FFFE} in 1992\u{00}"])
    func timeMLOfTextWithControlCharactersParses(text: String) throws {
        let tagger = try TemporalTagger()
        let reference = DayDate(year: 2009, month: 5, day: 6)
        let output = TagCommand.timeML(text: text, expressions: tagger.tag(text, language: .english, reference: reference),
                                       reference: reference)
        let delegate = TimexCollector()
        let parser = XMLParser(data: Data(output.utf8))
        parser.delegate = delegate
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError)) in \(output)")
        #expect(delegate.values.count >= 2)
    }

    @Test func jsonHasOffsets() throws {
        let tagger = try TemporalTagger()
        let text = "در سال ۱۳۷۳ شمسی"
        let json = try TagCommand.json(tagger.tag(text, language: .persian, reference: nil))
        #expect(json.contains("\"start\" : 3"))
        #expect(json.contains("\"end\" : 16"))
        #expect(json.contains("\"value\" : \"1994\""))
        #expect(json.contains("\"type\" : \"DATE\""))
    }
}
