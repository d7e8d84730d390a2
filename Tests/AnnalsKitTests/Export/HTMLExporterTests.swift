import Testing
@testable import AnnalsKit

@Suite struct HTMLExporterTests {
    static func export(_ calendar: DisplayCalendar = .gregorian) throws -> String {
        try HTMLExporter(actorNames: ["NATO", "Azerbaijan"], calendar: calendar).string(for: ExportFixture.events)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func isOnePageThatLoadsNothing() throws {
        let page = try Self.export()
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\""))
        #expect(page.hasSuffix("</html>\n"))
        #expect(page.contains("<title>Timeline: NATO – Azerbaijan</title>"))
        for outside in ["<link", " src=", "@import", "url("] {
            #expect(!page.contains(outside), "\(outside)")
        }
    }

    @Test func drawsACardPerEventWithUndatedOnesInTheirOwnSection() throws {
        let page = try Self.export()
        #expect(Self.count("<li class=\"card ", in: page) == 5)
        #expect(Self.count(" data-from=\"", in: page) == 3)
        let undated = try #require(page.range(of: "<section id=\"undated\""))
        #expect(page[undated.lowerBound...].contains("id=\"e7\"") && page[undated.lowerBound...].contains("id=\"e8\""))
        #expect(!page[..<undated.lowerBound].contains("id=\"e7\""))
        #expect(page.contains("class=\"card q3\" id=\"e1\" data-root=\"11\" data-root-label=\"Disapprove\" data-actors=\"AZE NATO\""))
        #expect(page.contains("data-from=\"\(CalendarConverter.dayNumber(ExportFixture.day("2009-05-05")))\""))
        #expect(page.contains("<span class=\"code\">0874</span> CAMEO 0874</span> <span class=\"flag\">hypothetical, did not happen</span>"))
        #expect(page.contains("<span class=\"actor\" data-code=\"NATO\">NATO</span> <span class=\"role\">(target, Jaap de Hoop Scheffer)</span>"))
        #expect(page.contains("<span class=\"place\">in Baku</span>"))
    }

    @Test func escapesArticleTextAndKeepsPersianAsIs() throws {
        let page = try Self.export()
        #expect(!page.contains("<script>alert(1)</script>"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("=HYPERLINK(&quot;http://evil.example&quot;"))
        #expect(page.contains(ExportFixture.persian))
        // Persian text is marked as such; every card decides its direction from its summary.
        #expect(page.contains("<h3 id=\"e3-summary\" lang=\"fa\">\(ExportFixture.persian)</h3>"))
        #expect(Self.count("<article dir=\"auto\"", in: page) == 5)
        #expect(Self.count("<p class=\"meta\" dir=\"ltr\">", in: page) == 5)
    }

    @Test(arguments: [
        (DisplayCalendar.gregorian, true, false), (.persian, false, true), (.both, true, true),
    ])
    func showsTheDatesOfTheChosenCalendar(_ calendar: DisplayCalendar, _ gregorian: Bool, _ solar: Bool) throws {
        let page = try Self.export(calendar)
        #expect(page.contains("<time class=\"gregorian\" datetime=\"2009-05-05\">2009-05-05</time>") == gregorian)
        #expect(page.contains("<span class=\"solar\" lang=\"fa\" dir=\"rtl\">۱۵ اردیبهشت ۱۳۸۸</span>") == solar)
        #expect(page.contains("data-calendar=\"\(calendar.rawValue)\""))
        // An undated event keeps its Gregorian label: there is nothing to convert.
        #expect(page.contains(">XXXX-WXX-2</time>"))
    }

    @Test func givesTheScriptItsAxis() throws {
        let page = try Self.export()
        let from = CalendarConverter.dayNumber(ExportFixture.day("1994-03-21"))
        let to = CalendarConverter.dayNumber(ExportFixture.day("2009-06-30"))
        #expect(page.contains("<script type=\"application/json\" id=\"axis-data\">{\"from\":\(from),\"to\":\(to),\"years\":[["))
        let empty = try HTMLExporter(actorNames: []).string(for: [])
        #expect(empty.contains("<p class=\"note\">No events.</p>"))
        #expect(empty.contains("id=\"axis-data\">null</script>"))
    }

    @Test(arguments: [("a</script><b>", "a\\u003c/script\\u003e\\u003cb\\u003e"), ("\"q\"\\", "\\\"q\\\"\\\\"), ("\n", "\\u000a")])
    func escapesJSONInsideAScript(_ text: String, _ expected: String) {
        #expect(HTMLPage.escapedJSON(text) == expected)
    }

    @Test(arguments: [("ناتو و آذربایجان", " lang=\"fa\""), ("«۱۳۸۸» ناتو", " lang=\"fa\""), ("NATO ناتو", ""), ("1992 …", "")])
    func marksPersianText(_ text: String, _ attribute: String) {
        #expect(HTMLPage.languageAttribute(text) == attribute)
    }
}
