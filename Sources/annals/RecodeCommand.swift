import ArgumentParser
import AnnalsKit
import Foundation

struct RecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recode",
        abstract: "Read every stored article again and replace their events.",
        discussion: """
        After adding actors or names (`annals actors add`, `alias`, `import`),
        or after upgrading Annals, the events already stored were coded with
        the old gazetteer. Recode reads each stored article again (its text,
        language and publication date as stored) and replaces all events and
        mentions with what it finds now. Articles keep their ids.

        Events may merge mentions from several articles, so all events are
        rebuilt together, in the order the articles were first stored, in one
        transaction: if anything fails, the database is left as it was.
        Prints a summary on standard error.

        Examples:
          annals recode
          annals recode --db archive.sqlite
          annals recode --rules my-rules/
        """
    )

    @Flag(name: .shortAndLong, help: "Print nothing, not even the summary.")
    var quiet = false

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var rules: RuleOptions

    func run() throws {
        let base = try DatabaseOptions.openShared(try database.existingPath(), resources: try rules.resources())
        let showProgress = !quiet && StandardError.isTerminal
        let summary = try base.recode { done, total in
            guard showProgress else { return }
            FileHandle.standardError.write(Data("\r\(done)/\(total) articles".utf8))
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if !quiet { StandardError.write(summary.line) }
    }
}
