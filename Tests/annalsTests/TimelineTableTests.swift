import AnnalsKit
import Foundation
import Testing
@testable import annals

/// The terminal table: fitted to the terminal's width, plain when piped.
@Suite struct TimelineTableTests {
    static let longPersian = String(repeating: "جمهوری آذربایجان در سال ۱۹۹۴ میلادی به برنامه مشارکت برای صلح ناتو پیوست. ", count: 3)

    static func event(_ summary: String, place: String? = nil) -> TimelineEvent {
        TimelineEvent(
            id: 1,
            date: .init(value: "1994", start: DayDate(year: 1994, month: 1, day: 1), end: DayDate(year: 1994, month: 12, day: 31),
                        granularity: .year, calendar: .gregorian),
            type: .init(cameo: "057", label: "Sign formal agreement", root: "05", rootLabel: nil, quadClass: 1, goldstein: 8),
            actors: [.init(code: "AZE", name: "Azerbaijan", role: .source, cameo: "AZE", person: nil),
                     .init(code: "NATO", name: "NATO", role: .target, cameo: "IGOWSTNAT", person: nil)],
            location: place.map { .init(code: "AZE", name: $0) }, summary: summary,
            polarity: .positive, modality: .asserted, mentions: [])
    }

    /// Columns as a terminal counts them: the isolates take none.
    static func columns(_ line: Substring) -> Int {
        line.filter { $0 != "\u{2068}" && $0 != "\u{2069}" }.count
    }

    @Test(arguments: [40, 80, 120])
    func onATerminalEveryLineFitsTheWidth(width: Int) {
        let events = [Self.event(Self.longPersian), Self.event("NATO and Azerbaijan met.", place: "Brussels"),
                      Self.event(Self.longPersian, place: "Baku")]
        let table = TimelineTable(events: events, terminalWidth: width).rendered
        let lines = table.split(separator: "\n")
        #expect(lines.count == 4)
        // Narrower than the fixed columns and the summary's minimum, only that minimum overflows.
        let fixed = lines[0].count - "summary".count
        let limit = max(width, fixed + TimelineTable.minimumSummaryWidth)
        for line in lines { #expect(Self.columns(line) <= limit, "\(line)") }
        #expect(lines[1].hasSuffix("…\u{2069}"))
        #expect(lines[1].contains("\u{2068}"))
        if width >= 100 {
            #expect(lines[3].hasSuffix("…\u{2069} @ Baku"))
            #expect(lines[2].hasSuffix("\u{2068}NATO and Azerbaijan met.\u{2069} @ Brussels"))
        }
    }

    @Test func pipedTheTableIsPlainAndWhole() {
        let table = TimelineTable(events: [Self.event(Self.longPersian, place: "Baku")], terminalWidth: nil).rendered
        #expect(!table.contains("\u{2068}"))
        #expect(!table.contains("\u{2069}"))
        #expect(!table.contains("…"))
        #expect(table.contains(Self.longPersian + " @ Baku"))
    }

    @Test func theTimelineCommandWritesPlainTextToAPipe() throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let file = try runner.write(EndToEndTests.persian, to: "join.fa.md")
        _ = try runner.run(["ingest", file, "--quiet", "--db", "x.sqlite"])
        let result = try runner.run(["timeline", "AZE", "--db", "x.sqlite"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("پیوست"))
        #expect(!result.stdout.unicodeScalars.contains { (0x2066...0x2069).contains($0.value) })
    }
}

/// Shell completion of actors for `timeline` and `export`.
@Suite struct ActorCompletionTests {
    @Test(arguments: [("AZ", "AZE"), ("nat", "NATO"), ("نا", "ناتو"), ("Azerb", "Azerbaijan")])
    func offersCodesAndNames(prefix: String, expected: String) {
        let offered = ActorCompletion.candidates(prefix: prefix)
        #expect(offered.contains(expected), "\(offered)")
        #expect(offered.allSatisfy { !$0.contains(" ") })
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAskAnnalsForActors(shell: String) throws {
        let runner = try CommandRunner()
        defer { runner.cleanUp() }
        let script = try runner.run(["--generate-completion-script", shell])
        #expect(script.status == 0)
        #expect(script.stdout.contains("---completion"))
        #expect(script.stdout.contains("timeline"))
        // What the script runs when the user presses tab after `annals timeline AZ`.
        let offered = try runner.run(["---completion", "timeline", "--", "positional@0", "2", "2", "annals", "timeline", "AZ"],
                                     environment: ["SAP_SHELL": shell])
        #expect(offered.stdout.split(separator: "\n").contains("AZE"), "\(offered.stdout) \(offered.stderr)")
    }
}
