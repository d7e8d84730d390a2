import Foundation
import Synchronization
import Testing
import AnnalsKit

/// The Markdown chronology as a reader sees it: rendered to HTML by a
/// CommonMark renderer (cmark-gfm) and laid out by headless Chromium, where
/// the position of each character on screen is measured.
///
/// Skips, saying why, when Chromium or cmark-gfm is not installed (`.ci/run`
/// installs both). Set `ANNALS_SCREENSHOTS` to a folder to also keep a
/// screenshot of the page there.
@Suite struct MarkdownBrowserTests {
    static let browser = BrowserTools.find(["chromium", "chromium-browser", "google-chrome"])
    static let renderer = BrowserTools.find(["cmark-gfm"])
    static let toolsPresent = browser != nil && renderer != nil

    /// A Persian report ending in a full stop, inside the English frame of the chronology.
    static let summary = "ناتو و جمهوری آذربایجان سند همکاری امضا کردند."
    static let sentence = "نمایندگان دو طرف روز سه شنبه در بروکسل دیدار کردند."

    static let day = DayDate(year: 2009, month: 5, day: 5)

    static let event = TimelineEvent(
        id: 1,
        date: .init(value: "2009-05-05", start: day, end: day, granularity: .day, calendar: .gregorian),
        type: .init(cameo: "057", label: "Sign formal agreement", root: "05", rootLabel: nil, quadClass: 2, goldstein: 8),
        actors: [.init(code: "AZE", name: "Azerbaijan", role: .source, cameo: "AZE", person: nil),
                 .init(code: "NATO", name: "NATO", role: .target, cameo: "IGOWSTNAT", person: nil)],
        location: nil, summary: summary, polarity: .positive, modality: .asserted,
        mentions: [.init(document: "fa/001.md", documentId: 1, sentence: sentence, start: 0,
                         end: sentence.unicodeScalars.count, trigger: "دیدار", published: day)])

    /// Finds each Persian run in the page and measures, in the laid-out line,
    /// where its first letter and its closing full stop are drawn.
    static let measuring = """
        <script>
        function measure(run) {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const found = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentNode.nodeName === 'SCRIPT') continue;
            const at = node.data.indexOf(run);
            if (at < 0) continue;
            const stop = at + run.length - 1;
            const box = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                                  const b = r.getBoundingClientRect(); return {x: b.left + b.width / 2, top: b.top}; };
            const first = box(at), last = box(stop);
            found.push({firstLetter: first.x, fullStop: last.x, sameLine: Math.abs(first.top - last.top) < 2});
          }
          return found;
        }
        window.addEventListener('load', () => {
          const out = document.createElement('pre');
          out.id = 'measured';
          out.textContent = JSON.stringify({summary: measure(RUNS[0]), sentence: measure(RUNS[1])});
          document.body.appendChild(out);
        });
        </script>
        """

    struct Position: Decodable {
        let firstLetter: Double
        let fullStop: Double
        let sameLine: Bool
    }

    struct Measured: Decodable {
        let summary: [Position]
        let sentence: [Position]
    }

    /// Lays out `markdown` in Chromium and returns where the Persian runs are drawn.
    static func layOut(_ markdown: String, named name: String) throws -> Measured {
        guard let browser, let renderer else { throw BrowserTools.Missing() }
        let folder = FileManager.default.temporaryDirectory.appending(path: "annals-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = try BrowserTools.run(renderer, ["--extension", "footnotes"], input: markdown).output
        let runs = try String(decoding: JSONEncoder().encode([summary, sentence]), as: UTF8.self)
        let page = """
            <!doctype html><html lang="en"><meta charset="utf-8">
            <body style="font: 15px sans-serif; width: 1900px">
            \(body)
            <script>const RUNS = \(runs);</script>
            \(measuring)
            </body></html>
            """
        let file = folder.appending(path: "\(name).html")
        try Data(page.utf8).write(to: file)
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                      "--no-first-run", "--user-data-dir=\(folder.appending(path: "profile").path)", "--window-size=2000,700"]
        let dom = try BrowserTools.run(browser, common + ["--dump-dom", file.absoluteString]).output
        if let keep = ProcessInfo.processInfo.environment["ANNALS_SCREENSHOTS"], !keep.isEmpty {
            _ = try? BrowserTools.run(browser, common + ["--screenshot=\(keep)/\(name).png", file.absoluteString])
        }
        guard let start = dom.range(of: "<pre id=\"measured\">"),
              let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
        else { throw BrowserTools.Failure(message: "no measurement in the page Chromium laid out: \(dom.prefix(500))") }
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
        return try JSONDecoder().decode(Measured.self, from: Data(json.utf8))
    }

    @Test(.enabled(if: toolsPresent, "Chromium or cmark-gfm is not installed (apt-get install chromium cmark-gfm)"))
    func persianFullStopsStayAtTheEndOfTheirSentenceInABrowser() throws {
        let markdown = try MarkdownExporter(actorNames: ["NATO", "Azerbaijan"]).string(for: [Self.event])
        let measured = try Self.layOut(markdown, named: "isolated")
        // The summary in its list item and the sentence in its footnote, each once.
        #expect(measured.summary.count == 1)
        #expect(measured.sentence.count == 1)
        for position in measured.summary + measured.sentence {
            #expect(position.sameLine)
            // Right to left: the sentence starts at the right and its full stop is drawn at its left end.
            #expect(position.fullStop < position.firstLetter, "full stop drawn right of the first letter: \(position)")
        }
    }

    /// The same chronology without isolates shows the fault this guards against,
    /// so the measurement can tell the two apart.
    @Test(.enabled(if: toolsPresent, "Chromium or cmark-gfm is not installed (apt-get install chromium cmark-gfm)"))
    func withoutIsolatesTheFullStopsJumpToTheOtherEnd() throws {
        let markdown = try MarkdownExporter(actorNames: ["NATO", "Azerbaijan"]).string(for: [Self.event])
            .replacingOccurrences(of: "\u{2068}", with: "").replacingOccurrences(of: "\u{2069}", with: "")
        let measured = try Self.layOut(markdown, named: "not-isolated")
        let positions = measured.summary + measured.sentence
        #expect(positions.count == 2)
        #expect(positions.allSatisfy { $0.fullStop > $0.firstLetter })
    }
}

/// Programs on the PATH that tests drive, found without a shell.
enum BrowserTools {
    struct Missing: Error {}

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// The first of `names` found on the PATH.
    static func find(_ names: [String]) -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders {
                let candidate = URL(fileURLWithPath: String(folder)).appending(path: name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Runs `program` with `arguments`, feeding `input`; fails when it exits non-zero.
    @discardableResult
    static func run(_ program: URL, _ arguments: [String], input: String? = nil) throws -> (output: String, errors: String) {
        let result = try CommandRunner.launch(program, arguments, input: input)
        guard result.status == 0 else {
            throw Failure(message: "\(program.lastPathComponent) exited with \(result.status): \(result.stderr.prefix(1000))")
        }
        return (result.stdout, result.stderr)
    }
}
