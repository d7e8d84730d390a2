import ArgumentParser
import AnnalsKit

struct ActorsResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Print the code and name of the actor a name stands for.",
        discussion: """
        Takes a code or any name in any language, case or spelling, the user's
        own names included. Prints the code and the English name, separated by
        a tab. Exits with status 1, suggesting the nearest known names on
        standard error, when no actor has that name.

        Examples:
          annals actors resolve "جمهوری آذربایجان"
          annals actors resolve nato
          annals actors resolve "the Netherlands" --db archive.sqlite
        """
    )

    @Argument(help: ArgumentHelp("A code or any name of the actor.", valueName: "name"))
    var name: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let gazetteer = try database.openExisting().gazetteer
        guard let actor = gazetteer.resolve(name) else {
            StandardError.write(gazetteer.unknownActorMessage(name))
            throw ExitCode(1)
        }
        print("\(actor.code)\t\(actor.name)")
    }
}
