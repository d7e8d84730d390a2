import ArgumentParser
import AnnalsKit
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a timeline as CSV, Markdown, JSON or JSON Lines.",
        discussion: """
        CSV follows RFC 4180 (UTF-8, a header row, one row per event); cells a
        spreadsheet would run as formulas are neutralised. Markdown is a
        chronology grouped by year with sources as footnotes. The file is
        written whole or not at all; without -o the export goes to standard output.

        Examples:
          annals export csv NATO Azerbaijan -o nato-azerbaijan.csv
          annals export markdown NATO Azerbaijan -o nato-azerbaijan.md
          annals export json AZE --from 1990-01-01
        """
    )

    @Argument(help: "The format.")
    var format: ExportFormat

    @OptionGroup var actors: ActorArguments
    @OptionGroup var filters: TimelineFilters

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "path"))
    var output: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let base = try database.openExisting()
        let (store, gazetteer) = (base.store, base.gazetteer)
        let codes = try actors.codes(in: gazetteer)
        let names = codes.map { gazetteer.actor(code: $0)?.name ?? $0 }
        let exporter = format.exporter(actorNames: names)
        let events = TimelineEventSource(store: store, query: filters.query(for: codes))
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
