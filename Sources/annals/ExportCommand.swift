import ArgumentParser
import AnnalsKit
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a timeline as CSV, Markdown, JSON, JSON Lines, HTML, TimelineJS, GDELT or iCalendar.",
        discussion: """
        CSV follows RFC 4180 (UTF-8, a header row, one row per event); cells a
        spreadsheet would run as formulas are neutralised, and the CAMEO code is
        quoted; --bom starts the file with a byte-order mark, which Excel needs to
        read UTF-8 (off by default: other tools and pipes expect none). Markdown is a
        chronology grouped by year with sources as footnotes. html is one
        self-contained page with a zoomable time axis and a card per event;
        timelinejs the JSON TimelineJS3 loads; gdelt GDELT 2.0's tab-separated
        event columns (SQLDATE is the day the event happened); ics an iCalendar
        file of all-day entries. The last three leave out events without a day
        and count them on standard error. The file is written whole or not at
        all; without -o the export goes to standard output.

        Examples:
          annals export csv NATO Azerbaijan -o nato-azerbaijan.csv
          annals export markdown NATO Azerbaijan -o nato-azerbaijan.md
          annals export json AZE --from 1990-01-01
          annals export csv NATO Azerbaijan --bom -o for-excel.csv
          annals export html NATO --top 20 --calendar both -o nato.html
          annals export ics LBY --top 30 -o libya.ics
        """
    )

    @Argument(help: "The format.")
    var format: ExportFormat

    @OptionGroup var actors: ActorArguments
    @OptionGroup var filters: TimelineFilters

    @Option(help: "The calendar of the dates people read: gregorian, persian (Solar Hijri in Persian digits) or both.")
    var calendar: DisplayCalendar = .gregorian

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "path"))
    var output: String?

    @Flag(help: "Start a CSV file with a UTF-8 byte-order mark, for Excel.")
    var bom = false

    @Flag(help: "Add PLOVER's type and mode as two columns after GDELT's 61 (gdelt only; JSON and CSV always have them).")
    var withPlover = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if bom, format != .csv { throw ValidationError("--bom is for CSV only.") }
        if withPlover, format != .gdelt { throw ValidationError("--with-plover is for gdelt only; JSON and CSV always have PLOVER's type and mode.") }
    }

    func run() throws {
        let (store, named) = try actors.open(database)
        let codes = named.map(\.code)
        let names = named.map(\.name)
        let exporter: any TimelineExporter = switch format {
        case .csv: CSVExporter(byteOrderMark: bom, calendar: calendar)
        case .gdelt: GDELTExporter(ploverColumns: withPlover)
        default: format.exporter(actorNames: names, calendar: calendar)
        }
        var events = try filters.events(in: store, codes: codes)
        let undated = UndatedCounter()
        if format.leavesOutUndated {
            // The exporter leaves them out itself; this only counts them for the message.
            events = events.counting(into: undated, dropping: false) { !$0.date.isAnchored }
        }
        defer {
            if undated.count > 0 {
                StandardError.write("\(undated.count) undated event\(undated.count == 1 ? "" : "s") left out: \(format.rawValue) has no place for an event without a day.")
            }
        }
        if let output {
            try exporter.export(events, toFile: output)
        } else {
            var standardOutput = BufferedFileOutput.standardOutput
            try exporter.export(events, to: &standardOutput)
            try standardOutput.flush()
        }
    }
}


extension ExportFormat: ExpressibleByArgument {}
extension DisplayCalendar: ExpressibleByArgument {}
