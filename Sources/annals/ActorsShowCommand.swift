import ArgumentParser
import AnnalsKit

struct ActorsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show everything known about an actor: codes, names, and every alias.",
        discussion: """
        Prints the code, the English and Persian names, the kind, the CAMEO
        actor code, the Wikidata item, whether the actor is built in or yours,
        and every alias with its language (en, fa, or * for every language) and
        form (name, demonym, city, spokesperson); aliases you added are marked
        "(user)". Exits with status 1 when no actor has that name.

        Examples:
          annals actors show AZE
          annals actors show ناتو
          annals actors show "Kurdistan Regional Government" --db archive.sqlite
        """
    )

    @Argument(help: ArgumentHelp("A code or any name of the actor.", valueName: "code-or-name"))
    var name: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let base = try database.openExisting()
        let (entries, gazetteer) = (try base.store.userEntries(), base.gazetteer)
        guard let actor = gazetteer.resolve(name) else {
            StandardError.write(gazetteer.unknownActorMessage(name))
            throw ExitCode(1)
        }
        var lines = [
            "code: \(actor.code)",
            "name: \(actor.name)",
            "persian name: \(actor.persianName ?? "-")",
            "kind: \(actor.kind.rawValue)",
            "cameo: \(actor.cameoCode)",
            "wikidata: \(actor.wikidataID ?? "-")",
            "defined by: \(entries.defines(actor.code) ? "user" : "built-in")",
            "aliases:",
        ]
        for alias in gazetteer.aliases(of: actor.code) {
            var line = "  \(alias.language?.rawValue ?? "*")\t\(alias.form.rawValue)\t\(alias.text)"
            if alias.caseSensitive { line += " (exact case)" }
            if let place = alias.placeName, place != alias.text { line += " (\(place))" }
            if entries.gave(alias, to: actor.code) { line += " (user)" }
            lines.append(line)
        }
        print(lines.joined(separator: "\n"))
    }
}
