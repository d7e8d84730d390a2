import ArgumentParser
import AnnalsKit

struct DatasetteMetadataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasette-metadata",
        abstract: "Write the metadata.json that describes the database to Datasette.",
        discussion: """
        Datasette shows an Annals database as it is; with this metadata it also
        describes each table, view and column, offers facets (event type,
        granularity, language, outlet), ties the search box to the source
        sentences, and adds canned queries: a timeline between two actors,
        events of one type in a date range, the sources of one event.
        The database is brought up to date first, so its views exist.

        Examples:
          annals datasette-metadata -o metadata.json
          datasette annals.sqlite --metadata metadata.json
          annals datasette-metadata --db archive.sqlite -o archive-metadata.json
        """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "path"))
    var output: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let path = try database.existingPath()
        _ = try AnnalsStore(path: path)
        let json = try DatasetteMetadata(databaseName: DatasetteMetadata.databaseName(forFile: path)).json()
        if let output {
            try AtomicFileWriter.write(toPath: output) { $0.write(json) }
        } else {
            let standardOutput = BufferedFileOutput.standardOutput
            standardOutput.write(json)
            try standardOutput.flush()
        }
    }
}
