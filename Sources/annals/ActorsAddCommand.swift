import ArgumentParser
import AnnalsKit

struct ActorsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an actor of your own to the gazetteer.",
        discussion: """
        The actor is kept in the database and every command knows it from then
        on. Its code and its English and Persian names match already; give more
        names with --alias, as often as needed. Each --language (en or fa) goes
        with the --alias in the same position; without any --language, an alias
        in Arabic script is Persian and any other English. Without --cameo the
        CAMEO code is the actor's code.

        A code or name that already stands for an actor is refused before
        anything is written. Run `annals recode` to find the new actor in the
        articles already stored.

        Examples:
          annals actors add KRG --name "Kurdistan Regional Government" --persian-name "اقلیم کردستان" --kind organisation
          annals actors add KRG --name "Kurdistan Regional Government" --kind organisation --alias "Kurdistan Region" --language en --alias "دولت اقلیم" --language fa
          annals actors add GECF --name "Gas Exporting Countries Forum" --kind organisation --cameo IGO --db archive.sqlite
        """
    )

    @Argument(help: ArgumentHelp("The new actor's code: 2 to 16 letters, digits, _ or -.", valueName: "code"))
    var code: String

    @Option(help: "The English name, shown in timelines.")
    var name: String

    @Option(name: .customLong("persian-name"), help: "The Persian name.")
    var persianName: String?

    @Option(help: "What the actor is.")
    var kind: ActorKind

    @Option(help: ArgumentHelp("The CAMEO actor code (default: the code).", valueName: "code"))
    var cameo: String?

    @Option(help: ArgumentHelp("The Wikidata item, e.g. Q7184.", valueName: "id"))
    var wikidata: String?

    @Option(name: .customLong("alias"), help: ArgumentHelp("Another name (repeat for more).", valueName: "alias"))
    var aliases: [String] = []

    @Option(name: .customLong("language"), help: ArgumentHelp(
        "The language of the --alias in the same position (repeat for each).", valueName: "en|fa"))
    var languages: [Language] = []

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        _ = try definition()
    }

    /// The checked definition the options give.
    func definition() throws -> ActorDefinition {
        guard languages.isEmpty || languages.count == aliases.count else {
            throw ValidationError("Give one --language for each --alias (\(aliases.count)), or none to tell them by script.")
        }
        do {
            let given = try aliases.enumerated().map { index, text in
                try ActorDefinition.alias(text, language: languages.isEmpty ? nil : languages[index])
            }
            return try ActorDefinition(code: code, name: name, persianName: persianName, kind: kind.rawValue,
                                       cameo: cameo, wikidata: wikidata, aliases: given)
        } catch let error as GazetteerError {
            throw ValidationError("Cannot add the actor: \(error).")
        }
    }

    func run() throws {
        let definition = try definition()
        let base = try database.openShared()
        if let conflict = base.gazetteer.conflict(with: definition) {
            throw CommandFailure("Cannot add \(definition.actor.code): \(conflict.advice).")
        }
        do {
            try base.addUserActors([definition])
        } catch let error as StoreError {
            throw CommandFailure(error.advice)
        }
        StandardError.write("added \(definition.actor.code) (\(definition.actor.name)); run `annals recode` to find it in stored articles")
    }
}
