import ArgumentParser
import AnnalsKit

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find events whose summary or source sentences contain words.",
        discussion: """
        The words are matched literally (quotes, operators and SQL in them are
        just text), in any order, ignoring case and diacritics.

        Examples:
          annals search "Partnership for Peace"
          annals search همایش --format json
        """
    )

    @Argument(help: "The words to look for.")
    var words: String

    @Option(help: "How many events to show at most.")
    var limit = 50

    @Option(help: "Output format: table (for people) or json / jsonl (for programs).")
    var format: TimelineCommand.Format = .table

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
        guard !words.allSatisfy(\.isWhitespace) else { throw ValidationError("Give some words to search for.") }
    }

    func run() throws {
        let store: any EventStore
        if DatabaseOptions.isPostgres(database.resolvedPath) {
            store = try database.openShared().store
        } else {
            store = try AnnalsStore(path: try database.existingPath(), labels: CameoCodebook().labeler)
        }
        let events = try store.search(words, limit: limit)
        var output = BufferedFileOutput.standardOutput
        switch format {
        case .table: output.write(TimelineTable(events: events, terminalWidth: TerminalWidth.standardOutput).rendered)
        case .json: try JSONExporter().export(TimelineEventSource(events), to: &output)
        case .jsonl: try JSONLinesExporter().export(TimelineEventSource(events), to: &output)
        }
        try output.flush()
    }
}
