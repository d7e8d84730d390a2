import ArgumentParser
import AnnalsKit
import Foundation

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show what has happened between two actors (or involving one), and when.",
        discussion: """
        Actors can be named by code (AZE, NATO) or by any name in any language,
        in any case or spelling: "NATO", "ناتو", "Azerbaijan", "جمهوری آذربایجان".
        Dated events come first in date order; events whose date the text gave
        but Annals could not place ("on Tuesday" with no publication date) follow.
        Events the articles give no date for at all are left out, since a timeline
        answers "when"; --include-undated lists them too (exports always keep them).

        Examples:
          annals timeline NATO Azerbaijan
          annals timeline ناتو "جمهوری آذربایجان" --format json
          annals timeline AZE --from 1990-01-01 --to 1999-12-31 --type 05
          annals timeline LBY --from 2011-02-15 --to 2011-08-31 --top 30
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, jsonl
    }

    @OptionGroup var actors: ActorArguments
    @OptionGroup var filters: TimelineFilters

    @Option(help: "Output format: table (for people) or json / jsonl (for programs).")
    var format: Format = .table

    @Flag(help: "Also list the events the articles give no date for at all.")
    var includeUndated = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let (store, named) = try actors.open(database)
        // The table prints how many sentences report each event, not the sentences.
        var events = try filters.events(in: store, codes: named.map(\.code), withMentions: format != .table)
        let withoutDate = UndatedCounter()
        if !includeUndated {
            events = events.counting(into: withoutDate, dropping: true) { $0.date.value == nil }
        }
        var output = BufferedFileOutput.standardOutput
        switch format {
        case .table:
            var all: [TimelineEvent] = []
            try events.forEach { all.append($0) }
            output.write(TimelineTable(events: all, terminalWidth: TerminalWidth.standardOutput).rendered)
            if withoutDate.count > 0 {
                let count = withoutDate.count
                output.write("\n\(count) event\(count == 1 ? "" : "s") with no date not shown; --include-undated lists \(count == 1 ? "it" : "them").\n")
            }
        case .json:
            try JSONExporter().export(events, to: &output)
        case .jsonl:
            try JSONLinesExporter().export(events, to: &output)
        }
        try output.flush()
    }
}
