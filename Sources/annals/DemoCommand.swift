import ArgumentParser
import AnnalsKit
import Foundation

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Ingest the bundled example articles and show the NATO–Azerbaijan timeline.",
        discussion: """
        Reads every article in the examples folder (./Examples unless --examples
        says otherwise) into the database, then prints the timeline between NATO
        and Azerbaijan. Running it again adds nothing new.

        Examples:
          annals demo
          annals demo --db /tmp/demo.sqlite
        """
    )

    @Option(help: ArgumentHelp("The folder of example articles.", valueName: "path"))
    var examples = "Examples"

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: examples, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("No examples folder at '\(examples)'. Run the demo from the Annals checkout, or pass --examples PATH.")
        }
    }

    func run() throws {
        let base = try database.openShared()
        let (store, ingestor) = (base.store, try base.ingestor())
        let summary = try ingestor.ingest(paths: [examples], into: store)
        for problem in summary.skipped { StandardError.write("skipped: \(problem)") }
        StandardError.write(summary.line)
        let codes = ["NATO", "AZE"]
        let events = try store.timeline(TimelineQuery(actorCodes: codes))
        let output = BufferedFileOutput.standardOutput
        output.write("NATO – Azerbaijan (database: \(database.resolvedPath))\n\n")
        output.write(TimelineTable(events: events, terminalWidth: TerminalWidth.standardOutput).rendered)
        try output.flush()
        if !summary.skipped.isEmpty { throw ExitCode(1) }
    }
}
