import ArgumentParser
import AnnalsKit

@main
struct Annals: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annals",
        abstract: "Turn news articles into a timeline of dated events between actors.",
        subcommands: []
    )
}
