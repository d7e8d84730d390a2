import ArgumentParser
import AnnalsKit

struct ActorsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the known actors.",
        discussion: """
        Prints one actor a line, sorted by code, with tab-separated columns:
        code, kind, English name, Persian name (- when none), and "built-in" or
        "user".

        Examples:
          annals actors list
          annals actors list --kind organisation
          annals actors list --user --db archive.sqlite
        """
    )

    @Option(help: "Only actors of this kind.")
    var kind: ActorKind?

    @Flag(help: "Only the actors you added.")
    var user = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try database.requireSQLite(for: "actors list")
        let base = try KnowledgeBase.open(at: try database.existingPath())
        let (entries, gazetteer) = (base.userEntries, base.gazetteer)
        let output = BufferedFileOutput.standardOutput
        for actor in gazetteer.actors {
            let isUsers = entries.defines(actor.code)
            if user && !isUsers { continue }
            if let kind, actor.kind != kind { continue }
            let columns = [actor.code, actor.kind.rawValue, actor.name, actor.persianName ?? "-", isUsers ? "user" : "built-in"]
            output.write(columns.joined(separator: "\t") + "\n")
        }
        try output.flush()
    }
}
