import ArgumentParser
import AnnalsKit

/// `--from`, `--to` and `--type`: the filters of every command that lists events
/// (`timeline`, `export`, `search`).
struct EventFilters: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Only events on or after this day: YYYY-MM-DD (Gregorian) or sh:YYYY-MM-DD (Solar Hijri).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp(
        "Only events on or before this day: YYYY-MM-DD (Gregorian) or sh:YYYY-MM-DD (Solar Hijri).", valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp("Only events whose CAMEO code starts with this (e.g. 05, 057).", valueName: "cameo"))
    var type: String?

    func validate() throws {
        try DateBound.validate(from: from.map { try DateBound.day($0, option: "--from") },
                               to: to.map { try DateBound.day($0, option: "--to") })
        if let type, type.isEmpty || !type.allSatisfy({ $0.isASCII && $0.isNumber }) || type.count > 4 {
            throw ValidationError("--type '\(type)' is not a CAMEO code; use digits like 04 or 057.")
        }
    }

    /// `query` narrowed to the days and the type asked for.
    func narrowing(_ query: TimelineQuery) -> TimelineQuery {
        var query = query
        query.from = from.flatMap { try? DateBound.day($0, option: "--from") }
        query.to = to.flatMap { try? DateBound.day($0, option: "--to") }
        query.cameoPrefix = type
        return query
    }
}
