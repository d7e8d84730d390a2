import ArgumentParser
import AnnalsKit

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find events whose source sentences contain words.",
        discussion: """
        The words are matched literally (quotes, operators and SQL in them are
        just text), in any order, folded as ingest folds text: case, diacritics,
        ZWNJ, Arabic ي/ك against Persian ی/ک, and Persian or Arabic-Indic
        digits against ASCII ones do not matter. Hypothetical and negated
        events are included.

        Examples:
          annals search "Partnership for Peace"
          annals search آذربايجان --actor NATO --from 1990-01-01
          annals search همایش --format json
        """
    )

    @Argument(help: "The words to look for.")
    var words: String

    @Option(name: .customLong("actor"), help: ArgumentHelp(
        "Only events this actor takes part in (a code or any name; give it twice for two actors).", valueName: "actor"))
    var actors: [String] = []

    @OptionGroup var filters: EventFilters

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
        let base = try database.openExisting()
        let filter = filters.narrowing(TimelineQuery(actorCodes: try ActorArguments.codes(of: actors, in: base.gazetteer)))
        let events = try base.store.search(words, filter: filter, limit: limit)
        var output = BufferedFileOutput.standardOutput
        switch format {
        case .table: output.write(TimelineTable(events: events, terminalWidth: TerminalWidth.standardOutput).rendered)
        case .json: try JSONExporter().export(TimelineEventSource(events), to: &output)
        case .jsonl: try JSONLinesExporter().export(TimelineEventSource(events), to: &output)
        }
        try output.flush()
    }
}
