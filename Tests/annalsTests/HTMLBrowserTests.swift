import Foundation
import Testing

/// The HTML export in a real browser: headless Chromium loads the page the CLI
/// wrote (with a checking script added to a copy), and the DOM it dumps says
/// whether every event is drawn, Persian cards run right to left and nothing
/// overflows a phone's or a laptop's width. Screenshots go to
/// `.build/browser-screenshots/`. Skipped, with a message, without Chromium
/// (`apt-get install chromium`; `.ci/run` installs it).
@Suite(.serialized) struct HTMLBrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Added to a copy of the page: sends what it finds to the harness around it.
    static let checks = """
        <script>
        (function(){
        var r={};
        var cards=[].slice.call(document.querySelectorAll(".card"));
        r.cards=cards.length;
        r.dated=cards.filter(function(c){return c.dataset.from;}).length;
        r.marks=[].slice.call(document.querySelectorAll("#track .mark")).filter(function(m){
          var c=document.getElementById(m.dataset.card);return c&&m.offsetWidth>0&&m.offsetHeight>0;}).length;
        var arabic=/^[^A-Za-z\\u0600-\\u06FF]*[\\u0600-\\u06FF]/;
        var persian=cards.filter(function(c){return arabic.test(c.querySelector("h3").textContent);});
        r.persian=persian.length;
        r.persianRTL=persian.filter(function(c){return getComputedStyle(c.querySelector("article")).direction==="rtl";}).length;
        r.otherLTR=cards.filter(function(c){return persian.indexOf(c)<0&&getComputedStyle(c.querySelector("article")).direction==="ltr";}).length;
        r.width=window.innerWidth;
        r.scrollWidth=document.documentElement.scrollWidth;
        r.wide=[].slice.call(document.querySelectorAll("body *")).filter(function(e){
          var b=e.getBoundingClientRect();return b.width>0&&b.right>window.innerWidth+1&&!e.closest("#axis");}).map(function(e){return e.tagName+"."+e.className;}).slice(0,5);
        r.labelled=[].slice.call(document.querySelectorAll("button,select")).filter(function(e){
          return (e.getAttribute("aria-label")||e.textContent||(e.closest("label")||{}).textContent||"").trim().length>0;}).length;
        r.controls=document.querySelectorAll("button,select").length;
        parent.postMessage(JSON.stringify(r),"*");
        })();
        </script>
        """

    /// Holds the page in a frame of the width under test (a headless window is at
    /// least 500 px wide) and writes what the page reports into `<pre id="browser-check">`.
    static func harness(width: Int) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
        <pre id="browser-check"></pre>
        <script>addEventListener("message",function(e){document.getElementById("browser-check").textContent=e.data;});</script>
        <iframe src="checked.html" style="display:block;width:\(width)px;height:900px;border:0"></iframe>
        </body></html>
        """
    }

    struct Check: Decodable {
        let cards: Int, dated: Int, marks: Int, persian: Int, persianRTL: Int, otherLTR: Int
        let width: Int, scrollWidth: Int, wide: [String], labelled: Int, controls: Int
    }

    static func chromium(_ arguments: [String], profile: URL) throws -> String {
        try CommandRunner.launch(URL(fileURLWithPath: chromium ?? "/usr/bin/chromium"),
                                 ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                                  "--user-data-dir=\(profile.path)", "--virtual-time-budget=3000"] + arguments).stdout
    }

    @Test(.enabled(if: chromium != nil, "Chromium is not installed (apt-get install chromium); the browser test is skipped"),
          arguments: ["both", "persian", "gregorian"])
    func drawsEveryEventReadablyAtPhoneAndLaptopWidths(calendar: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let root = CommandRunner.packageRoot
        let ingest = try runner.run(["ingest", "Examples", "--quiet", "--db", runner.path("examples.sqlite")], in: root)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let export = try runner.run(["export", "html", "NATO", "--calendar", calendar, "--db", "examples.sqlite", "-o", "timeline.html"])
        #expect(export.status == 0, "\(export.stderr)")
        let json = try runner.run(["export", "json", "NATO", "--db", "examples.sqlite"])
        let events = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        let page = try String(contentsOfFile: runner.path("timeline.html"), encoding: .utf8)
        #expect(!page.contains("<link") && !page.contains(" src=") && !page.contains("@import"), "the page loads nothing else")
        try runner.write(page.replacingOccurrences(of: "</body>", with: Self.checks + "\n</body>"), to: "checked.html")
        let screenshots = root.appendingPathComponent(".build/browser-screenshots")
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        for width in [375, 1280] {
            try runner.write(Self.harness(width: width), to: "harness-\(width).html")
            let dom = try Self.chromium(["--window-size=\(max(width, 500)),1000", "--dump-dom",
                                         URL(fileURLWithPath: runner.path("harness-\(width).html")).absoluteString],
                                        profile: runner.folder.appendingPathComponent("profile-\(width)"))
            guard let start = dom.range(of: "<pre id=\"browser-check\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
                Issue.record("the page's checks did not run at \(width) px")
                continue
            }
            let text = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&amp;", with: "&")
            let check = try JSONDecoder().decode(Check.self, from: Data(text.utf8))
            let dated = events.filter { (($0["date"] as? [String: Any])?["start"] as? String) != nil }.count
            #expect(check.cards == events.count, "every event has a card at \(width) px")
            #expect(check.dated == dated && check.marks == dated, "every dated event has a visible mark at \(width) px: \(check)")
            #expect(check.persian > 0 && check.persianRTL == check.persian, "Persian cards run right to left: \(check)")
            #expect(check.otherLTR == check.cards - check.persian, "other cards run left to right: \(check)")
            #expect(check.width == width && check.scrollWidth <= width, "nothing overflows \(width) px: \(check.wide)")
            #expect(check.labelled == check.controls, "every control has a label")
            try runner.write(Self.harness(width: width).replacingOccurrences(of: "checked.html", with: "timeline.html")
                .replacingOccurrences(of: "height:900px", with: "height:1400px"), to: "shot-\(width).html")
            _ = try Self.chromium(["--window-size=\(width),1400",
                                   "--screenshot=\(screenshots.appendingPathComponent("timeline-\(calendar)-\(width).png").path)",
                                   URL(fileURLWithPath: runner.path("shot-\(width).html")).absoluteString],
                                  profile: runner.folder.appendingPathComponent("profile-shot-\(width)"))
        }
    }
}
