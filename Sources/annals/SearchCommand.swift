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

    @Option(help: ArgumentHelp(
        "Only events on or after this day: YYYY-MM-DD (Gregorian) or sh:YYYY-MM-DD (Solar Hijri).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp(
        "Only events on or before this day: YYYY-MM-DD (Gregorian) or sh:YYYY-MM-DD (Solar Hijri).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Only events whose CAMEO code starts with this (e.g. 05, 057).", valueName: "cameo"))
    var type: String?

    @Option(help: "How many events to show at most.")
    var limit = 50

    @Option(help: "Output format: table (for people) or json / jsonl (for programs).")
    var format: TimelineCommand.Format = .table

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
        guard !words.allSatisfy(\.isWhitespace) else { throw ValidationError("Give some words to search for.") }
        try DateBound.validate(from: from.map { try DateBound.day($0, option: "--from") },
                               to: to.map { try DateBound.day($0, option: "--to") })
        if let type, type.isEmpty || !type.allSatisfy({ $0.isASCII && $0.isNumber }) || type.count > 4 {
            throw ValidationError("--type '\(type)' is not a CAMEO code; use digits like 04 or 057.")
        }
    }

    func run() throws {
        try database.requireSQLite(for: "search")
        let base = try KnowledgeBase.open(at: try database.existingPath())
        var filter = TimelineQuery(actorCodes: [])
        filter.actorCodes = try ActorArguments.codes(of: actors, in: base.gazetteer)
        filter.from = try from.map { try DateBound.day($0, option: "--from") }
        filter.to = try to.map { try DateBound.day($0, option: "--to") }
        filter.cameoPrefix = type
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
