import ArgumentParser
import AnnalsKit

struct ActorsAliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Give an actor, built-in or yours, another name.",
        discussion: """
        The name is kept in the database as yours: upgrades of the built-in data
        never remove it. Without --language, a name in Arabic script is Persian
        and any other English. --form says what the name is: the actor's name,
        a demonym ("Azeri"), a city of the actor (a place, not a participant),
        or something that speaks for it ("the Kremlin"). --case-sensitive makes
        the name match only when written exactly so (for acronyms that are also
        words). A name that already stands for another actor is refused.

        Run `annals recode` to find the new name in the articles already stored.

        Examples:
          annals actors alias AZE "Azeri Republic"
          annals actors alias AZE آذری --form demonym
          annals actors alias RUS Kremlin --form spokesperson
          annals actors alias KRG Erbil --form city --db archive.sqlite
        """
    )

    @Argument(help: ArgumentHelp("The actor: a code or any name of it.", valueName: "code"))
    var actor: String

    @Argument(help: ArgumentHelp("The new name.", valueName: "alias"))
    var alias: String

    @Option(help: ArgumentHelp("The language of the name (default: from its script).", valueName: "en|fa"))
    var language: Language?

    @Option(help: "What the name is.")
    var form: AliasForm = .name

    @Flag(help: "Match only when written exactly so.")
    var caseSensitive = false

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        _ = try checkedAlias()
    }

    func checkedAlias() throws -> Alias {
        do {
            return try ActorDefinition.alias(alias, language: language, form: form.form, caseSensitive: caseSensitive)
        } catch {
            throw ValidationError("Cannot add the alias: \(error).")
        }
    }

    func run() throws {
        let alias = try checkedAlias()
        let base = try database.openShared()
        let target = try base.gazetteer.actorNamed(actor)
        if let conflict = base.gazetteer.conflict(adding: alias, to: target.code) {
            throw CommandFailure("Cannot give \(target.code) the name '\(alias.text)': \(conflict.advice).")
        }
        try base.addUserAlias(alias, to: target.code)
        StandardError.write("\(target.code) (\(target.name)) is also '\(alias.text)' (\(alias.language?.rawValue ?? "*"), \(alias.form.rawValue))")
    }
}
