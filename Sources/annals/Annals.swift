import ArgumentParser
import AnnalsKit

@main
struct Annals: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annals",
        abstract: "Turn news articles into a timeline of dated events between actors.",
        discussion: """
        Annals reads Persian and English news, dates each event when it happened,
        names the actors the same way in every language, codes what happened with
        CAMEO, and keeps everything in a SQLite database (./annals.sqlite unless
        --db or ANNALS_DB says otherwise).

        Examples:
          annals demo
          annals ingest article.txt --published 2009-05-06
          annals timeline NATO Azerbaijan
          annals export csv NATO Azerbaijan -o nato-azerbaijan.csv
        """,
        version: AnnalsVersion.current,
        subcommands: [
            DemoCommand.self,
            IngestCommand.self,
            TimelineCommand.self,
            ExportCommand.self,
            SearchCommand.self,
            TagCommand.self,
            ActorsCommand.self,
            RecodeCommand.self,
            CopyCommand.self,
            DatasetteMetadataCommand.self,
        ]
    )
}
